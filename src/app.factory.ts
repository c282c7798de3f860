import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { applyApiPrefix, createApiDocument } from './api-document';
import { AppModule, AppModuleOptions } from './app.module';
import { answerClientErrorsAsProblems } from './common/http/client-errors';
import { securityHeaders } from './common/http/content-security';
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
  const web = webAppDirectory();
  if (web) serveWebApp(app, web);
  applyApiPrefix(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  if (options.shutdownHooks !== false) app.enableShutdownHooks();

  SwaggerModule.setup('api/docs', app, createApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  await app.init();
  return app;
}

export async function createWorkerApp(config: AppConfig, options: AppModuleOptions = {}): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, options.logDestination), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  if (options.shutdownHooks !== false) app.enableShutdownHooks();
  await app.init();
  return app;
}
