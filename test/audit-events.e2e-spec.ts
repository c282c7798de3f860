import { publishCourse, waitForGrading } from './support/courses';
import { VALID_QUESTIONS } from './support/questions';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

type Event = { id: string; actorId: string | null; action: string; entityType: string; entityId: string | null; institutionId: string | null; createdAt: string };

describe('audit log: GET /audit-events', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;
  let trainer: { id: string; token: string };
  let police: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let guard: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let course: Awaited<ReturnType<typeof publishCourse>>;
  let assignmentId: string;
  let attemptId: string;
  let certificateId: string;
  /** Between the world's set-up and the acts under test: a boundary for `from`/`to`. */
  let mark: string;

  const events = (token: string, query: Record<string, string | number> = {}) => t.http.get('/api/v1/audit-events').query(query).set(bearer(token));
  const all = async (token: string, query: Record<string, string | number> = {}): Promise<Event[]> => (await events(token, { limit: 200, ...query }).expect(200)).body.items;
  const until = async <T>(what: string, probe: () => Promise<T | undefined>): Promise<T> => {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    admin = await t.adminToken();
    adminId = (await t.http.get('/api/v1/auth/me').set(bearer(admin)).expect(200)).body.id;
    const created = await t.http.post('/api/v1/users').set(bearer(admin)).send({ email: 'trenerka@mosty.test', fullName: 'Trenerka', role: 'trainer', password: PASSWORD }).expect(201);
    trainer = { id: created.body.id, token: (await t.login('trenerka@mosty.test', PASSWORD)).accessToken };
    police = await createInstitutionWithPeople(t, admin, 'KMP');
    guard = await createInstitutionWithPeople(t, admin, 'SM', 'municipal_guard');
    course = await publishCourse(t, trainer.token, {
      title: 'Z esejem',
      questions: [VALID_QUESTIONS.true_false, VALID_QUESTIONS.essay],
      quiz: { passMarkPercent: 50, reviewPolicy: 'score' },
    });
    await new Promise((r) => setTimeout(r, 50));
    mark = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 50));

    // The acts under test, on the police officer.
    const officer = police.officer;
    const assignment = await t.http
      .post('/api/v1/assignments')
      .set(bearer(police.coordinator.token))
      .send({ courseId: course.courseId, userIds: [officer.id], dueAt: new Date(Date.now() + 7 * 86400_000).toISOString() })
      .expect(201);
    assignmentId = assignment.body.id;
    const [enrollment] = (await t.http.get(`/api/v1/enrollments?courseId=${course.courseId}`).set(bearer(officer.token)).expect(200)).body.items;
    const started = await t.http.post(`/api/v1/enrollments/${enrollment.id}/modules/${course.quizModuleId}/attempts`).set(bearer(officer.token)).expect(201);
    attemptId = started.body.id;
    const answers = [
      { questionId: course.questionIds[0], value: false },
      { questionId: course.questionIds[1], text: 'Moja refleksja o pracy z tłumaczem.' },
    ];
    await t.http.post(`/api/v1/attempts/${attemptId}/submit`).set(bearer(officer.token)).send({ answers }).expect(202);
    expect(await waitForGrading(t, officer.token, attemptId)).toMatchObject({ status: 'needs_review' });
    await t.http.post(`/api/v1/attempts/${attemptId}/grades`).set(bearer(trainer.token)).send({ questionId: course.questionIds[1], points: 4 }).expect(200);
    await t.http.get(`/api/v1/enrollments/${enrollment.id}/modules/${course.lessonIds[0]}`).set(bearer(officer.token)).expect(200);
    await t.http.post(`/api/v1/enrollments/${enrollment.id}/modules/${course.lessonIds[0]}/complete`).set(bearer(officer.token)).expect(200);
    certificateId = await until('the certificate', async () => {
      const items = (await t.http.get('/api/v1/certificates').set(bearer(officer.token)).expect(200)).body.items;
      return items[0]?.id as string | undefined;
    });
    await t.http.post(`/api/v1/certificates/${certificateId}/revoke`).set(bearer(admin)).send({ reason: 'Przypisano omyłkowo.' }).expect(200);
    await t.http
      .post(`/api/v1/courses/${course.courseId}/versions/1/errata`)
      .set(bearer(trainer.token))
      .send({ questionId: course.questionIds[0], question: { ...VALID_QUESTIONS.true_false, correct: true }, reason: 'Błąd w kluczu odpowiedzi.' })
      .expect(201);
    await until('the regrade', async () => ((await all(admin, { action: 'attempt.regraded' })).length ? true : undefined));
    await t.http.patch(`/api/v1/users/${police.trainer.id}`).set(bearer(admin)).send({ role: 'officer', fullName: 'Były trener' }).expect(200);
    await t.http.post(`/api/v1/users/${guard.officer.id}/deactivate`).set(bearer(guard.coordinator.token)).expect(200);
    const roster = 'email;fullName\nnowa.kmp@mosty.test;Nowa Funkcjonariuszka\n';
    await t.http.post(`/api/v1/institutions/${police.id}/users/import`).set(bearer(police.coordinator.token)).type('text/csv').send(roster).expect(200);
  }, 90_000);
  afterAll(() => t.close());

  it('records every act an auditor asks about, with the institution it concerns', async () => {
    const one = async (query: Record<string, string>) => {
      const items = await all(admin, query);
      expect(items).toHaveLength(1);
      return items[0];
    };
    expect(await one({ action: 'assignment.created', entityId: assignmentId })).toMatchObject({ actorId: police.coordinator.id, entityType: 'assignment', institutionId: police.id });
    expect(await one({ action: 'attempt.graded_manually', entityId: attemptId })).toMatchObject({ actorId: trainer.id, institutionId: police.id });
    expect(await one({ action: 'attempt.regraded', entityId: attemptId })).toMatchObject({ actorId: null, institutionId: police.id });
    expect(await one({ action: 'certificate.revoked', entityId: certificateId })).toMatchObject({ actorId: adminId, institutionId: police.id });
    expect(await one({ action: 'user.role_changed', entityId: police.trainer.id })).toMatchObject({ actorId: adminId, before: { role: 'trainer' }, after: { role: 'officer' }, institutionId: police.id });
    expect(await one({ action: 'user.updated', entityId: police.trainer.id })).toMatchObject({ after: expect.objectContaining({ fullName: 'Były trener' }) });
    expect(await one({ action: 'user.deactivated', entityId: guard.officer.id })).toMatchObject({ actorId: guard.coordinator.id, institutionId: guard.id });
    expect(await one({ action: 'user.created', entityId: police.officer.id })).toMatchObject({ actorId: adminId, institutionId: police.id });
    // Users created by a roster import are audited one by one, like POST /users.
    const imported = (await t.dataSource.query(`SELECT id FROM "user" WHERE email = 'nowa.kmp@mosty.test'`))[0].id;
    expect(await one({ action: 'user.created', entityId: imported })).toMatchObject({ actorId: police.coordinator.id, institutionId: police.id, after: { role: 'officer' } });
  });

  it('filters by actor, action, entity and time, and the filters combine', async () => {
    const everything = await all(admin);
    expect(everything.length).toBeGreaterThan(15);

    const byTrainer = await all(admin, { actorId: trainer.id });
    expect(byTrainer.length).toBeGreaterThan(0);
    expect(byTrainer).toEqual(everything.filter((e) => e.actorId === trainer.id));

    const created = await all(admin, { action: 'user.created' });
    expect(created).toEqual(everything.filter((e) => e.action === 'user.created'));

    const certificates = await all(admin, { entityType: 'certificate' });
    expect(certificates.map((e) => e.action).sort()).toEqual(['certificate.issued', 'certificate.revoked']);
    expect(await all(admin, { entityType: 'certificate', entityId: certificateId })).toEqual(certificates);
    expect(await all(admin, { entityType: 'attempt', entityId: attemptId, action: 'attempt.regraded' })).toHaveLength(1);

    const before = await all(admin, { to: mark });
    const after = await all(admin, { from: mark });
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    expect(before.every((e) => e.createdAt < mark) && after.every((e) => e.createdAt >= mark)).toBe(true);
    expect([...after, ...before]).toEqual(everything);
    expect(after.map((e) => e.action)).toContain('assignment.created');
    expect(before.map((e) => e.action)).not.toContain('assignment.created');
    expect(await all(admin, { from: mark, actorId: trainer.id, action: 'course.published' })).toEqual([]);
  });

  it('pages by cursor, newest first, with no repeat and no gap', async () => {
    const everything = await all(admin);
    const seen: Event[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: Record<string, string | number> = cursor ? { limit: 4, cursor } : { limit: 4 };
      const res = await events(admin, query).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(4);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(Math.ceil(everything.length / 4));
    expect(seen.map((e) => e.id)).toEqual(everything.map((e) => e.id));
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    // Newest first: (createdAt, id) never rises.
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1], seen[i]];
      expect(a.createdAt > b.createdAt || (a.createdAt === b.createdAt && BigInt(a.id) > BigInt(b.id))).toBe(true);
    }
    // A filtered list pages the same way, and its last page says so.
    const first = await events(admin, { action: 'user.created', limit: 2 }).expect(200);
    const second = await events(admin, { action: 'user.created', limit: 2, cursor: first.body.nextCursor }).expect(200);
    expect(second.body.items.every((e: Event) => e.action === 'user.created')).toBe(true);
    expect([...first.body.items, ...second.body.items].map((e: Event) => e.id)).toEqual((await all(admin, { action: 'user.created' })).slice(0, 4).map((e) => e.id));
    const last = await events(admin, { action: 'certificate.revoked' }).expect(200);
    expect(last.body.nextCursor).toBeNull();
  });

  it('an institution admin sees their institution only, whatever they filter on', async () => {
    const mine = await all(police.coordinator.token);
    expect(mine.length).toBeGreaterThan(5);
    expect(mine.every((e) => e.institutionId === police.id)).toBe(true);
    expect(mine).toEqual((await all(admin)).filter((e) => e.institutionId === police.id));
    // Another institution's events stay out of reach by its id, its users' ids and its actors.
    expect(await all(police.coordinator.token, { institutionId: guard.id })).toEqual([]);
    expect(await all(police.coordinator.token, { entityId: guard.officer.id })).toEqual([]);
    expect(await all(police.coordinator.token, { actorId: guard.coordinator.id })).toEqual([]);
    expect(await all(police.coordinator.token, { action: 'user.deactivated' })).toEqual([]);
    // Platform-wide events (courses) are the admins' only.
    expect(await all(police.coordinator.token, { entityType: 'course' })).toEqual([]);
    const theirs = await all(guard.coordinator.token);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((e) => e.institutionId === guard.id)).toBe(true);
  });

  it('officers and trainers may not read it', async () => {
    await events(police.officer.token).expect(403);
    await events(guard.trainer.token).expect(403);
    await events(trainer.token).expect(403);
    await t.http.get('/api/v1/audit-events').expect(401);
  });

  it('refuses a bad cursor, date, range or page size with a 400 problem', async () => {
    const bad = async (query: Record<string, string | number>) => {
      const res = await events(admin, query).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      return res.body;
    };
    expect(await bad({ cursor: 'not-a-cursor' })).toMatchObject({ status: 400, type: 'urn:mosty:problem:invalid-cursor' });
    expect(await bad({ cursor: Buffer.from('["yesterday","1"]').toString('base64url') })).toMatchObject({ type: 'urn:mosty:problem:invalid-cursor' });
    expect(await bad({ cursor: Buffer.from('{"id":1}').toString('base64url') })).toMatchObject({ type: 'urn:mosty:problem:invalid-cursor' });
    await bad({ from: 'wczoraj' });
    await bad({ to: '2026-13-45T00:00:00Z' });
    expect(await bad({ from: '2026-12-02T00:00:00Z', to: '2026-12-01T00:00:00Z' })).toMatchObject({ type: 'urn:mosty:problem:invalid-range' });
    await bad({ limit: 201 });
    await bad({ actorId: 'kto' });
    await bad({ page: 2 });
  });
});
