import { INestApplication, RequestMethod } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export const API_PREFIX = 'api/v1';

/** Every route is under /api/v1 but for the public pages, probes and the queue board's pages. */
export function applyApiPrefix(app: INestApplication): void {
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
}

/** The OpenAPI document served at /api/docs-json, and written at build time for the web app's typed client. */
export function createApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Mosty API')
      .setDescription('Intercultural-competence training for public services in Kraków. Errors are RFC 9457 problem details.')
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
}
