import { ConnectionOptions, Queue, QueueEvents, Worker } from 'bullmq';
import express from 'express';
import { SignJWT } from 'jose';
import { createHmac } from 'node:crypto';
import request from 'supertest';
import { redisOptions } from '../src/jobs/redis-connection';
import { QueueName, QUEUE_NAMES } from '../src/jobs/catalogue';
import { QueueBoard } from '../src/modules/operations/queue-board';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

const PROBLEM = /^application\/problem\+json/;
const SESSION = '/api/v1/admin/queues/session';

describe('queue board at /admin/queues', () => {
  let t: TestApp;
  let admin: string;
  let people: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let failedJobId: string;
  const connection = () => redisOptions(t.config.redisUrl!) as ConnectionOptions;

  /** A fresh admin account, signed in: its token and the board cookie it gets. */
  const newAdmin = async (slug: string) => {
    const email = `${slug}@mosty.test`;
    const { body } = await t.http.post('/api/v1/users').set(bearer(admin)).send({ email, fullName: slug, role: 'admin', password: PASSWORD }).expect(201);
    const token = (await t.login(email, PASSWORD)).accessToken;
    return { id: body.id as string, token, cookie: await boardCookie(token) };
  };
  const boardCookie = async (token: string): Promise<string> => {
    const res = await t.http.post(SESSION).set(bearer(token)).expect(204);
    const [setCookie] = res.headers['set-cookie'] as unknown as string[];
    return setCookie.split(';')[0];
  };
  const board = (path: string, cookie?: string) => {
    const req = t.http.get(`/admin/queues${path}`);
    return cookie ? req.set('Cookie', cookie) : req;
  };
  /** A token signed as the board's but with any key, claims and lifetime. */
  const signed = (key: Uint8Array, claims: { sub: string; sid: string; role?: string }, options: { audience?: string; expires?: string | number } = {}) =>
    new SignJWT({ sid: claims.sid, role: claims.role ?? 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub)
      .setIssuer('mosty')
      .setAudience(options.audience ?? 'mosty-queue-board')
      .setIssuedAt()
      .setExpirationTime(options.expires ?? '15m')
      .sign(key);
  const boardKey = () => createHmac('sha256', t.config.jwtSecret).update('mosty queue board cookie').digest();
  const claimsOf = (cookie: string) => JSON.parse(Buffer.from(cookie.split('=')[1].split('.')[1], 'base64url').toString()) as { sub: string; sid: string };

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.adminToken();
    people = await createInstitutionWithPeople(t, admin, 'KQ');
    // One failed job, to try the board's retry and clean on.
    const queue = new Queue(QueueName.Grading, { connection: connection(), prefix: t.config.queuePrefix });
    const events = new QueueEvents(QueueName.Grading, { connection: connection(), prefix: t.config.queuePrefix });
    await events.waitUntilReady();
    const failed = new Promise<void>((resolve) => events.once('failed', () => resolve()));
    const worker = new Worker(QueueName.Grading, async () => Promise.reject(new Error('fails on purpose')), { connection: connection(), prefix: t.config.queuePrefix });
    failedJobId = (await queue.add('grade-attempt', { attemptId: 'x' }, { jobId: 'grade-attempt-board-test', attempts: 1 })).id!;
    await failed;
    await worker.close();
    await events.close();
    await queue.close();
  }, 30_000);
  afterAll(() => t?.close());

  it('refuses every path of the board without a cookie or token (401 problem)', async () => {
    for (const path of ['', '/', '/api/queues', '/queue/grading', '/static/favicon-32x32.png', '/no-such-file.js']) {
      const res = await board(path).expect(401);
      expect(res.headers['content-type']).toMatch(PROBLEM);
    }
  });

  it('gives the cookie to admins only: other roles get 403 on the session route and cannot open the board with their token', async () => {
    for (const person of [people.officer, people.trainer, people.coordinator]) {
      const res = await t.http.post(SESSION).set(bearer(person.token)).expect(403);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.headers['set-cookie']).toBeUndefined();
      await board('/api/queues').set(bearer(person.token)).expect(403);
    }
    await t.http.post(SESSION).expect(401);
  });

  it('sets an HttpOnly, SameSite=Strict cookie on /admin/queues, living no longer than an access token', async () => {
    const res = await t.http.post(SESSION).set(bearer(admin)).expect(204);
    const [setCookie] = res.headers['set-cookie'] as unknown as string[];
    expect(setCookie).toMatch(/^mosty_queues=[\w-]+\.[\w-]+\.[\w-]+;/);
    expect(setCookie).toContain('Path=/admin/queues');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).not.toContain('Secure'); // PUBLIC_BASE_URL is http here
    expect(Number(/Max-Age=(\d+)/.exec(setCookie)?.[1])).toBeLessThanOrEqual(t.config.accessTokenTtlSeconds);
    const cookie = setCookie.split(';')[0];
    const { exp, iat } = JSON.parse(Buffer.from(cookie.split('.')[1], 'base64url').toString());
    expect(exp - iat).toBeLessThanOrEqual(t.config.accessTokenTtlSeconds);
  });

  it('with the cookie: the page, its static files and its JSON API listing every Mosty queue', async () => {
    const cookie = await boardCookie(admin);
    const page = await board('', cookie).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<title>Mosty queues</title>');
    expect(page.text).toContain('<base href="/admin/queues/"');
    expect(page.headers['x-powered-by']).toBeUndefined();
    // helmet's policy, unrelaxed: the board's scripts are its own files (see the browser test).
    expect(page.headers['content-security-policy']).toContain("script-src 'self';");
    const script = /src="(static\/js\/main\.[^"]+\.js)"/.exec(page.text)![1];
    const asset = await board(`/${script}`, cookie).expect(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    await board(`/${script}`).expect(401);
    const api = await board('/api/queues', cookie).expect(200);
    expect(api.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([...QUEUE_NAMES].sort());
    expect(api.body.queues.every((q: { readOnlyMode: boolean }) => q.readOnlyMode)).toBe(true);
    // An admin's bearer token opens it too (for scripts).
    await board('/api/queues').set(bearer(admin)).expect(200);
    // Paths the board does not know are problems, not the board's HTML.
    expect((await board('/static/no-such-file.js', cookie).expect(404)).headers['content-type']).toMatch(PROBLEM);
  });

  it('is read-only: the board actions are refused and the failed job stays failed', async () => {
    const cookie = await boardCookie(admin);
    // Every action bull-board has, with a body it would accept.
    const actions: [string, string, object?][] = [
      ['put', '/api/queues/pause'],
      ['put', '/api/queues/grading/retry/failed'],
      ['put', '/api/queues/grading/clean/failed'],
      ['put', '/api/queues/grading/promote'],
      ['put', '/api/queues/grading/pause'],
      ['put', '/api/queues/grading/concurrency', { concurrency: 2 }],
      ['put', '/api/queues/grading/empty'],
      ['put', '/api/queues/grading/obliterate'],
      ['post', '/api/queues/grading/add', { name: 'grade-attempt', data: {} }],
      ['put', `/api/queues/grading/${failedJobId}/retry`],
      ['put', `/api/queues/grading/${failedJobId}/clean`],
      ['put', `/api/queues/grading/${failedJobId}/promote`],
      ['patch', `/api/queues/grading/${failedJobId}/update-data`, { jobData: { attemptId: 'y' } }],
    ];
    for (const [method, path, body] of actions) {
      const res = await t.http[method as 'put'](`/admin/queues${path}`).set('Cookie', cookie).send(body ?? {});
      expect([404, 405]).toContain(res.status);
    }
    // Behind the routing, bull-board's own read-only mode refuses the same actions.
    const direct = express().use((req, res, next) => t.app.get(QueueBoard).handle(req, res).catch(next));
    for (const [method, path, body] of actions.filter(([, p]) => p.startsWith('/api/queues/grading/'))) {
      const res = await request(direct)[method as 'put'](`/admin/queues${path}`).send(body ?? {});
      expect({ path, status: res.status }).toEqual({ path, status: 405 });
    }
    const job = await board(`/api/queues/grading/${failedJobId}`, cookie).expect(200);
    expect(job.body.job.id).toBe(failedJobId);
    expect(job.body.status).toBe('failed');
    expect(job.body.job.data).toEqual({ attemptId: 'x' });
    const counts = await board('/api/queues', cookie).expect(200);
    expect(counts.body.queues.find((q: { name: string }) => q.name === 'grading').counts).toMatchObject({ failed: 1, waiting: 0 });
  });

  it('a cookie stops working once its session is logged out', async () => {
    const other = await newAdmin('admin-logout');
    await board('/api/queues', other.cookie).expect(200);
    await t.http.post('/api/v1/auth/logout').set(bearer(other.token)).expect(204);
    expect((await board('/api/queues', other.cookie).expect(401)).headers['content-type']).toMatch(PROBLEM);
    await board('', other.cookie).expect(401);
  });

  it('a cookie stops working when its user is deactivated or no longer an admin, even while the session is open', async () => {
    const deactivated = await newAdmin('admin-deactivated');
    await t.dataSource.query(`UPDATE "user" SET active = false WHERE id = $1`, [deactivated.id]);
    await board('/api/queues', deactivated.cookie).expect(401);

    const demoted = await newAdmin('admin-demoted');
    await board('/api/queues', demoted.cookie).expect(200);
    await t.dataSource.query(`UPDATE "user" SET role = 'trainer' WHERE id = $1`, [demoted.id]);
    await board('/api/queues', demoted.cookie).expect(401);
    await board('/api/queues').set(bearer(demoted.token)).expect(403);

    // And through the API, which also ends the sessions.
    const viaApi = await newAdmin('admin-demoted-api');
    await t.http.patch(`/api/v1/users/${viaApi.id}`).set(bearer(admin)).send({ role: 'trainer' }).expect(200);
    await board('/api/queues', viaApi.cookie).expect(401);
  });

  it('refuses forged, expired, malformed and access-token cookies', async () => {
    const cookie = await boardCookie(admin);
    const claims = claimsOf(cookie);
    const forged = [
      await signed(new TextEncoder().encode(t.config.jwtSecret), claims), // the access-token key
      await signed(new TextEncoder().encode('x'.repeat(48)), claims),
      await signed(boardKey(), claims, { expires: Math.floor(Date.now() / 1000) - 5 }),
      await signed(boardKey(), claims, { audience: 'mosty-api' }),
      admin, // an access token is not a board token
      `${cookie.split('=')[1].slice(0, -2)}AA`,
      'not-a-token',
      `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify({ ...claims, aud: 'mosty-queue-board', iss: 'mosty', exp: 9e9 })).toString('base64url')}.`,
    ];
    for (const value of forged) {
      const res = await board('/api/queues', `mosty_queues=${value}`).expect(401);
      expect(res.headers['content-type']).toMatch(PROBLEM);
    }
    // The real key, a valid shape: accepted (so the refusals above are about what was changed).
    await board('/api/queues', `mosty_queues=${await signed(boardKey(), claims)}`).expect(200);
  });

  it('the board cookie is no access token, neither on /api/v1 nor as a bearer token on the board', async () => {
    const value = (await boardCookie(admin)).split('=')[1];
    for (const path of ['/api/v1/auth/me', '/api/v1/users', '/api/v1/audit-events']) {
      await t.http.get(path).set(bearer(value)).expect(401);
    }
    await board('/api/queues').set(bearer(value)).expect(401);
  });

  it('DELETE clears the cookie on its path', async () => {
    const res = await t.http.delete(SESSION).set(bearer(admin)).expect(204);
    const [setCookie] = res.headers['set-cookie'] as unknown as string[];
    expect(setCookie).toMatch(/^mosty_queues=;/);
    expect(setCookie).toContain('Path=/admin/queues');
    expect(setCookie).toContain('Expires=Thu, 01 Jan 1970');
  });
});

describe('queue board cookie behind https', () => {
  it('is Secure when PUBLIC_BASE_URL is https', async () => {
    const t = await TestApp.start({ env: { PUBLIC_BASE_URL: 'https://mosty.example.org' } });
    try {
      const res = await t.http.post(SESSION).set(bearer(await t.adminToken())).expect(204);
      expect((res.headers['set-cookie'] as unknown as string[])[0]).toMatch(/; Secure/);
    } finally {
      await t.close();
    }
  });
});
