import { BadRequestException, ForbiddenException, HttpException, NotAcceptableException, NotFoundException, PayloadTooLargeException, UnauthorizedException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { toProblem } from '../http/problem-details.filter';
import { DomainError } from './domain-error';
import { PROBLEM_TYPE_LIST, PROBLEM_TYPE_PREFIX, PROBLEM_TYPES } from './problem-types';

const ROOT = join(__dirname, '..', '..', '..');
const CODES = new Set(PROBLEM_TYPE_LIST.map((entry) => entry.code));

/** Every file under a directory whose name ends with one of `endings`, tests left out. */
function files(dir: string, endings: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : files(path, endings);
    return endings.some((end) => entry.name.endsWith(end)) && !/\.(spec|test)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The codes published before the catalogue existed; clients switch on them, so none may go. */
const PUBLISHED_BEFORE = [
  'validation', 'malformed-json', 'body-too-large', 'bad-body', 'conflict', 'constraint-violation', 'bad-request', 'rate-limited',
  'invalid-cursor', 'invalid-idempotency-key', 'idempotency-key-reused', 'login-locked', 'wrong-current-password',
  'duplicate-email', 'self-deactivation', 'invalid-placement', 'unknown-unit', 'unsupported-media-type', 'invalid-roster', 'roster-too-large',
  'duplicate-code', 'question-in-use', 'invalid-import-file', 'import-too-large', 'course-archived', 'course-not-publishable', 'unknown-reference',
  'course-not-published', 'not-assignable', 'audience-mismatch', 'enrollment-expired', 'not-a-lesson', 'min-study-time',
  'not-a-quiz', 'attempt-open', 'no-attempts-left', 'deadline-passed', 'attempt-submitted', 'invalid-answer', 'attempt-not-graded',
  'certificate-revoked', 'pdf-not-ready', 'invalid-range', 'export-not-ready', 'not-ready',
];

describe('the problem catalogue', () => {
  it('gives each code one domain, and every type is a Mosty URN', () => {
    const seen = Object.values(PROBLEM_TYPES).flatMap((codes) => Object.keys(codes));
    expect(seen.filter((code, i) => seen.indexOf(code) !== i)).toEqual([]);
    for (const entry of PROBLEM_TYPE_LIST) {
      expect(entry.type).toBe(`${PROBLEM_TYPE_PREFIX}${entry.code}`);
      expect(entry.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(entry.status >= 400 && entry.status < 600).toBe(true);
    }
  });

  it('still holds every code published before it', () => {
    expect(PUBLISHED_BEFORE.filter((code) => !CODES.has(code as never))).toEqual([]);
  });

  it('holds every code the web app switches on', () => {
    const used = new Set<string>();
    for (const file of files(join(ROOT, 'web', 'src'), ['.ts', '.tsx'])) {
      const text = readFileSync(file, 'utf8');
      for (const [, code] of text.matchAll(/\bcode [!=]== '([a-z-]+)'/g)) used.add(code);
      for (const [, code] of text.matchAll(/^ {2}'([a-z]+(?:-[a-z]+)+)': '\w+',$/gm)) used.add(code); // FIELD_OF_CODE
    }
    for (const file of files(join(ROOT, 'web', 'src', 'i18n', 'locales'), ['.json'])) {
      const problems = (JSON.parse(readFileSync(file, 'utf8')) as { problems?: Record<string, unknown> }).problems ?? {};
      const codes = { ...problems, ...((problems.codes as object | undefined) ?? {}) };
      for (const key of Object.keys(codes)) if (key.includes('-')) used.add(key);
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((code) => !CODES.has(code as never))).toEqual([]);
  });

  it('is documented: docs/api.md names every code', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'api.md'), 'utf8');
    expect([...CODES].filter((code) => !docs.includes(`\`${code}\``))).toEqual([]);
  });
});

describe('errors raised in the source', () => {
  const sources = files(join(ROOT, 'src'), ['.ts']);

  it('are domain errors: no Nest HTTP exception is thrown outside the problem filter', () => {
    const offenders = sources.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/new (\w+Exception)\(/g)].map(([, name]) => `${relative(ROOT, file)}: ${name}`),
    );
    expect(offenders).toEqual([]);
  });

  it('never answer with about:blank', () => {
    expect(sources.filter((file) => readFileSync(file, 'utf8').includes('about:blank')).map((file) => relative(ROOT, file))).toEqual([]);
  });
});

describe('the problem filter', () => {
  const cases: [string, unknown, number, string][] = [
    ['a domain error', new DomainError('attempt-open', 'still open', { attemptId: 'a' }), 409, 'attempt-open'],
    ['an unknown route', new NotFoundException('Cannot GET /api/v1/nothing'), 404, 'not-found'],
    ["passport's guard", new UnauthorizedException(), 401, 'unauthenticated'],
    ['a guard that says no', new ForbiddenException('Forbidden resource'), 403, 'forbidden'],
    ['a pipe', new BadRequestException('Validation failed (uuid is expected)'), 400, 'bad-request'],
    ['a too large upload', new PayloadTooLargeException('File too large'), 413, 'body-too-large'],
    ['the throttler', new ThrottlerException(), 429, 'rate-limited'],
    ['any other 4xx', new NotAcceptableException(), 406, 'client-error'],
    ['any other 5xx', new HttpException('Bad gateway', 502), 502, 'internal-error'],
    ['a plain error', new Error('boom'), 500, 'internal-error'],
  ];

  it.each(cases)('gives %s a catalogued type and its status', (_name, exception, status, code) => {
    const body = toProblem(exception);
    expect(body).toMatchObject({ type: `${PROBLEM_TYPE_PREFIX}${code}`, status });
    expect(body.title).toBe(PROBLEM_TYPE_LIST.find((entry) => entry.code === code)!.title);
  });

  it('keeps the extensions of a domain error and never shows a plain error\'s message', () => {
    expect(toProblem(new DomainError('attempt-open', 'still open', { attemptId: 'a' }))).toMatchObject({ detail: 'still open', attemptId: 'a' });
    expect(JSON.stringify(toProblem(new Error('secret path /etc')))).not.toContain('secret');
  });
});
