import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { createApiApp } from './app.factory';
import { exitAfterGrace } from './common/shutdown-signals';
import { loadConfigOrExit } from './config/load-or-exit';

async function main() {
  const config = loadConfigOrExit();
  const app = await createApiApp(config);
  const logger = app.get(Logger);
  exitAfterGrace(config.shutdown.graceSeconds, (message) => logger.error(message));
  await app.listen(config.port);
  logger.log(`Mosty API listening on port ${config.port}; Swagger UI at ${config.publicBaseUrl}/api/docs`);
}

void main();
