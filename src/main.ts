import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { createApiApp } from './app.factory';
import { loadConfigOrExit } from './config/load-or-exit';

async function main() {
  const config = loadConfigOrExit();
  const app = await createApiApp(config);
  await app.listen(config.port);
  app.get(Logger).log(`Mosty API listening on port ${config.port}; Swagger UI at ${config.publicBaseUrl}/api/docs`);
}

void main();
