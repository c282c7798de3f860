import { INestApplication, INestApplicationContext, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule, AppModuleOptions } from './app.module';
import { ProblemDetailsFilter } from './common/http/problem-details.filter';
import { createValidationPipe } from './common/http/validation';
import { AppConfig } from './config/app-config';
import { Metrics } from './modules/operations/metrics';
import { WorkerModule } from './worker.module';

export const API_PREFIX = 'api/v1';

/** Builds the HTTP API exactly as production runs it; tests use the same function. */
export async function createApiApp(config: AppConfig, options: AppModuleOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy.length > 0 ? config.trustProxy : false);
  app.disable('x-powered-by');
  // First, so that the time of every middleware counts.
  const metrics = app.get(Metrics);
  if (metrics.served) app.use(metrics.recordRequests);
  app.use(helmet());
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'verify/:code', method: RequestMethod.GET },
      { path: 'issuer', method: RequestMethod.GET },
      { path: '.well-known/jwks.json', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
      // The queue board (GET only: its session routes stay under the prefix).
      { path: 'admin/queues', method: RequestMethod.GET },
      { path: 'admin/queues/*path', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  if (options.shutdownHooks !== false) app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Mosty API')
      .setDescription('Intercultural-competence training for public services in Kraków. Errors are RFC 9457 problem details.')
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
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
