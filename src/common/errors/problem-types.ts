/**
 * Every problem type Mosty answers with, by domain: the stable code a client switches on
 * (`urn:mosty:problem:<code>`), its HTTP status and its title. One catalogue rather than one
 * file per module: several codes serve more than one module (`enrollment-expired`,
 * `course-archived`, `unsupported-media-type`), the filter, the body parsers, the worker and
 * the OpenAPI document all read the whole list, and common/ then imports nothing from the
 * modules. A code, once published, is never renamed: the web app and clients switch on it.
 */
export const PROBLEM_TYPES = {
  /** Raised by the HTTP edge itself: body parsers, validation pipe, router, guards, throttler, database. */
  http: {
    validation: { status: 400, title: 'Validation failed' },
    'malformed-json': { status: 400, title: 'Malformed JSON' },
    'bad-body': { status: 400, title: 'Unreadable request body' },
    'bad-request': { status: 400, title: 'Bad request' },
    'body-too-deep': { status: 400, title: 'Request body nested too deep' },
    'nul-character': { status: 400, title: 'NUL character in a value' },
    'malformed-text': { status: 400, title: 'Malformed text' },
    'reserved-key': { status: 400, title: 'Reserved field name' },
    'request-timeout': { status: 408, title: 'Request timeout' },
    unauthenticated: { status: 401, title: 'Authentication required' },
    forbidden: { status: 403, title: 'Forbidden' },
    'not-found': { status: 404, title: 'Not found' },
    conflict: { status: 409, title: 'Conflict' },
    'body-too-large': { status: 413, title: 'Request body too large' },
    'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
    'unsupported-encoding': { status: 415, title: 'Unsupported body encoding' },
    'constraint-violation': { status: 422, title: 'Data rule broken' },
    'rate-limited': { status: 429, title: 'Too many requests' },
    'headers-too-large': { status: 431, title: 'Request headers too large' },
    /** Any other 4xx Nest or a library raises; the response keeps that status. */
    'client-error': { status: 400, title: 'Client error' },
    'internal-error': { status: 500, title: 'Internal server error' },
    'service-unavailable': { status: 503, title: 'Service unavailable' },
  },
  common: {
    'invalid-cursor': { status: 400, title: 'Invalid cursor' },
    'invalid-idempotency-key': { status: 400, title: 'Invalid Idempotency-Key' },
    'idempotency-key-reused': { status: 422, title: 'Idempotency-Key reused' },
  },
  auth: {
    'invalid-credentials': { status: 401, title: 'Invalid e-mail or password' },
    'account-deactivated': { status: 401, title: 'Account deactivated' },
    'invalid-refresh-token': { status: 401, title: 'Invalid refresh token' },
    'refresh-token-reused': { status: 401, title: 'Refresh token reused' },
    'no-refresh-token': { status: 401, title: 'No refresh token' },
    'session-ended': { status: 401, title: 'Session ended' },
    'wrong-current-password': { status: 400, title: 'Wrong current password' },
    'login-locked': { status: 429, title: 'Sign-in locked' },
  },
  access: {
    'role-forbidden': { status: 403, title: 'Role not allowed' },
    'not-author': { status: 403, title: 'Not the author' },
  },
  institutions: {
    'institution-not-found': { status: 404, title: 'Institution not found' },
    'unit-not-found': { status: 404, title: 'Unit not found' },
    'duplicate-code': { status: 409, title: 'Code already taken' },
  },
  users: {
    'user-not-found': { status: 404, title: 'User not found' },
    'user-change-forbidden': { status: 403, title: 'User may not be changed' },
    'role-not-assignable': { status: 403, title: 'Role not assignable' },
    'institution-move-forbidden': { status: 403, title: 'Institution move not allowed' },
    'duplicate-email': { status: 409, title: 'E-mail address already used' },
    'self-deactivation': { status: 409, title: 'Own account' },
    'invalid-placement': { status: 422, title: 'Invalid placement' },
    'unknown-unit': { status: 422, title: 'Unknown unit' },
    'invalid-roster': { status: 400, title: 'Invalid roster' },
    'roster-too-large': { status: 413, title: 'Roster too large' },
  },
  questions: {
    'question-bank-not-found': { status: 404, title: 'Question bank not found' },
    'question-not-found': { status: 404, title: 'Question not found' },
    'question-in-use': { status: 409, title: 'Question in use' },
    'invalid-import-file': { status: 400, title: 'Unreadable import file' },
    'import-too-large': { status: 413, title: 'Import file too large' },
  },
  courses: {
    'course-not-found': { status: 404, title: 'Course not found' },
    'course-version-not-found': { status: 404, title: 'Course version not found' },
    'module-not-found': { status: 404, title: 'Module not found' },
    'course-archived': { status: 409, title: 'Course archived' },
    'course-not-publishable': { status: 422, title: 'Course not publishable' },
    'unknown-reference': { status: 422, title: 'Unknown question or bank' },
  },
  assignments: {
    /** A trainer (or an officer) trying to assign: coordinators assign, trainers author. */
    'assign-by-coordinators': { status: 403, title: 'Coordinators assign courses' },
    /** A unitCode or institutionCode in an assignment that names nothing the caller reaches. */
    'unknown-target-code': { status: 422, title: 'Unknown unit or institution code' },
    'course-not-published': { status: 409, title: 'Course not published' },
    'not-assignable': { status: 422, title: 'Not assignable' },
    'audience-mismatch': { status: 422, title: 'Outside the course audience' },
  },
  enrollments: {
    'enrollment-not-found': { status: 404, title: 'Enrollment not found' },
    'enrollment-expired': { status: 409, title: 'Enrollment expired' },
    'not-a-lesson': { status: 409, title: 'Not a lesson' },
    'min-study-time': { status: 409, title: 'Minimum study time not reached' },
  },
  attempts: {
    'attempt-not-found': { status: 404, title: 'Attempt not found' },
    'not-a-quiz': { status: 409, title: 'Not a quiz' },
    'attempt-open': { status: 409, title: 'Attempt still open' },
    'no-attempts-left': { status: 409, title: 'No attempts left' },
    'quiz-closed': { status: 409, title: 'Quiz closed' },
    'concurrent-change': { status: 409, title: 'Changed at the same moment' },
    'deadline-passed': { status: 409, title: 'Deadline passed' },
    'attempt-submitted': { status: 409, title: 'Attempt submitted' },
    'invalid-answer': { status: 422, title: 'Invalid answer' },
  },
  grading: {
    'attempt-not-graded': { status: 409, title: 'Attempt not machine-graded' },
  },
  certificates: {
    'certificate-not-found': { status: 404, title: 'Certificate not found' },
    'certificate-revoked': { status: 409, title: 'Certificate revoked' },
    'pdf-not-ready': { status: 409, title: 'PDF not ready' },
  },
  reports: {
    'officer-lists-forbidden': { status: 403, title: 'Officer lists not allowed' },
    'invalid-range': { status: 400, title: 'Invalid range' },
  },
  exports: {
    'export-not-found': { status: 404, title: 'Export not found' },
    'export-not-ready': { status: 409, title: 'Export not ready' },
  },
  notifications: {
    'notification-not-found': { status: 404, title: 'Notification not found' },
  },
  operations: {
    'metrics-token-required': { status: 401, title: 'Metrics token required' },
    'queue-board-session-required': { status: 401, title: 'Queue board session required' },
    'queue-board-admin-only': { status: 403, title: 'Queue board for admins only' },
    'not-ready': { status: 503, title: 'Not ready' },
  },
} as const satisfies Record<string, Record<string, { status: number; title: string }>>;

type Catalogue = typeof PROBLEM_TYPES;
export type ProblemDomain = keyof Catalogue;
export type ProblemCode = { [D in ProblemDomain]: keyof Catalogue[D] }[ProblemDomain] & string;

export interface ProblemTypeEntry {
  code: ProblemCode;
  type: string;
  domain: ProblemDomain;
  status: number;
  title: string;
}

export const PROBLEM_TYPE_PREFIX = 'urn:mosty:problem:';

/** The stable problem type URI of a code. */
export const problemType = (code: ProblemCode) => `${PROBLEM_TYPE_PREFIX}${code}`;

/** The catalogue as a flat list, in the order it is declared. */
export const PROBLEM_TYPE_LIST: readonly ProblemTypeEntry[] = Object.entries(PROBLEM_TYPES).flatMap(([domain, codes]) =>
  Object.entries(codes).map(([code, { status, title }]) => ({ code: code as ProblemCode, type: problemType(code as ProblemCode), domain: domain as ProblemDomain, status, title })),
);

const BY_CODE = new Map(PROBLEM_TYPE_LIST.map((entry) => [entry.code, entry]));

export function problemTypeOf(code: ProblemCode): ProblemTypeEntry {
  return BY_CODE.get(code)!;
}
