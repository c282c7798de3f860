import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { LocalDiskStorage } from './file-storage';

export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** Where PDFs and exports live: local disk under STORAGE_DIR (an S3-compatible store would be another FileStorage). */
@Global()
@Module({
  providers: [{ provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new LocalDiskStorage(config.storageDir) }],
  exports: [FILE_STORAGE],
})
export class StorageModule {}
