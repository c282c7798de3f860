import { Provider } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { loadSigningKey } from './signing-key';

export const SIGNING_KEY = Symbol('SIGNING_KEY');

/** The issuer's Ed25519 key, loaded (or generated into STORAGE_DIR) once at start. */
export const signingKeyProvider: Provider = {
  provide: SIGNING_KEY,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => loadSigningKey({ signingKey: config.signingKey, storageDir: config.storageDir }),
};
