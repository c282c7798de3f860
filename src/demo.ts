import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { createApiApp, createWorkerApp } from './app.factory';
import { loadConfigOrExit } from './config/load-or-exit';
import { migrateDatabase } from './database/migrate';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded/embedded-postgres';
import { DEMO_PASSWORD, DEMO_TRY } from './seed/demo-world';
import { seedDemoWorld } from './seed/seed-demo';
import { webAppDirectory } from './web-app';

/** Where the embedded server keeps its cluster, relative to the directory `npm run demo` runs in. */
const EMBEDDED_DATA_DIR = './.mosty/postgres';

/**
 * `npm run demo`: migrate, seed the demo world, then the API and the workers in one
 * process, as a small installation would run them. Without DATABASE_URL (outside
 * production) it needs nothing installed but Node.js: PostgreSQL is started from
 * the embedded-postgres package, and the queues run on BullMQ's PostgreSQL backend
 * in the same database unless REDIS_URL or QUEUE_BACKEND say otherwise.
 */
async function main() {
  const env = { ...process.env };
  let embedded: EmbeddedPostgres | undefined;
  if (!env.DATABASE_URL && env.NODE_ENV !== 'production') {
    process.stdout.write(`No DATABASE_URL: starting PostgreSQL from the embedded-postgres package, data in ${EMBEDDED_DATA_DIR}\n`);
    embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR });
    env.DATABASE_URL = embedded.url;
    if (!env.QUEUE_BACKEND && !env.REDIS_URL) env.QUEUE_BACKEND = 'postgres';
  }
  // Nest's start-up lines and one line per request would push the address and the logins off the screen.
  const quietLogs = !env.LOG_LEVEL;
  if (quietLogs) env.LOG_LEVEL = 'warn';
  const stopEmbedded = async () => embedded?.stop();
  try {
    const config = loadConfigOrExit(env);
    await migrateDatabase(config);
    await seedDemoWorld(config);
    // The demo closes the apps on a signal itself: Nest's hooks would exit before PostgreSQL is stopped.
    const worker = await createWorkerApp(config, { shutdownHooks: false });
    const api = await createApiApp(config, { shutdownHooks: false });
    api.get(Logger).log('Workers started');
    await api.listen(config.port);
    process.stdout.write(
      [
        '',
        `Mosty is running: ${config.publicBaseUrl}/   <- open this in a browser`,
        ...(webAppDirectory() ? [] : ['                  (the web app is not built: `npm run build` builds it; the API works without it)']),
        `API:              ${config.publicBaseUrl}/api/v1`,
        `Swagger UI:       ${config.publicBaseUrl}/api/docs`,
        `Readiness:        ${config.publicBaseUrl}/health/ready`,
        `Database:         ${embedded ? `embedded PostgreSQL on port ${embedded.port} (${EMBEDDED_DATA_DIR})` : 'DATABASE_URL'}`,
        `Queues:           ${config.queueBackend === 'postgres' ? 'BullMQ on PostgreSQL' : 'BullMQ on Redis'}`,
        `Logs:             ${quietLogs ? 'warnings and errors only (set LOG_LEVEL=info to see every request)' : `LOG_LEVEL=${config.logLevel}`}`,
        `Demo logins:      see the table above; password for all: ${DEMO_PASSWORD}`,
        `  try an officer: ${DEMO_TRY.officer}, then their coordinator: ${DEMO_TRY.coordinator}`,
        '',
      ].join('\n'),
    );
    let stopping = false;
    const shutdown = () => {
      if (stopping) return;
      stopping = true;
      // The app's pools close first; PostgreSQL stops after them, so no query is cut off mid-way.
      void Promise.all([api.close(), worker.close()])
        .finally(stopEmbedded)
        .then(
          () => process.exit(0),
          (error: unknown) => {
            process.stderr.write(`The demo did not stop cleanly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
            process.exit(1);
          },
        );
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  } catch (error) {
    await stopEmbedded();
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`The demo could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
