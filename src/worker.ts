import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { setPriority } from 'node:os';
import { createWorkerApp } from './app.factory';
import { exitAfterGrace } from './common/shutdown-signals';
import { loadConfigOrExit } from './config/load-or-exit';

async function main() {
  const config = loadConfigOrExit();
  // Lowering one's own priority needs no privilege; the render threads inherit it.
  setPriority(config.workerNice);
  const app = await createWorkerApp(config);
  const logger = app.get(Logger);
  exitAfterGrace(config.shutdown.graceSeconds, (message) => logger.error(message));
}

void main();
