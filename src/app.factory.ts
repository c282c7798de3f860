import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { applyApiPrefix, createApiDocument } from './api-document';
import { AppModule, AppModuleOptions } from './app.module';
import { answerClientErrorsAsProblems } from './common/http/client-errors';
import { securityHeaders } from './common/http/content-security';
import { corsFor } from './common/http/cors';
import { errorProblem, notFoundProblem } from './common/http/fallback-problems';
import { holdStopSignals } from './common/shutdown-signals';
import { ProblemDetailsFilter } from './common/http/problem-details.filter';
import { createValidationPipe } from './common/http/validation';
import { AppConfig } from './config/app-config';
import { Metrics } from './modules/operations/metrics';
import { serveWebApp, webAppDirectory } from './web-app';
import { WorkerModule } from './worker.module';

/** Builds the HTTP API exactly as production runs it; tests use the same function. */
export async function createApiApp(config: AppConfig, options: AppModuleOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy.length > 0 ? config.trustProxy : false);
  app.disable('x-powered-by');
  answerClientErrorsAsProblems(app.getHttpServer());
  // First, so that the time of every middleware counts.
  const metrics = app.get(Metrics);
  if (metrics.served) app.use(metrics.recordRequests);
  app.use(securityHeaders);
  // Before the web app and the routes: a preflight is answered here, whatever the path.
  const cors = corsFor(config.corsOrigins);
  if (cors) app.use(cors);
  const web = webAppDirectory();
  if (web) serveWebApp(app, web);
  applyApiPrefix(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  if (options.shutdownHooks !== false) enableGracefulShutdown(app);

  SwaggerModule.setup('api/docs', app, createApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  await app.init();
  // After init, so behind every route Nest registered.
  app.use(notFoundProblem);
  app.use(errorProblem);
  return app;
}

export async function createWorkerApp(config: AppConfig, options: AppModuleOptions = {}): Promise<INestApplicationContext> {
  const create = async () => {
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, options.logDestination), { bufferLogs: true });
    app.useLogger(app.get(Logger));
    return app;
  };
  if (options.shutdownHooks === false) return create();
  // The context runs its bootstrap hooks (the workers start taking jobs) before it returns.
  return holdStopSignals(async () => enableGracefulShutdown(await create()));
}

/**
 * SIGTERM or SIGINT runs Nest's shutdown hooks — the API drains its HTTP server, the worker
 * finishes its jobs, the pools close — and then exits with 0; without useProcessExit Nest
 * re-raises the signal, and an orchestrator reads that as a crash.
 */
function enableGracefulShutdown<T extends INestApplicationContext>(app: T): T {
  app.enableShutdownHooks([], { useProcessExit: true });
  return app;
}
