import { Module } from '@nestjs/common';
import { ExportsController } from './exports.controller';
import { ExportsModule } from './exports.module';

/** The export routes (API process only). */
@Module({
  imports: [ExportsModule],
  controllers: [ExportsController],
})
export class ExportsHttpModule {}
