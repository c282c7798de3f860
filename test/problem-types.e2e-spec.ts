import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { TestApp, bearer } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

const PREFIX = 'urn:mosty:problem:';
const LOGIN = '/api/v1/auth/login';

interface Declared {
  type: string;
  code: string;
  domain: string;
  status: number;
  title: string;
}

/**
 * A sample of every status the API answers with, from the HTTP edge (router, body parser,
 * passport, throttler) and from the domain: each one carries a Mosty problem type that the
 * OpenAPI document declares, with the declared status and title.
 */
describe('problem types: every error carries a type the OpenAPI document declares', () => {
  let t: TestApp;
  let admin: string;
  let people: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let declared: Map<string, Declared>;
  const seen = new Map<number, Set<string>>();

  beforeAll(async () => {
    // Few sign-ins per address, to reach the throttler; failures lock an account after 3.
    t = await TestApp.start({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '25', LOGIN_MAX_FAILURES: '3' } });
    admin = await t.adminToken();
    people = await createInstitutionWithPeople(t, admin, 'ERR');
    const document = (await t.http.get('/api/docs-json').expect(200)).body;
    declared = new Map((document['x-problem-types'] as Declared[]).map((entry) => [entry.type, entry]));
    expect(document.components.schemas.ProblemType.enum).toEqual([...declared.keys()]);
  });
  afterAll(() => t.close());

  /** The response is a problem of the expected code, declared in the document with its status and title. */
  function expectProblem(res: Response, status: number, code: string): void {
    expect([res.status, res.headers['content-type']]).toEqual([status, expect.stringMatching(/^application\/problem\+json/)]);
    expect(res.body.type).toBe(`${PREFIX}${code}`);
    const entry = declared.get(res.body.type);
    expect(entry).toMatchObject({ code, status, title: res.body.title });
    expect(res.text).not.toContain('about:blank');
    seen.set(status, (seen.get(status) ?? new Set()).add(code));
  }

  it('400: validation, malformed JSON, a malformed id, a bad cursor', async () => {
    expectProblem(await t.http.post('/api/v1/users').set(bearer(admin)).send({ email: 'x' }), 400, 'validation');
    expectProblem(await t.http.post('/api/v1/institutions').set(bearer(admin)).set('Content-Type', 'application/json').send('{"name":'), 400, 'malformed-json');
    expectProblem(await t.http.get('/api/v1/users/not-a-uuid').set(bearer(admin)), 400, 'bad-request');
    expectProblem(await t.http.get('/api/v1/audit-events?cursor=nonsense').set(bearer(admin)), 400, 'invalid-cursor');
  });

  it('401: no token, a wrong password, a made-up refresh token, no refresh token at all', async () => {
    expectProblem(await t.http.get('/api/v1/users'), 401, 'unauthenticated');
    expectProblem(await t.http.get('/api/v1/users').set(bearer('not.a.jwt')), 401, 'unauthenticated');
    expectProblem(await t.http.post(LOGIN).send({ email: people.officer.email, password: 'wrong-password-1' }), 401, 'invalid-credentials');
    expectProblem(await t.http.post('/api/v1/auth/refresh').send({ refreshToken: 'garbage' }), 401, 'invalid-refresh-token');
    expectProblem(await t.http.post('/api/v1/auth/refresh').send({}), 401, 'no-refresh-token');
  });

  it("403: a role that may not, a coordinator giving a role they may not give", async () => {
    expectProblem(await t.http.post('/api/v1/institutions').set(bearer(people.officer.token)).send({ name: 'X', type: 'police', code: 'X1' }), 403, 'role-forbidden');
    const res = await t.http
      .post('/api/v1/users')
      .set(bearer(people.coordinator.token))
      .send({ email: 'boss@mosty.test', fullName: 'Szef', role: 'admin', password: PASSWORD });
    expectProblem(res, 403, 'role-not-assignable');
  });

  it('404: an unknown route, and records that do not exist', async () => {
    expectProblem(await t.http.get('/api/v1/no-such-thing'), 404, 'not-found');
    expectProblem(await t.http.delete('/api/v1/institutions').set(bearer(admin)), 404, 'not-found');
    expectProblem(await t.http.get(`/api/v1/users/${randomUUID()}`).set(bearer(admin)), 404, 'user-not-found');
    expectProblem(await t.http.get(`/api/v1/institutions/${randomUUID()}`).set(bearer(admin)), 404, 'institution-not-found');
    expectProblem(await t.http.get(`/api/v1/courses/${randomUUID()}`).set(bearer(admin)), 404, 'course-not-found');
    expectProblem(await t.http.get(`/api/v1/attempts/${randomUUID()}`).set(bearer(admin)), 404, 'attempt-not-found');
    expectProblem(await t.http.get(`/api/v1/enrollments/${randomUUID()}`).set(bearer(admin)), 404, 'enrollment-not-found');
  });

  it('409: a taken e-mail address and a taken institution code', async () => {
    const again = { email: people.officer.email.toUpperCase(), fullName: 'Drugi', role: 'officer', password: PASSWORD, institutionId: people.id };
    expectProblem(await t.http.post('/api/v1/users').set(bearer(admin)).send(again), 409, 'duplicate-email');
    expectProblem(await t.http.post('/api/v1/institutions').set(bearer(admin)).send({ name: 'Znowu', type: 'police', code: 'ERR' }), 409, 'duplicate-code');
  });

  it('413 and 415: a body too large, a roster that is not text, a charset body-parser cannot read', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) });
    expectProblem(await t.http.post('/api/v1/institutions').set(bearer(admin)).set('Content-Type', 'application/json').send(big), 413, 'body-too-large');
    expectProblem(await t.http.post(`/api/v1/institutions/${people.id}/users/import`).set(bearer(admin)).send({ csv: 'email' }), 415, 'unsupported-media-type');
    const latin = await t.http.post('/api/v1/institutions').set(bearer(admin)).set('Content-Type', 'application/json; charset=koi8-r').send('{}');
    expectProblem(latin, 415, 'unsupported-encoding');
  });

  it('422: a user placed where the role cannot be', async () => {
    const res = await t.http.post('/api/v1/users').set(bearer(admin)).send({ email: 'nowhere@mosty.test', fullName: 'Nikt', role: 'officer', password: PASSWORD });
    expectProblem(res, 422, 'invalid-placement');
  });

  it('429: an account locked by failed sign-ins, then the per-address throttle', async () => {
    for (let i = 0; i < 3; i++) await t.http.post(LOGIN).send({ email: people.trainer.email, password: `wrong-password-${i}` }).expect(401);
    const locked = await t.http.post(LOGIN).send({ email: people.trainer.email, password: PASSWORD });
    expectProblem(locked, 429, 'login-locked');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    let res: Response | undefined;
    for (let i = 0; i < 30 && res?.status !== 429; i++) res = await t.http.post(LOGIN).send({ email: `nobody${i}@mosty.test`, password: 'wrong-password-x' });
    expectProblem(res!, 429, 'rate-limited');
  });

  afterAll(() => {
    // Each status above came with at least one Mosty code.
    expect([...seen.keys()].sort()).toEqual([400, 401, 403, 404, 409, 413, 415, 422, 429]);
  });
});
