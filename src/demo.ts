import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { createApiApp, createWorkerApp } from './app.factory';
import { loadConfigOrExit } from './config/load-or-exit';
import { DEMO_PASSWORD } from './seed/demo-world';

/** `npm run demo`: the API and the workers in one process, as a small installation would run them. */
async function main() {
  const config = loadConfigOrExit();
  const worker = await createWorkerApp(config);
  const api = await createApiApp(config);
  api.get(Logger).log('Workers started');
  await api.listen(config.port);
  process.stdout.write(
    [
      '',
      `Mosty is running: ${config.publicBaseUrl}/api/v1`,
      `Swagger UI:       ${config.publicBaseUrl}/api/docs`,
      `Readiness:        ${config.publicBaseUrl}/health/ready`,
      `Demo logins:      see the table printed by the seed above; password for all: ${DEMO_PASSWORD}`,
      '',
    ].join('\n'),
  );
  process.once('SIGINT', () => void Promise.all([api.close(), worker.close()]).then(() => process.exit(0)));
}

void main();
