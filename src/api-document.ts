import { INestApplication, RequestMethod } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { PROBLEM_TYPE_LIST } from './common/errors/problem-types';

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
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Mosty API')
      .setDescription('Intercultural-competence training for public services in Kraków. Errors are RFC 9457 problem details.')
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  return withProblemTypes(document);
}

/**
 * The problem catalogue in the document, for the web app and clients to switch on: `ProblemType`
 * (every `type` URI, an enum the typed client turns into a union), `Problem` (the RFC 9457 body),
 * and `x-problem-types` (each type with its code, domain, HTTP status and title).
 */
function withProblemTypes(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components ??= {}).schemas ??= {};
  schemas.ProblemType = { type: 'string', enum: PROBLEM_TYPE_LIST.map((entry) => entry.type), description: 'The stable type of a problem; see x-problem-types' };
  schemas.Problem = {
    type: 'object',
    required: ['type', 'title', 'status'],
    properties: {
      type: { $ref: '#/components/schemas/ProblemType' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      instance: { type: 'string' },
      requestId: { type: 'string' },
      errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, messages: { type: 'array', items: { type: 'string' } } } } },
    },
    additionalProperties: true,
  };
  return { ...document, 'x-problem-types': PROBLEM_TYPE_LIST.map(({ type, code, domain, status, title }) => ({ type, code, domain, status, title })) } as OpenAPIObject;
}
