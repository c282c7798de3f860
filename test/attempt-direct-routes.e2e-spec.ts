import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApiApp } from '../src/app.factory';
import { AttemptsService } from '../src/modules/attempts/attempts.service';
import { JwtAuthGuard } from '../src/modules/auth/guards';
import { enroll, publishCourse } from './support/courses';
import { VALID_QUESTIONS } from './support/questions';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople } from './support/world';
import { attemptWrites, countAttemptWrites, countOutboxWrites, outboxWrites } from './support/write-counts';

const METRICS_TOKEN = 'metrics-token-for-the-direct-routes-test-0123456789';
type Answer = { status: number; type: string | undefined; replayed: string | undefined; retryAfter: string | undefined; body: string };
type Side = { http: () => ReturnType<typeof request>; token: string; enrollmentId: string; attemptId?: string; questions?: { id: string; type: string; options?: { id: string }[] }[] };

/** An answer with everything that differs between two officers' attempts (ids, times, request ids) blanked out. */
function comparable(res: request.Response): Answer {
  const body = (res.text ?? '')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>');
  return { status: res.status, type: res.headers['content-type'], replayed: res.headers['idempotent-replayed'], retryAfter: res.headers['retry-after'], body };
}

/**
 * The attempt's hot routes are answered by AttemptDirectRoutes outside Nest's pipeline
 * (DIRECT_ROUTES, on by default). Two APIs on one database — one with them, one without — get
 * the same requests from two officers in the same situation, and must answer alike: status,
 * content type, replay headers and body (ids and times aside), for every refusal as for success.
 */
describe('the attempt routes answered outside Nest (DIRECT_ROUTES)', () => {
  let t: TestApp;
  let nest: INestApplication;
  let direct: Side;
  let viaNest: Side;
  let quizModuleId: string;
  let courseId: string;
  let admin: string;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true, env: { METRICS_TOKEN } });
    nest = await createApiApp({ ...t.config, directRoutes: false });
    admin = await t.adminToken();
    const a = await createInstitutionWithPeople(t, admin, 'DRA');
    const b = await createInstitutionWithPeople(t, admin, 'DRB');
    const types = ['single_choice', 'true_false', 'numeric', 'matching', 'essay'] as const;
    const course = await publishCourse(t, a.trainer.token, { questions: types.map((type) => VALID_QUESTIONS[type]), quiz: { maxAttempts: 1 } });
    quizModuleId = course.quizModuleId;
    courseId = course.courseId;
    const [ea, eb] = await enroll(t, admin, course.courseId, [a.officer.id, b.officer.id]);
    direct = { http: () => t.http, token: a.officer.token, enrollmentId: ea };
    viaNest = { http: () => request(nest.getHttpServer()), token: b.officer.token, enrollmentId: eb };
  }, 60_000);
  afterAll(async () => {
    await nest?.close();
    await t?.close();
  });

  /** Sends one request, built from each side's own ids, to both APIs; expects the same answer, and returns it. */
  async function both(build: (side: Side, other: Side) => request.Test): Promise<Answer> {
    const [a, b] = [comparable(await build(direct, viaNest)), comparable(await build(viaNest, direct))];
    expect(a).toEqual(b);
    return a;
  }
  const startPath = (s: Side) => `/api/v1/enrollments/${s.enrollmentId}/modules/${quizModuleId}/attempts`;
  const answersPath = (s: Side) => `/api/v1/attempts/${s.attemptId}/answers`;
  const submitPath = (s: Side) => `/api/v1/attempts/${s.attemptId}/submit`;
  const question = (s: Side, type: string) => s.questions!.find((q) => q.type === type)!;

  it('refuses a request without a valid session alike', async () => {
    expect((await both((s) => s.http().post(startPath(s)))).status).toBe(401);
    expect((await both((s) => s.http().post(startPath(s)).set(bearer(`${s.token}x`)))).status).toBe(401);
    expect((await both((s) => s.http().post(startPath(s)).set('Authorization', s.token))).status).toBe(401);
    expect((await both((s) => s.http().put(`/api/v1/attempts/not-a-uuid/answers`).send({ answers: [] }))).status).toBe(401);
  });

  it('starts an attempt alike, and refuses a second one and bad ids alike', async () => {
    for (const side of [direct, viaNest]) {
      const res = await side.http().post(startPath(side)).set(bearer(side.token)).expect(201);
      expect(res.headers['x-request-id']).toBeTruthy();
      expect(res.headers['content-security-policy']).toBeTruthy();
      side.attemptId = res.body.id;
      side.questions = res.body.questions;
    }
    expect(Object.keys((await direct.http().get(`/api/v1/attempts/${direct.attemptId}`).set(bearer(direct.token))).body).sort()).toEqual(
      Object.keys((await viaNest.http().get(`/api/v1/attempts/${viaNest.attemptId}`).set(bearer(viaNest.token))).body).sort(),
    );
    expect((await both((s) => s.http().post(startPath(s)).set(bearer(s.token)))).body).toContain('attempt-open');
    expect((await both((s) => s.http().post(`/api/v1/enrollments/nope/modules/${quizModuleId}/attempts`).set(bearer(s.token)))).status).toBe(400);
    expect((await both((s) => s.http().post(`/api/v1/enrollments/%E0%A4%A/modules/${quizModuleId}/attempts`).set(bearer(s.token)))).status).toBe(400);
    expect((await both((s, other) => s.http().post(startPath(other)).set(bearer(s.token)))).status).toBe(404);
  });

  it('saves answers alike, and refuses each kind of bad body alike', async () => {
    const put = (s: Side, body: unknown) => s.http().put(answersPath(s)).set(bearer(s.token)).send(body as object);
    const good = (s: Side) => [
      { questionId: question(s, 'true_false').id, value: true },
      { questionId: question(s, 'single_choice').id, optionIds: [question(s, 'single_choice').options![0].id] },
    ];
    expect(await both((s) => put(s, { answers: good(s) }))).toMatchObject({ status: 200 });
    expect(await both((s) => s.http().put(`${answersPath(s)}/`).set(bearer(s.token)).send({ answers: good(s) }))).toMatchObject({ status: 200 });
    const refused = [
      (s: Side) => put(s, { answers: good(s), extra: 1 }),
      (s: Side) => put(s, { answers: 'all' }),
      (s: Side) => put(s, {}),
      (s: Side) => put(s, { answers: [{ questionId: 'nope', value: true }] }),
      (s: Side) => put(s, { answers: [{ questionId: question(s, 'numeric').id, value: '112' }] }),
      (s: Side) => put(s, { answers: [{ questionId: question(s, 'numeric').id, value: 1, colour: 'red' }] }),
      (s: Side) => put(s, { answers: [{ questionId: question(s, 'matching').id, pairs: [{ leftId: 'a' }] }] }),
      (s: Side) => put(s, { answers: [{ questionId: question(s, 'essay').id, text: 'x'.repeat(20_001) }] }),
      (s: Side) => put(s, { answers: [...good(s), good(s)[0]] }),
      (s: Side) => put(s, { answers: [{ questionId: question(s, 'single_choice').id, optionIds: ['no-such-option'] }] }),
      (s: Side) => put(s, { answers: [{ questionId: '00000000-0000-4000-8000-000000000000', value: true }] }),
      (s: Side) => put(s, { answers: [{ questionId: question(s, 'true_false').id, optionIds: null }] }),
      (s: Side) => put(s, { answers: [{ questionId: question(s, 'true_false').id, value: true, text: 'Ü\u0000' }] }),
      (s: Side) => s.http().put(answersPath(s)).set(bearer(s.token)).set('Content-Type', 'application/json').send('{"answers": ['),
      (s: Side) => s.http().put(answersPath(s)).set(bearer(s.token)).set('Content-Type', 'text/plain').send('answers'),
      (s: Side, o: Side) => s.http().put(answersPath(o)).set(bearer(s.token)).send({ answers: [] }),
      (s: Side) => s.http().put('/api/v1/attempts/nope/answers').set(bearer(s.token)).send({ answers: [] }),
    ];
    const statuses = [];
    for (const send of refused) statuses.push((await both(send)).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400, 400, 400, 422, 422, 422, 422, 400, 400, 400, 404, 400]);
  });

  it('submits alike, with and without an Idempotency-Key, and refuses what follows alike', async () => {
    const submit = (s: Side) => s.http().post(submitPath(s)).set(bearer(s.token));
    const last = (s: Side) => ({ answers: [{ questionId: question(s, 'numeric').id, value: 112 }] });
    expect((await both((s) => submit(s).set('Idempotency-Key', 'spaces are not allowed').send({ answers: 'x' }))).body).toContain('invalid-idempotency-key');
    expect((await both((s) => submit(s).set('Idempotency-Key', 'k-1').send({ answers: 'x' }))).status).toBe(400);
    // The direct route stores the key in the submit's own statement: one round trip, not a transaction of four.
    const oneStatement = jest.spyOn(AttemptsService.prototype, 'submittedUnderKey');
    expect(await both((s) => submit(s).set('Idempotency-Key', 'k-1').send(last(s)))).toMatchObject({ status: 202, replayed: 'false' });
    expect(oneStatement).toHaveBeenCalledTimes(1);
    await expect(oneStatement.mock.results[0].value).resolves.toBe(true);
    oneStatement.mockRestore();
    const stored = async (s: Side) =>
      (await t.dataSource.query(`SELECT route, status_code, response FROM idempotency_key WHERE key = 'k-1' AND actor_id = (SELECT user_id FROM attempt WHERE id = $1)`, [s.attemptId]))
        .map((row: { route: string; status_code: number; response: string }) => ({ ...row, route: row.route.replace(s.attemptId!, '<id>'), response: row.response.replace(s.attemptId!, '<id>') }));
    expect(await stored(direct)).toEqual(await stored(viaNest));
    expect(await stored(direct)).toEqual([{ route: 'POST /api/v1/attempts/<id>/submit', status_code: 202, response: '{"id":"<id>","status":"submitted"}' }]);
    expect(await both((s) => submit(s).set('Idempotency-Key', 'k-1').send(last(s)))).toMatchObject({ status: 202, replayed: 'true' });
    expect((await both((s) => submit(s).set('Idempotency-Key', 'k-1').send({}))).body).toContain('idempotency-key-reused');
    // A repeated submit names the attempt's state: wait until the worker has graded both (the essay leaves them needing review).
    for (let graded = 0; graded < 2; await new Promise((r) => setTimeout(r, 50))) {
      [{ graded }] = await t.dataSource.query(`SELECT count(*)::int AS graded FROM attempt WHERE id = ANY($1) AND status = 'needs_review'`, [[direct.attemptId, viaNest.attemptId]]);
    }
    expect(await both((s) => submit(s).send({}))).toMatchObject({ status: 202 });
    expect((await both((s) => s.http().put(answersPath(s)).set(bearer(s.token)).send(last(s)))).body).toContain('attempt-submitted');
    expect((await both((s) => s.http().post(startPath(s)).set(bearer(s.token)))).body).toContain('no-attempts-left');
  });

  it('keyed submits with answers sent at once: one submits and stores its answer, the others replay it; other keys find it submitted', async () => {
    await countAttemptWrites(t.dataSource);
    await countOutboxWrites(t.dataSource);
    const c = await createInstitutionWithPeople(t, admin, 'DRC');
    const [enrollmentId] = await enroll(t, admin, courseId, [c.officer.id]);
    const started = await t.http.post(`/api/v1/enrollments/${enrollmentId}/modules/${quizModuleId}/attempts`).set(bearer(c.officer.token)).expect(201);
    const numeric = started.body.questions.find((q: { type: string }) => q.type === 'numeric').id;
    const send = (key: string) =>
      t.http.post(`/api/v1/attempts/${started.body.id}/submit`).set(bearer(c.officer.token)).set('Idempotency-Key', key).send({ answers: [{ questionId: numeric, value: 112 }] });
    const same = await Promise.all(Array.from({ length: 5 }, () => send('same-key')));
    expect(same.map((r) => r.status)).toEqual([202, 202, 202, 202, 202]);
    expect(same.map((r) => r.headers['idempotent-replayed']).sort()).toEqual(['false', 'true', 'true', 'true', 'true']);
    for (const r of same) expect(r.body).toEqual({ id: started.body.id, status: 'submitted' });
    const others = await Promise.all(Array.from({ length: 3 }, (_, i) => send(`other-${i}`)));
    expect(others.map((r) => [r.status, r.headers['idempotent-replayed']])).toEqual([[202, 'false'], [202, 'false'], [202, 'false']]);
    expect((await attemptWrites(t.dataSource, 'submit')).get(started.body.id)).toBe(1);
    expect((await outboxWrites(t.dataSource)).get(`grade-attempt-${started.body.id}`)).toBe(1);
    const [row] = await t.dataSource.query(`SELECT answers ? $2 AS answered FROM attempt WHERE id = $1`, [started.body.id, numeric]);
    expect(row.answered).toBe(true);
  });

  it('answers them outside Nest in the default setup, and labels their metrics by route as Nest does', async () => {
    // Nest's pipeline runs its global guard on every route; the direct routes never do.
    const guard = jest.spyOn(JwtAuthGuard.prototype, 'canActivate');
    const body = { answers: [] };
    await direct.http().put(answersPath(direct)).set(bearer(direct.token)).send(body);
    expect(guard).not.toHaveBeenCalled();
    await viaNest.http().put(answersPath(viaNest)).set(bearer(viaNest.token)).send(body);
    expect(guard).toHaveBeenCalledTimes(1);
    guard.mockRestore();
    const metrics = (await t.http.get('/metrics').set(bearer(METRICS_TOKEN)).expect(200)).text;
    for (const route of ['/api/v1/enrollments/:id/modules/:moduleId/attempts', '/api/v1/attempts/:id/answers', '/api/v1/attempts/:id/submit']) {
      expect(metrics).toContain(`route="${route}"`);
    }
  });
});
