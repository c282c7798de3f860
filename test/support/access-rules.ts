import { AccessWorld, Caller, ObjectKind, Params, Role, Scope } from './access-world';
import { PASSWORD } from './world';

/** One status for every scope of the route's object, or one per scope (exactly the object kind's scopes). */
export type Expected = number | Partial<Record<Scope, number>>;

export interface CellContext {
  w: AccessWorld;
  caller: Caller;
  scope?: Scope;
  /** Unique per cell, for codes and e-mails that must not collide. */
  n: number;
}

export interface AccessRule {
  /** What the path's ids (and the body's) name; absent: the route names no object, one cell per role. */
  object?: ObjectKind;
  /** The status each role gets, per scope where the route has an object. Every role is declared. */
  expect: Record<Role, Expected>;
  body?: (p: Params, c: CellContext) => unknown;
  /** Sent as the raw body with this content type instead of JSON. */
  type?: string;
  query?: string;
  headers?: Record<string, string>;
  /** Each cell signs in a caller of its own: the call ends or changes the caller's session. */
  freshCaller?: boolean;
  /** Each cell gets an object of its own: the call spends it (deletes, deactivates). */
  freshObject?: (c: CellContext & { scope: Scope }) => Promise<Params>;
}

const ALL = (status: number): Record<Role, Expected> => ({ anonymous: status, officer: status, trainer: status, institution_admin: status, admin: status });
/** Signed in, any role. */
const SIGNED_IN = (status: number): Record<Role, Expected> => ({ ...ALL(status), anonymous: 401 });
const DAY = 86_400_000;

/**
 * The access matrix: every route of the OpenAPI document, keyed `METHOD /path` as the
 * document writes it, with the status each role gets on its own object, a colleague's of the
 * same institution and another institution's. `test/access-matrix.e2e-spec.ts` fails for a
 * route of the document that has no rule here (and for a rule of no route), then calls every
 * cell against the real app. Objects are those of `buildAccessWorld` (see its `Scope`).
 */
export const ACCESS_RULES: Record<string, AccessRule> = {
  // —— audit ——
  'GET /api/v1/audit-events': { expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: 200, admin: 200 } },

  // —— auth ——
  'POST /api/v1/auth/login': {
    expect: ALL(200),
    body: (_p, c) => ({ email: c.w.a.officers[1].email, password: PASSWORD }),
  },
  'POST /api/v1/auth/refresh': { expect: ALL(200), freshCaller: true, body: (_p, c) => ({ refreshToken: c.caller.refreshToken }) },
  'POST /api/v1/auth/logout': { expect: SIGNED_IN(204), freshCaller: true },
  'POST /api/v1/auth/logout-everywhere': { expect: SIGNED_IN(204), freshCaller: true },
  'GET /api/v1/auth/me': { expect: SIGNED_IN(200) },
  'POST /api/v1/auth/password': {
    expect: SIGNED_IN(204),
    freshCaller: true,
    body: () => ({ currentPassword: PASSWORD, newPassword: 'another-horse-battery-9' }),
  },

  // —— institutions, units, users ——
  'POST /api/v1/institutions': {
    expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: 403, admin: 201 },
    body: (_p, c) => ({ name: `Nowa ${c.n}`, type: 'other', code: `NEW-${c.n}` }),
  },
  'GET /api/v1/institutions': { expect: SIGNED_IN(200) },
  'GET /api/v1/institutions/{id}': {
    object: 'institution',
    expect: { anonymous: 401, officer: { institution: 200, other: 404 }, trainer: { institution: 200, other: 404 }, institution_admin: { institution: 200, other: 404 }, admin: 200 },
  },
  'PATCH /api/v1/institutions/{id}': {
    object: 'institution',
    expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: 403, admin: 200 },
    body: (p) => ({ name: `Instytucja ${p.id.slice(0, 4)}` }),
  },
  'POST /api/v1/institutions/{id}/units': {
    object: 'institution',
    expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: { institution: 201, other: 404 }, admin: 201 },
    body: (_p, c) => ({ name: `Jednostka ${c.n}`, code: `U-${c.n}` }),
  },
  'GET /api/v1/institutions/{id}/units': {
    object: 'institution',
    expect: { anonymous: 401, officer: { institution: 200, other: 404 }, trainer: { institution: 200, other: 404 }, institution_admin: { institution: 200, other: 404 }, admin: 200 },
  },
  'PATCH /api/v1/institutions/{id}/units/{unitId}': {
    object: 'institution',
    expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: { institution: 200, other: 404 }, admin: 200 },
    body: (_p, c) => ({ name: `Jednostka ${c.n}` }),
  },
  'POST /api/v1/institutions/{id}/users/import': {
    object: 'institution',
    expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: { institution: 200, other: 404 }, admin: 200 },
    type: 'text/csv',
    body: (_p, c) => `email;fullName;unitCode;role\nimport-${c.n}@mosty.test;Zaimportowany ${c.n};;officer\n`,
  },
  'POST /api/v1/users': {
    object: 'institution',
    expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: { institution: 201, other: 404 }, admin: 201 },
    body: (p, c) => ({ email: `new-${c.n}@mosty.test`, fullName: `Nowy ${c.n}`, role: 'officer', password: PASSWORD, institutionId: p.institutionId }),
  },
  'GET /api/v1/users': { expect: SIGNED_IN(200) },
  'GET /api/v1/users/{id}': {
    object: 'user',
    expect: {
      anonymous: 401,
      officer: { own: 200, institution: 404, other: 404 },
      trainer: { own: 200, institution: 404, other: 404 },
      institution_admin: { own: 200, institution: 200, other: 404 },
      admin: 200,
    },
  },
  // Coordinators manage officers: not another coordinator's account, nor their own (403).
  'PATCH /api/v1/users/{id}': {
    object: 'user',
    expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: { own: 403, institution: 200, other: 404 }, admin: 200 },
    body: (_p, c) => ({ fullName: `Zmieniona Osoba ${c.n}` }),
  },
  'POST /api/v1/users/{id}/deactivate': {
    object: 'user',
    // Nobody changes the active flag of their own account (409 self-deactivation).
    expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: { own: 409, institution: 200, other: 404 }, admin: { own: 409, institution: 200, other: 200 } },
    freshCaller: true,
    freshObject: ({ w, scope, caller }) => w.freshUser(scope, caller).then((id) => ({ id })),
  },
  'POST /api/v1/users/{id}/reactivate': {
    object: 'user',
    // Nobody changes the active flag of their own account (409 self-deactivation).
    expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: { own: 409, institution: 200, other: 404 }, admin: { own: 409, institution: 200, other: 200 } },
    freshCaller: true,
    freshObject: ({ w, scope, caller }) => w.freshUser(scope, caller, true).then((id) => ({ id })),
  },

  // —— question banks and questions ——
  'POST /api/v1/question-banks': {
    expect: { anonymous: 401, officer: 403, trainer: 201, institution_admin: 403, admin: 201 },
    body: (_p, c) => ({ name: `Bank ${c.n}` }),
  },
  'GET /api/v1/question-banks': { expect: { anonymous: 401, officer: 403, trainer: 200, institution_admin: 403, admin: 200 } },
  'GET /api/v1/question-banks/{id}': { object: 'bank', expect: { anonymous: 401, officer: 403, trainer: 200, institution_admin: 403, admin: 200 } },
  'PATCH /api/v1/question-banks/{id}': {
    object: 'bank',
    expect: { anonymous: 401, officer: 403, trainer: { own: 200, other: 403 }, institution_admin: 403, admin: 200 },
    body: (_p, c) => ({ name: `Bank ${c.n}` }),
  },
  'POST /api/v1/question-banks/{id}/questions': {
    object: 'bank',
    expect: { anonymous: 401, officer: 403, trainer: { own: 201, other: 403 }, institution_admin: 403, admin: 201 },
    body: () => ({ type: 'true_false', prompt: { pl: 'Pytanie?' }, points: 1, correct: true }),
  },
  'GET /api/v1/question-banks/{id}/questions': { object: 'bank', expect: { anonymous: 401, officer: 403, trainer: 200, institution_admin: 403, admin: 200 } },
  'POST /api/v1/question-banks/{id}/import': {
    object: 'bank',
    expect: { anonymous: 401, officer: 403, trainer: { own: 201, other: 403 }, institution_admin: 403, admin: 201 },
    query: 'format=gift',
    type: 'text/plain',
    body: () => 'Prawda? {TRUE}',
  },
  'GET /api/v1/question-banks/{id}/export': { object: 'bank', query: 'format=moodle-xml', expect: { anonymous: 401, officer: 403, trainer: 200, institution_admin: 403, admin: 200 } },
  'GET /api/v1/questions/{id}': { object: 'question', expect: { anonymous: 401, officer: 403, trainer: 200, institution_admin: 403, admin: 200 } },
  'PATCH /api/v1/questions/{id}': {
    object: 'question',
    expect: { anonymous: 401, officer: 403, trainer: { own: 200, other: 403 }, institution_admin: 403, admin: 200 },
    body: () => ({ points: 1 }),
  },
  'DELETE /api/v1/questions/{id}': {
    object: 'question',
    expect: { anonymous: 401, officer: 403, trainer: { own: 204, other: 403 }, institution_admin: 403, admin: 204 },
    freshObject: ({ w, scope }) => w.freshQuestion(scope),
  },

  // —— courses ——
  'POST /api/v1/courses': {
    expect: { anonymous: 401, officer: 403, trainer: 201, institution_admin: 403, admin: 201 },
    body: () => ({ title: { pl: 'Nowy kurs' }, audience: ['police'] }),
  },
  'GET /api/v1/courses': { expect: SIGNED_IN(200) },
  'GET /api/v1/courses/{id}': {
    object: 'course',
    // Officers and coordinators see the published courses meant for their institution's type.
    expect: { anonymous: 401, officer: { own: 200, other: 404 }, trainer: 200, institution_admin: { own: 200, other: 404 }, admin: 200 },
  },
  'PATCH /api/v1/courses/{id}': {
    object: 'course',
    expect: { anonymous: 401, officer: 403, trainer: { own: 200, other: 403 }, institution_admin: 403, admin: 200 },
    body: () => ({ description: { pl: 'Opis' } }),
  },
  'POST /api/v1/courses/{id}/modules': {
    object: 'course',
    expect: { anonymous: 401, officer: 403, trainer: { own: 201, other: 403 }, institution_admin: 403, admin: 201 },
    body: () => ({ kind: 'lesson', title: { pl: 'Lekcja dodana' }, body: { pl: 'Treść' } }),
  },
  'PATCH /api/v1/courses/{id}/modules/{moduleId}': {
    object: 'course',
    expect: { anonymous: 401, officer: 403, trainer: { own: 200, other: 403 }, institution_admin: 403, admin: 200 },
    body: () => ({ title: { pl: 'Lekcja 1' } }),
  },
  'DELETE /api/v1/courses/{id}/modules/{moduleId}': {
    object: 'course',
    expect: { anonymous: 401, officer: 403, trainer: { own: 204, other: 403 }, institution_admin: 403, admin: 204 },
    freshObject: ({ w, scope }) => w.freshModule(scope),
  },
  'POST /api/v1/courses/{id}/publish': {
    object: 'course',
    expect: { anonymous: 401, officer: 403, trainer: { own: 201, other: 403 }, institution_admin: 403, admin: 201 },
  },
  'GET /api/v1/courses/{id}/versions': { object: 'course', expect: { anonymous: 401, officer: 403, trainer: 200, institution_admin: 403, admin: 200 } },
  'GET /api/v1/courses/{id}/versions/{version}': { object: 'course', expect: { anonymous: 401, officer: 403, trainer: 200, institution_admin: 403, admin: 200 } },
  'POST /api/v1/courses/{id}/archive': {
    object: 'course',
    expect: { anonymous: 401, officer: 403, trainer: { own: 200, other: 403 }, institution_admin: 403, admin: 200 },
  },
  'POST /api/v1/courses/{id}/unarchive': {
    object: 'course',
    expect: { anonymous: 401, officer: 403, trainer: { own: 200, other: 403 }, institution_admin: 403, admin: 200 },
  },

  // —— enrollments and assignments ——
  'GET /api/v1/enrollments': { expect: SIGNED_IN(200) },
  'GET /api/v1/enrollments/{id}': {
    object: 'enrollment',
    expect: {
      anonymous: 401,
      officer: { own: 200, institution: 404, other: 404 },
      trainer: { own: 200, institution: 200, other: 404 },
      institution_admin: { own: 200, institution: 200, other: 404 },
      admin: 200,
    },
  },
  'GET /api/v1/enrollments/{id}/modules/{moduleId}': {
    object: 'enrollment',
    expect: { anonymous: 401, officer: { own: 200, institution: 404, other: 404 }, trainer: 404, institution_admin: 404, admin: 404 },
  },
  'POST /api/v1/enrollments/{id}/modules/{moduleId}/complete': {
    object: 'enrollment',
    expect: { anonymous: 401, officer: { own: 200, institution: 404, other: 404 }, trainer: 404, institution_admin: 404, admin: 404 },
  },
  // The `own` user is the caller: a coordinator or an admin takes no courses (422).
  'POST /api/v1/assignments': {
    object: 'user',
    expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: { own: 422, institution: 201, other: 404 }, admin: { own: 422, institution: 201, other: 201 } },
    body: (p) => ({ courseId: p.courseId, userIds: [p.id], dueAt: new Date(Date.now() + 30 * DAY).toISOString() }),
  },
  'GET /api/v1/assignments': { expect: { anonymous: 401, officer: 403, trainer: 200, institution_admin: 200, admin: 200 } },

  // —— attempts and grading ——
  // The caller's own attempt is open (the world started it): a second one is a 409.
  'POST /api/v1/enrollments/{id}/modules/{moduleId}/attempts': {
    object: 'enrollment',
    expect: { anonymous: 401, officer: { own: 409, institution: 404, other: 404 }, trainer: 404, institution_admin: 404, admin: 404 },
  },
  'GET /api/v1/enrollments/{id}/modules/{moduleId}/attempts': {
    object: 'enrollment',
    expect: { anonymous: 401, officer: { own: 200, institution: 404, other: 404 }, trainer: 404, institution_admin: 404, admin: 404 },
  },
  'GET /api/v1/attempts/{id}': {
    object: 'attempt',
    expect: {
      anonymous: 401,
      officer: { own: 200, institution: 404, other: 404 },
      trainer: { own: 200, institution: 200, other: 404 },
      institution_admin: { own: 200, institution: 200, other: 404 },
      admin: 200,
    },
  },
  'PUT /api/v1/attempts/{id}/answers': {
    object: 'attempt',
    expect: { anonymous: 401, officer: { own: 200, institution: 404, other: 404 }, trainer: 404, institution_admin: 404, admin: 404 },
    body: (p) => ({ answers: [{ questionId: p.questionId, value: true }] }),
  },
  // After PUT …/answers in the document's order: the caller's own attempt is still open there, and submitted here.
  'POST /api/v1/attempts/{id}/submit': {
    object: 'attempt',
    expect: { anonymous: 401, officer: { own: 202, institution: 404, other: 404 }, trainer: 404, institution_admin: 404, admin: 404 },
    body: (p) => ({ answers: [{ questionId: p.questionId, value: false }] }),
  },
  'GET /api/v1/grading/queue': { expect: { anonymous: 401, officer: 403, trainer: 200, institution_admin: 403, admin: 200 } },
  'POST /api/v1/attempts/{id}/grades': {
    object: 'reviewAttempt',
    // Another author's attempt is not found (404), as when reading it: grading it tells nothing either.
    expect: { anonymous: 401, officer: 403, trainer: { own: 200, institution: 200, other: 404 }, institution_admin: 403, admin: 200 },
    body: (p) => ({ questionId: p.questionId, points: 1, comment: 'Dobrze.' }),
  },
  'POST /api/v1/courses/{id}/versions/{version}/errata': {
    object: 'course',
    expect: { anonymous: 401, officer: 403, trainer: { own: 201, other: 403 }, institution_admin: 403, admin: 201 },
    body: (p) => ({ questionId: p.questionId, question: { type: 'true_false', prompt: { pl: 'Poprawione?' }, points: 1, correct: true }, reason: 'Błąd w kluczu' }),
  },
  'GET /api/v1/courses/{id}/versions/{version}/errata': {
    object: 'course',
    expect: { anonymous: 401, officer: 403, trainer: { own: 200, other: 403 }, institution_admin: 403, admin: 200 },
  },

  // —— certificates ——
  'GET /api/v1/certificates': { expect: SIGNED_IN(200) },
  'GET /api/v1/certificates/{id}': {
    object: 'certificate',
    expect: {
      anonymous: 401,
      officer: { own: 200, institution: 404, other: 404 },
      trainer: { own: 200, institution: 200, other: 404 },
      institution_admin: { own: 200, institution: 200, other: 404 },
      admin: 200,
    },
  },
  'GET /api/v1/certificates/{id}/pdf': {
    object: 'certificate',
    expect: {
      anonymous: 401,
      officer: { own: 200, institution: 404, other: 404 },
      trainer: { own: 200, institution: 200, other: 404 },
      institution_admin: { own: 200, institution: 200, other: 404 },
      admin: 200,
    },
  },
  'GET /api/v1/certificates/{id}/credential': {
    object: 'certificate',
    expect: {
      anonymous: 401,
      officer: { own: 200, institution: 404, other: 404 },
      trainer: { own: 200, institution: 200, other: 404 },
      institution_admin: { own: 200, institution: 200, other: 404 },
      admin: 200,
    },
  },
  'POST /api/v1/certificates/{id}/revoke': {
    object: 'certificate',
    expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: 403, admin: 200 },
    body: () => ({ reason: 'Zaświadczenie wydane omyłkowo.' }),
  },
  'GET /verify/{code}': { object: 'certificate', expect: ALL(200), headers: { Accept: 'application/json' } },
  'GET /issuer': { expect: ALL(200) },
  'GET /.well-known/jwks.json': { expect: ALL(200) },

  // —— notifications ——
  'GET /api/v1/notifications': { expect: SIGNED_IN(200) },
  'POST /api/v1/notifications/read-all': { expect: SIGNED_IN(200) },
  'POST /api/v1/notifications/{id}/read': {
    object: 'notification',
    expect: { anonymous: 401, officer: { own: 200, institution: 404, other: 404 }, trainer: 404, institution_admin: 404, admin: 404 },
  },

  // —— reports and exports ——
  'GET /api/v1/reports/institutions/{id}/completion': {
    object: 'institution',
    expect: { anonymous: 401, officer: 403, trainer: 200, institution_admin: { institution: 200, other: 404 }, admin: 200 },
  },
  'GET /api/v1/reports/institutions/{id}/overdue': {
    object: 'institution',
    expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: { institution: 200, other: 404 }, admin: 200 },
  },
  'GET /api/v1/reports/institutions/{id}/certificates': {
    object: 'institution',
    expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: { institution: 200, other: 404 }, admin: 200 },
  },
  'GET /api/v1/reports/institutions/{id}/competencies': {
    object: 'institution',
    expect: { anonymous: 401, officer: 403, trainer: 200, institution_admin: { institution: 200, other: 404 }, admin: 200 },
  },
  'GET /api/v1/users/{id}/transcript': {
    object: 'user',
    expect: {
      anonymous: 401,
      officer: { own: 200, institution: 404, other: 404 },
      trainer: { own: 200, institution: 404, other: 404 },
      institution_admin: { own: 200, institution: 200, other: 404 },
      admin: 200,
    },
  },
  'GET /api/v1/users/{id}/transcript.pdf': {
    object: 'user',
    expect: {
      anonymous: 401,
      officer: { own: 200, institution: 404, other: 404 },
      trainer: { own: 200, institution: 404, other: 404 },
      institution_admin: { own: 200, institution: 200, other: 404 },
      admin: 200,
    },
  },
  'GET /api/v1/reports/courses': { expect: { anonymous: 401, officer: 403, trainer: 200, institution_admin: 403, admin: 200 } },
  'GET /api/v1/reports/courses/{id}/results': {
    object: 'course',
    expect: { anonymous: 401, officer: 403, trainer: { own: 200, other: 404 }, institution_admin: 403, admin: 200 },
  },
  'POST /api/v1/reports/exports': {
    object: 'institution',
    expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: { institution: 202, other: 404 }, admin: 202 },
    body: (p) => ({ kind: 'completion', institutionId: p.institutionId, format: 'csv' }),
  },
  'GET /api/v1/reports/exports/{id}': {
    object: 'export',
    expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: { institution: 200, other: 404 }, admin: 200 },
  },
  'GET /api/v1/reports/exports/{id}/download': {
    object: 'export',
    expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: { institution: 200, other: 404 }, admin: 200 },
  },

  // —— operations ——
  'GET /health': { expect: ALL(200) },
  'GET /health/ready': { expect: ALL(200) },
  // Open outside production when METRICS_TOKEN is unset (the tests' setting); see docs/operations.md.
  'GET /metrics': { expect: ALL(200) },
  'POST /api/v1/admin/queues/session': { expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: 403, admin: 204 } },
  'DELETE /api/v1/admin/queues/session': { expect: { anonymous: 401, officer: 403, trainer: 403, institution_admin: 403, admin: 204 } },
};
