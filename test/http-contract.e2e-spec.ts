import { createServer } from 'node:net';
import { TestApp, bearer } from './support/test-app';

const PROBLEM = /^application\/problem\+json/;

describe('HTTP contract: problem details, headers, docs, health', () => {
  let t: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    t = await TestApp.start({ env: { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), PUBLIC_BASE_URL: 'https://mosty.example.org', STORAGE_DIR: '/tmp/mosty-test' } });
    adminToken = await t.adminToken();
  });
  afterAll(() => t.close());

  it('validation errors list every field, as RFC 9457 problem details', async () => {
    const res = await t.http
      .post('/api/v1/users')
      .set(bearer(adminToken))
      .send({ email: 'not-an-email', role: 'sheriff', password: 'short', nickname: 'x' })
      .expect(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({ type: 'urn:mosty:problem:validation', title: 'Validation failed', status: 400, instance: '/api/v1/users' });
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['email', 'fullName', 'nickname', 'password', 'role']);
    expect(res.body.errors.find((e: { field: string }) => e.field === 'nickname').messages).toEqual(['property nickname should not exist']);
  });

  it('malformed JSON is a 400 problem', async () => {
    const res = await t.http.post('/api/v1/institutions').set(bearer(adminToken)).set('Content-Type', 'application/json').send('{"name": "Komenda",').expect(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({ type: 'urn:mosty:problem:malformed-json', status: 400 });
  });

  it('an oversized body is a 413 problem', async () => {
    const res = await t.http
      .post('/api/v1/institutions')
      .set(bearer(adminToken))
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }))
      .expect(413);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.status).toBe(413);
  });

  it('unknown routes are a 404 problem, authenticated or not', async () => {
    const anonymous = await t.http.get('/api/v1/no-such-thing').expect(404);
    expect(anonymous.headers['content-type']).toMatch(PROBLEM);
    await t.http.delete('/api/v1/institutions').set(bearer(adminToken)).expect(404);
  });

  it('a malformed id is a 400 problem, not a database error', async () => {
    const res = await t.http.get('/api/v1/users/1%27%20OR%201=1').set(bearer(adminToken)).expect(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
  });

  it('401 and 403 are problems too, and no stack trace leaves the server', async () => {
    const unauthorized = await t.http.get('/api/v1/users').expect(401);
    expect(unauthorized.headers['content-type']).toMatch(PROBLEM);
    const text = JSON.stringify(unauthorized.body);
    expect(text).not.toMatch(/\bat \w+ \(|node_modules|\.ts:\d+/);
  });

  it('echoes a request id and sets helmet headers', async () => {
    const res = await t.http.get('/health').set('X-Request-Id', 'abc-123').expect(200);
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
    const problem = await t.http.get('/api/v1/nothing').set('X-Request-Id', 'trace-42').expect(404);
    expect(problem.body.requestId).toBe('trace-42');
  });

  it('serves OpenAPI with every route, its DTOs and bearer auth', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    const paths = Object.keys(res.body.paths);
    for (const path of [
      '/api/v1/auth/login',
      '/api/v1/auth/refresh',
      '/api/v1/auth/logout',
      '/api/v1/auth/me',
      '/api/v1/auth/password',
      '/api/v1/institutions',
      '/api/v1/institutions/{id}',
      '/api/v1/institutions/{id}/units',
      '/api/v1/institutions/{id}/users/import',
      '/api/v1/users',
      '/api/v1/users/{id}',
      '/api/v1/users/{id}/deactivate',
      '/api/v1/audit-events',
      '/health',
      '/health/ready',
      '/metrics',
      '/api/v1/admin/queues/session',
    ]) {
      expect(paths).toContain(path);
    }
    // The queue board is bull-board's page, not an API of ours.
    expect(paths.filter((path) => path.startsWith('/admin/queues'))).toEqual([]);
    expect(Object.keys(res.body.paths['/api/v1/admin/queues/session'])).toEqual(['post', 'delete']);
    expect(res.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(res.body.components.schemas)).toEqual(expect.arrayContaining(['LoginDto', 'TokenResponse', 'CreateUserDto', 'UserView', 'CreateInstitutionDto']));
    expect(res.body.components.schemas.CreateUserDto.required).toEqual(expect.arrayContaining(['email', 'fullName', 'role', 'password']));
    await t.http.get('/api/docs').expect(200).expect('Content-Type', /html/);
  });

  it('health: liveness, and readiness of PostgreSQL and Redis', async () => {
    await t.http.get('/health').expect(200, { status: 'ok' });
    const ready = await t.http.get('/health/ready').expect(200);
    expect(ready.body.details).toMatchObject({ database: { status: 'up' }, queues: { status: 'up' } });
  });
});

describe('readiness with Redis away', () => {
  let t: TestApp;
  beforeAll(async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    t = await TestApp.start({ env: { REDIS_URL: `redis://127.0.0.1:${port}` } });
  });
  afterAll(() => t.close());

  it('answers 503 as a problem naming the failed check, while the API itself keeps serving', async () => {
    const res = await t.http.get('/health/ready').expect(503);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.checks).toMatchObject({ database: { status: 'up' }, queues: { status: 'down' } });
    await t.http.get('/health').expect(200);
    await t.adminToken();
  });
});
