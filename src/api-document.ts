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

/**
 * The document's tags in the order a user meets them — signing in, their own training, the
 * trainer's authoring and grading, the coordinator's people and reports — operations last.
 * Swagger UI shows the groups in this order.
 */
export const API_TAGS: { name: string; description: string }[] = [
  { name: 'auth', description: 'Sign in, refresh, sign out, change the password. Every other route needs the access token as `Authorization: Bearer …`.' },
  { name: 'enrollments', description: 'My training: the courses assigned to me (officers), or the enrollments in my scope (staff); open and complete lessons.' },
  { name: 'attempts', description: 'Taking a quiz: start an attempt, save answers, submit; review as the course\'s review policy allows.' },
  { name: 'certificates', description: 'Certificates earned by passing a course: list, PDF, signed Open Badges 3.0 credential; revocation (admins).' },
  { name: 'public', description: 'Without signing in: the certificate verification page, the issuer profile and its public keys.' },
  { name: 'courses', description: 'Authoring (trainers, admins): drafts, modules, publishing immutable versions, archiving. Others read the published courses meant for them.' },
  { name: 'question banks', description: 'Question banks and questions (trainers, admins); Moodle XML and GIFT import, Moodle XML export.' },
  { name: 'grading', description: 'The course author\'s work after attempts: the queue of essays to grade, manual grades, errata that regrade a version.' },
  { name: 'assignments', description: 'Assigning a published course to people, a unit or an institution (admins, institution admins), with due dates.' },
  { name: 'users', description: 'People and their roles (admins; institution admins for their institution), and the CSV roster import.' },
  { name: 'institutions', description: 'Institutions and their units. Admins manage institutions; institution admins manage their own units.' },
  { name: 'reports', description: 'Completion, overdue, certificates lapsing, competencies; transcripts; course results for trainers.' },
  { name: 'exports', description: 'Reports as CSV or XLSX files, written by the worker: request, poll, download.' },
  { name: 'notifications', description: 'The caller\'s own notifications (assignments, reminders, results, certificates).' },
  { name: 'audit', description: 'The audit log of changes and sensitive reads (admins; institution admins for their institution).' },
  { name: 'operations', description: 'For operators: liveness and readiness probes, Prometheus metrics, the queue board\'s session (admins).' },
];

/** The OpenAPI document served at /api/docs-json, and written at build time for the web app's typed client. */
export function createApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Mosty API')
    .setDescription('Intercultural-competence training for public services in Kraków. Errors are RFC 9457 problem details.')
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  for (const tag of API_TAGS) builder.addTag(tag.name, tag.description);
  const document = SwaggerModule.createDocument(app, builder.build());
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
