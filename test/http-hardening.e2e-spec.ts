import { FILE_BODY_LIMIT_BYTES, DEFAULT_BODY_LIMIT_BYTES } from '../src/common/http/body-parsers';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

const PROBLEM = /^application\/problem\+json/;
const LISTED = 'https://szkolenia.policja.example';
const CORS_HEADERS = ['access-control-allow-origin', 'access-control-allow-credentials', 'access-control-allow-methods', 'access-control-allow-headers', 'access-control-expose-headers'];
const corsHeadersOf = (headers: Record<string, string>) => Object.fromEntries(CORS_HEADERS.filter((name) => name in headers).map((name) => [name, headers[name]]));

describe('CORS: only the origins CORS_ORIGINS lists', () => {
  let t: TestApp;
  let police: Awaited<ReturnType<typeof createInstitutionWithPeople>>;

  beforeAll(async () => {
    t = await TestApp.start({ env: { CORS_ORIGINS: `${LISTED}, http://localhost:5173` } });
    police = await createInstitutionWithPeople(t, await t.adminToken(), 'KMP');
  });
  afterAll(() => t.close());

  it('answers a listed origin’s preflight with the methods and headers the API uses, without credentials off the auth routes', async () => {
    const res = await t.http
      .options('/api/v1/enrollments')
      .set('Origin', LISTED)
      .set('Access-Control-Request-Method', 'PUT')
      .set('Access-Control-Request-Headers', 'authorization, content-type, idempotency-key')
      .expect(204);
    expect(corsHeadersOf(res.headers)).toEqual({
      'access-control-allow-origin': LISTED,
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
      'access-control-allow-headers': 'Authorization, Content-Type, Idempotency-Key, X-Request-Id',
      'access-control-expose-headers': 'X-Request-Id, Retry-After, Content-Disposition',
    });
    expect(res.headers.vary).toMatch(/Origin/);
  });

  it('a listed origin reads bearer routes, and sends the refresh cookie only to the auth routes', async () => {
    const list = await t.http.get('/api/v1/enrollments').set(bearer(police.officer.token)).set('Origin', LISTED).expect(200);
    expect(list.headers['access-control-allow-origin']).toBe(LISTED);
    expect(list.headers['access-control-allow-credentials']).toBeUndefined();

    const login = await t.http.post('/api/v1/auth/login').set('Origin', LISTED).send({ email: police.officer.email, password: PASSWORD, refreshTokenCookie: true });
    expect(login.status).toBe(200);
    expect(login.headers['access-control-allow-origin']).toBe(LISTED);
    expect(login.headers['access-control-allow-credentials']).toBe('true');
    const preflight = await t.http.options('/api/v1/auth/refresh').set('Origin', LISTED).set('Access-Control-Request-Method', 'POST').expect(204);
    expect(preflight.headers['access-control-allow-credentials']).toBe('true');
    // A path that merely starts like the auth routes is not one of them.
    const lookalike = await t.http.get('/api/v1/authx').set('Origin', LISTED);
    expect(lookalike.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('an unlisted origin — a lookalike, another port or scheme, null — gets no CORS header at all, preflight or not', async () => {
    for (const origin of ['https://evil.example', 'https://szkolenia.policja.example.evil.example', 'http://szkolenia.policja.example', 'https://szkolenia.policja.example:8443', 'null', `${LISTED}/`]) {
      const preflight = await t.http.options('/api/v1/auth/refresh').set('Origin', origin).set('Access-Control-Request-Method', 'POST');
      expect(preflight.status).toBe(204);
      expect(corsHeadersOf(preflight.headers)).toEqual({});
      const read = await t.http.get('/api/v1/enrollments').set(bearer(police.officer.token)).set('Origin', origin).expect(200);
      expect(corsHeadersOf(read.headers)).toEqual({});
      expect(read.headers.vary).toMatch(/Origin/);
    }
  });
});

describe('without CORS_ORIGINS the API is same-origin only', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('sends no CORS header to any origin and answers no preflight', async () => {
    const preflight = await t.http.options('/api/v1/auth/login').set('Origin', 'http://localhost:5173').set('Access-Control-Request-Method', 'POST');
    expect(preflight.status).toBe(404);
    expect(corsHeadersOf(preflight.headers)).toEqual({});
    const health = await t.http.get('/health').set('Origin', 'http://localhost:5173').expect(200);
    expect(corsHeadersOf(health.headers)).toEqual({});
  });
});

describe('body limits per route', () => {
  let t: TestApp;
  let admin: string;
  let police: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT count(*) AS n FROM "${table}"`))[0].n);
  const expectTooLarge = (res: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, limit: number) => {
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({ type: 'urn:mosty:problem:body-too-large', status: 413, detail: `The request body is larger than this route accepts (${limit} bytes)` });
  };

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.adminToken();
    police = await createInstitutionWithPeople(t, admin, 'KMP');
  });
  afterAll(() => t.close());

  it('a form over 100 kB — JSON or text — is a 413 and creates nothing', async () => {
    const users = await count('user');
    const padded = { email: 'nowy@mosty.test', fullName: 'Nowy', role: 'officer', password: PASSWORD, institutionId: police.id, note: 'x'.repeat(DEFAULT_BODY_LIMIT_BYTES) };
    expectTooLarge(await t.http.post('/api/v1/users').set(bearer(admin)).send(padded), DEFAULT_BODY_LIMIT_BYTES);
    expectTooLarge(await t.http.post('/api/v1/auth/login').type('text/plain').send('x'.repeat(DEFAULT_BODY_LIMIT_BYTES + 1)), DEFAULT_BODY_LIMIT_BYTES);
    expect(await count('user')).toBe(users);
    // Just under the limit the same route reads the body (and refuses the unknown field, as always).
    const under = await t.http.post('/api/v1/users').set(bearer(admin)).send({ ...padded, note: 'x'.repeat(DEFAULT_BODY_LIMIT_BYTES - 200) });
    expect(under.status).toBe(400);
  });

  it('a lesson of 100,000 Polish characters (200 kB) is saved: authoring reads up to 1 MB', async () => {
    const course = await t.http.post('/api/v1/courses').set(bearer(police.trainer.token)).send({ title: { pl: 'Długi kurs' }, audience: ['police'] }).expect(201);
    const body = 'ż'.repeat(100_000);
    await t.http.post(`/api/v1/courses/${course.body.id}/modules`).set(bearer(police.trainer.token)).send({ kind: 'lesson', title: { pl: 'Lekcja' }, body: { pl: body } }).expect(201);
    const big = await t.http.post(`/api/v1/courses/${course.body.id}/modules`).set(bearer(police.trainer.token)).send({ kind: 'lesson', title: { pl: 'Za duża' }, body: { pl: 'ż'.repeat(600_000) } });
    expectTooLarge(big, 1024 * 1024);
    const modules = await t.dataSource.query(`SELECT count(*)::int AS n FROM course_module WHERE course_id = $1`, [course.body.id]);
    expect(modules[0].n).toBe(1);
  });

  it('a roster of 2,000 rows (over 100 kB) is imported; a file over 10 MB is a 413 and imports nobody', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `osoba.${i}@policja.example;Osoba Numer ${i};KMP-U1;officer`);
    const roster = `email;fullName;unitCode;role\n${rows.join('\n')}\n`;
    expect(Buffer.byteLength(roster)).toBeGreaterThan(DEFAULT_BODY_LIMIT_BYTES);
    const imported = await t.http.post(`/api/v1/institutions/${police.id}/users/import`).set(bearer(admin)).type('text/csv').send(roster).expect(200);
    expect(imported.body.created).toBe(2000);
    const users = await count('user');
    const huge = `email;fullName;unitCode;role\n${'inna.osoba@policja.example;Inna Osoba;KMP-U1;officer\n'.repeat(FILE_BODY_LIMIT_BYTES / 50)}`;
    expectTooLarge(await t.http.post(`/api/v1/institutions/${police.id}/users/import`).set(bearer(admin)).type('text/csv').send(huge), FILE_BODY_LIMIT_BYTES);
    expect(await count('user')).toBe(users);
  });

  it('a question file over 10 MB is a 413 and adds no question', async () => {
    const bank = await t.http.post('/api/v1/question-banks').set(bearer(police.trainer.token)).send({ name: 'Duży plik' }).expect(201);
    const gift = `::P1:: Obywatel UE jest cudzoziemcem. {T}\n\n${'// komentarz\n'.repeat(FILE_BODY_LIMIT_BYTES / 13 + 1)}`;
    const res = await t.http.post(`/api/v1/question-banks/${bank.body.id}/import?format=gift`).set(bearer(police.trainer.token)).type('text/plain').send(gift);
    expectTooLarge(res, FILE_BODY_LIMIT_BYTES);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM question WHERE bank_id = $1`, [bank.body.id]))[0].n).toBe(0);
  });
});
