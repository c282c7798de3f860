import { createUser, enrollmentRows, inDays, publishLessonCourse } from './support/lesson-courses';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

type World = Awaited<ReturnType<typeof createInstitutionWithPeople>>;

/** POST/GET /assignments: targets, scope, audience, idempotency (repeats, races, Idempotency-Key) and later joiners. */
describe('assignments', () => {
  let t: TestApp;
  let admin: string;
  let author: { id: string; token: string }; // trainer who owns the courses
  let police: World;
  let guard: World;
  let policeUnit2: string;
  let courseId: string; // published, audience police

  const assign = (token: string, body: object, key?: string) => {
    const req = t.http.post('/api/v1/assignments').set(bearer(token));
    if (key !== undefined) req.set('Idempotency-Key', key);
    return req.send(body);
  };
  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(sql, params))[0].n as number;
  const enrollmentsOf = (userId: string, course: string) =>
    count(`SELECT count(*)::int AS n FROM enrollment WHERE user_id = $1 AND course_id = $2`, [userId, course]);

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.adminToken();
    police = await createInstitutionWithPeople(t, admin, 'KMP');
    guard = await createInstitutionWithPeople(t, admin, 'SM', 'municipal_guard');
    policeUnit2 = (await t.http.post(`/api/v1/institutions/${police.id}/units`).set(bearer(admin)).send({ name: 'KP II', code: 'KMP-U2' }).expect(201)).body.id;
    const authorId = await createUser(t, admin, { email: 'autorka@mosty.test', role: 'trainer' });
    author = { id: authorId, token: (await t.login('autorka@mosty.test', PASSWORD)).accessToken };
    courseId = (await publishLessonCourse(t, author.token, { title: 'Komunikacja', audience: ['police'] })).courseId;
  });
  afterAll(() => t.close());

  describe('targets', () => {
    it('assigns to a list of users: one enrollment each, pinned to the current version, with the due date, audited', async () => {
      const { courseId: course } = await publishLessonCourse(t, author.token, { audience: ['police', 'municipal_guard'] });
      await t.http.post(`/api/v1/courses/${course}/publish`).set(bearer(author.token)).expect(201); // version 2
      const dueAt = inDays(30);
      const res = await assign(admin, { courseId: course, dueAt, userIds: [police.officer.id, guard.officer.id] }).expect(201);
      expect(res.body).toMatchObject({ id: expect.any(String), enrollmentsCreated: 2, courseId: course, courseVersion: 2, target: 'users', institutionId: null });

      const rows = await enrollmentRows(t, course);
      expect(rows.map((r) => r.user_id).sort()).toEqual([police.officer.id, guard.officer.id].sort());
      for (const row of rows) {
        expect(row).toMatchObject({ course_version: 2, assignment_id: res.body.id, status: 'assigned' });
        expect(new Date(row.due_at).toISOString()).toBe(dueAt);
      }
      expect(rows.find((r) => r.user_id === guard.officer.id)!.institution_id).toBe(guard.id);
      expect(rows.find((r) => r.user_id === police.officer.id)!.institution_id).toBe(police.id);

      const audit = await t.dataSource.query(`SELECT actor_id, after FROM audit_event WHERE action = 'assignment.created' AND entity_id = $1`, [res.body.id]);
      expect(audit).toHaveLength(1);
      expect(audit[0].after).toMatchObject({ courseId: course, courseVersion: 2, target: 'users', enrollmentsCreated: 2 });
    });

    it('assigns to a unit: its active officers only, not its coordinator or trainer, nor officers of other units', async () => {
      const { courseId: course } = await publishLessonCourse(t, author.token);
      const other = await createUser(t, admin, { email: 'inny.komisariat@kmp.test', institutionId: police.id, unitId: policeUnit2 });
      const asleep = await createUser(t, admin, { email: 'nieaktywny@kmp.test', institutionId: police.id, unitId: police.unitId });
      await t.http.post(`/api/v1/users/${asleep}/deactivate`).set(bearer(admin)).expect(200);

      const res = await assign(police.coordinator.token, { courseId: course, dueAt: inDays(14), unitId: police.unitId }).expect(201);
      expect(res.body).toMatchObject({ enrollmentsCreated: 1, target: 'unit', unitId: police.unitId, institutionId: police.id });
      expect((await enrollmentRows(t, course)).map((r) => r.user_id)).toEqual([police.officer.id]);
      expect(await enrollmentsOf(other, course)).toBe(0);
    });

    it('assigns to a whole institution: every active officer in it', async () => {
      const { courseId: course } = await publishLessonCourse(t, author.token);
      const officers: string[] = await t.dataSource
        .query(`SELECT id FROM "user" WHERE institution_id = $1 AND role = 'officer' AND active ORDER BY id`, [police.id])
        .then((rows: { id: string }[]) => rows.map((r) => r.id));
      expect(officers.length).toBeGreaterThanOrEqual(2);
      const res = await assign(admin, { courseId: course, dueAt: inDays(14), institutionId: police.id }).expect(201);
      expect(res.body).toMatchObject({ enrollmentsCreated: officers.length, target: 'institution', institutionId: police.id, unitId: null });
      expect((await enrollmentRows(t, course)).map((r) => r.user_id)).toEqual(officers);
    });

    it('assigning again creates no enrollment', async () => {
      const { courseId: course } = await publishLessonCourse(t, author.token);
      expect((await assign(admin, { courseId: course, dueAt: inDays(10), unitId: police.unitId }).expect(201)).body.enrollmentsCreated).toBe(1);
      expect((await assign(admin, { courseId: course, dueAt: inDays(20), unitId: police.unitId }).expect(201)).body.enrollmentsCreated).toBe(0);
      expect((await assign(admin, { courseId: course, dueAt: inDays(20), userIds: [police.officer.id] }).expect(201)).body.enrollmentsCreated).toBe(0);
      expect(await enrollmentsOf(police.officer.id, course)).toBe(1);
    });

    it('five identical assignments at once still give each officer one enrollment', async () => {
      const { courseId: course } = await publishLessonCourse(t, author.token);
      const body = { courseId: course, dueAt: inDays(10), institutionId: police.id };
      const results = await Promise.all(Array.from({ length: 5 }, () => assign(admin, body)));
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      const rows = await enrollmentRows(t, course);
      const officers = await count(`SELECT count(*)::int AS n FROM "user" WHERE institution_id = $1 AND role = 'officer' AND active`, [police.id]);
      expect(rows).toHaveLength(officers);
      expect(new Set(rows.map((r) => r.user_id)).size).toBe(officers);
      expect(results.reduce((sum, r) => sum + r.body.enrollmentsCreated, 0)).toBe(officers);
    });

    it('needs exactly one target, a future date-time and known ids (400)', async () => {
      const cases: object[] = [
        { courseId, dueAt: inDays(5) },
        { courseId, dueAt: inDays(5), unitId: police.unitId, institutionId: police.id },
        { courseId, dueAt: inDays(5), userIds: [police.officer.id], unitId: police.unitId },
        { courseId, dueAt: inDays(5), userIds: [] },
        { courseId, dueAt: inDays(5), userIds: ['not-a-uuid'] },
        { courseId, dueAt: inDays(-1), unitId: police.unitId },
        { courseId, dueAt: '2099-12-31', unitId: police.unitId },
        { courseId, dueAt: 'jutro', unitId: police.unitId },
        { courseId, unitId: police.unitId },
        { courseId, dueAt: inDays(5), unitId: police.unitId, extra: true },
      ];
      for (const body of cases) {
        const res = await assign(admin, body);
        expect([res.status, res.body.type]).toEqual([400, 'urn:mosty:problem:validation']);
      }
      const past = await assign(admin, { courseId, dueAt: inDays(-1), unitId: police.unitId });
      expect(past.body.errors).toEqual([{ field: 'dueAt', messages: ['dueAt must be in the future'] }]);
      await assign(admin, { courseId: '00000000-0000-4000-8000-000000000000', dueAt: inDays(5), unitId: police.unitId }).expect(404);
      await assign(admin, { courseId, dueAt: inDays(5), unitId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    });

    it('names a unit or an institution by its code too, letter case aside: a unit code within the caller\'s institution, or beside institutionCode', async () => {
      const byUnit = await publishLessonCourse(t, author.token, { audience: ['police', 'municipal_guard'] });
      const res = await assign(police.coordinator.token, { courseId: byUnit.courseId, dueAt: inDays(14), unitCode: 'kmp-u1' }).expect(201);
      expect(res.body).toMatchObject({ enrollmentsCreated: 1, target: 'unit', unitId: police.unitId, institutionId: police.id });
      expect((await enrollmentRows(t, byUnit.courseId)).map((r) => r.user_id)).toEqual([police.officer.id]);
      const other = await assign(admin, { courseId: byUnit.courseId, dueAt: inDays(14), unitCode: 'SM-U1', institutionCode: 'sm' }).expect(201);
      expect(other.body).toMatchObject({ enrollmentsCreated: 1, target: 'unit', unitId: guard.unitId, institutionId: guard.id });

      const byInstitution = await publishLessonCourse(t, author.token);
      const whole = await assign(admin, { courseId: byInstitution.courseId, dueAt: inDays(14), institutionCode: 'KMP' }).expect(201);
      expect(whole.body).toMatchObject({ target: 'institution', institutionId: police.id, unitId: null });
      expect(whole.body.enrollmentsCreated).toBeGreaterThanOrEqual(2);
    });

    it('a code that names nothing the caller reaches is a 422 naming the field; a malformed or second target a 400; nothing is created', async () => {
      const { courseId: course } = await publishLessonCourse(t, author.token, { audience: ['police', 'municipal_guard'] });
      const unknown: [string, object, string][] = [
        [admin, { institutionCode: 'NIE-MA' }, 'institutionCode'],
        [admin, { unitCode: 'NIE-MA', institutionCode: 'KMP' }, 'unitCode'],
        [admin, { unitCode: 'KMP-U1', institutionCode: 'NIE-MA' }, 'institutionCode'],
        [police.coordinator.token, { unitCode: 'NIE-MA' }, 'unitCode'],
        // Another institution's unit and the institution itself are as unknown to a coordinator as a code nobody has.
        [police.coordinator.token, { unitCode: 'SM-U1' }, 'unitCode'],
        [police.coordinator.token, { institutionCode: 'SM' }, 'institutionCode'],
        [police.coordinator.token, { unitCode: 'SM-U1', institutionCode: 'SM' }, 'institutionCode'],
      ];
      for (const [token, target, field] of unknown) {
        const res = await assign(token, { courseId: course, dueAt: inDays(5), ...target });
        expect([res.status, res.body.type, res.body.field]).toEqual([422, 'urn:mosty:problem:unknown-target-code', field]);
        expect(res.body.detail).toContain((target as Record<string, string>)[field]);
        expect(JSON.stringify(res.body)).not.toContain('Instytucja SM');
      }
      const invalid: object[] = [
        { unitCode: 'KMP U1' },
        { institutionCode: '' },
        { unitCode: 'KMP-U1', unitId: police.unitId },
        { institutionCode: 'KMP', institutionId: police.id },
        { institutionCode: 'KMP', userIds: [police.officer.id] },
        { unitCode: 'KMP-U1', institutionCode: 'KMP', institutionId: police.id },
      ];
      for (const target of invalid) {
        const res = await assign(admin, { courseId: course, dueAt: inDays(5), ...target });
        expect([res.status, res.body.type]).toEqual([400, 'urn:mosty:problem:validation']);
      }
      // An admin belongs to no institution: a unit code alone does not say whose unit it is.
      const bare = await assign(admin, { courseId: course, dueAt: inDays(5), unitCode: 'KMP-U1' }).expect(400);
      expect(bare.body.errors).toEqual([{ field: 'institutionCode', messages: ["give institutionCode: the unit's institution"] }]);
      expect(await count(`SELECT count(*)::int AS n FROM assignment WHERE course_id = $1`, [course])).toBe(0);
    });

    it('refuses people who take no courses: trainers, coordinators and deactivated officers (422, naming them)', async () => {
      const res = await assign(admin, { courseId, dueAt: inDays(5), userIds: [police.officer.id, police.trainer.id] }).expect(422);
      expect(res.body).toMatchObject({ type: 'urn:mosty:problem:not-assignable', people: [{ userId: police.trainer.id, reason: expect.stringContaining('trainer') }] });
    });
  });

  describe('which courses', () => {
    it('refuses a draft (409 course-not-published) and an archived course (409 course-archived)', async () => {
      const draft = await publishLessonCourse(t, author.token, { publish: false });
      const res = await assign(admin, { courseId: draft.courseId, dueAt: inDays(5), unitId: police.unitId }).expect(409);
      expect(res.body.type).toBe('urn:mosty:problem:course-not-published');

      const old = await publishLessonCourse(t, author.token);
      await t.http.post(`/api/v1/courses/${old.courseId}/archive`).set(bearer(author.token)).expect(200);
      const archived = await assign(admin, { courseId: old.courseId, dueAt: inDays(5), unitId: police.unitId }).expect(409);
      expect(archived.body.type).toBe('urn:mosty:problem:course-archived');
      expect(await count(`SELECT count(*)::int AS n FROM enrollment WHERE course_id IN ($1, $2)`, [draft.courseId, old.courseId])).toBe(0);
      expect(await count(`SELECT count(*)::int AS n FROM assignment WHERE course_id IN ($1, $2)`, [draft.courseId, old.courseId])).toBe(0);
    });

    it("refuses targets outside the course's audience (422 naming who and why)", async () => {
      const guardsOnly = await publishLessonCourse(t, author.token, { audience: ['municipal_guard'] });
      const own = await assign(police.coordinator.token, { courseId: guardsOnly.courseId, dueAt: inDays(5), institutionId: police.id }).expect(422);
      expect(own.body).toMatchObject({ type: 'urn:mosty:problem:audience-mismatch', audience: ['municipal_guard'], institution: { id: police.id, type: 'police' } });

      const mixed = await assign(admin, { courseId: guardsOnly.courseId, dueAt: inDays(5), userIds: [guard.officer.id, police.officer.id] }).expect(422);
      expect(mixed.body.people).toEqual([{ userId: police.officer.id, fullName: expect.any(String), institutionType: 'police' }]);
      expect(mixed.body.detail).toContain('police');
      expect(await count(`SELECT count(*)::int AS n FROM enrollment WHERE course_id = $1`, [guardsOnly.courseId])).toBe(0);
    });
  });

  describe('who may assign', () => {
    it('officers and trainers may not (403, a problem saying coordinators assign); nothing is created', async () => {
      for (const token of [police.officer.token, police.trainer.token, author.token]) {
        const res = await assign(token, { courseId, dueAt: inDays(5), unitId: police.unitId }).expect(403);
        expect(res.body).toMatchObject({ type: 'urn:mosty:problem:assign-by-coordinators', status: 403, detail: expect.stringContaining('coordinators') });
      }
      // Before the body is read: a trainer's malformed request is refused the same way.
      expect((await assign(author.token, { courseId: 'nope' }).expect(403)).body.type).toBe('urn:mosty:problem:assign-by-coordinators');
      expect(await count(`SELECT count(*)::int AS n FROM assignment WHERE course_id = $1`, [courseId])).toBe(0);
    });

    it("an institution admin cannot reach another institution's unit, institution or people (404)", async () => {
      const mixed = await publishLessonCourse(t, author.token, { audience: ['police', 'municipal_guard'] });
      for (const target of [{ unitId: guard.unitId }, { institutionId: guard.id }, { userIds: [guard.officer.id] }, { userIds: [police.officer.id, guard.officer.id] }]) {
        const res = await assign(police.coordinator.token, { courseId: mixed.courseId, dueAt: inDays(5), ...target });
        expect(res.status).toBe(404);
        expect(JSON.stringify(res.body)).not.toContain('Instytucja SM');
      }
      expect(await count(`SELECT count(*)::int AS n FROM enrollment WHERE course_id = $1`, [mixed.courseId])).toBe(0);
      // …while their own unit works, and an admin may assign anywhere.
      await assign(police.coordinator.token, { courseId: mixed.courseId, dueAt: inDays(5), userIds: [police.officer.id] }).expect(201);
      await assign(admin, { courseId: mixed.courseId, dueAt: inDays(5), unitId: guard.unitId }).expect(201);
      expect(await enrollmentsOf(guard.officer.id, mixed.courseId)).toBe(1);
    });
  });

  describe('Idempotency-Key', () => {
    it('a retry with the same key and body replays the first answer and creates nothing', async () => {
      const { courseId: course } = await publishLessonCourse(t, author.token);
      const body = { courseId: course, dueAt: inDays(7), unitId: police.unitId };
      const first = await assign(police.coordinator.token, body, 'assign-7f3a-0001').expect(201);
      expect(first.body.enrollmentsCreated).toBe(1);
      expect(first.headers['idempotent-replayed']).toBe('false');

      const again = await assign(police.coordinator.token, { unitId: police.unitId, dueAt: body.dueAt, courseId: course }, 'assign-7f3a-0001').expect(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      expect(again.text).toBe(first.text);
      expect(await count(`SELECT count(*)::int AS n FROM assignment WHERE course_id = $1`, [course])).toBe(1);
      expect(await count(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'assignment.created' AND entity_id = $1`, [first.body.id])).toBe(1);

      // Without the key, the same request runs again (a new assignment that enrolls nobody new).
      const fresh = await assign(police.coordinator.token, body).expect(201);
      expect(fresh.body.id).not.toBe(first.body.id);
      expect(fresh.headers['idempotent-replayed']).toBeUndefined();
    });

    it('the same key with another body is a 422; keys are per caller', async () => {
      const { courseId: course } = await publishLessonCourse(t, author.token);
      await assign(admin, { courseId: course, dueAt: inDays(7), unitId: police.unitId }, 'klucz-1').expect(201);
      const reused = await assign(admin, { courseId: course, dueAt: inDays(8), unitId: police.unitId }, 'klucz-1').expect(422);
      expect(reused.body.type).toBe('urn:mosty:problem:idempotency-key-reused');
      expect(await count(`SELECT count(*)::int AS n FROM assignment WHERE course_id = $1`, [course])).toBe(1);
      // Another caller's identical key is theirs alone.
      const other = await assign(police.coordinator.token, { courseId: course, dueAt: inDays(8), unitId: police.unitId }, 'klucz-1').expect(201);
      expect(other.headers['idempotent-replayed']).toBe('false');
    });

    it('duplicates sent at once: one runs, the others wait for it and get its answer', async () => {
      const { courseId: course } = await publishLessonCourse(t, author.token);
      const body = { courseId: course, dueAt: inDays(7), unitId: police.unitId };
      const all = await Promise.all(Array.from({ length: 5 }, () => assign(admin, body, 'rownolegle')));
      expect(all.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      expect(all.map((r) => r.headers['idempotent-replayed']).sort()).toEqual(['false', 'true', 'true', 'true', 'true']);
      expect(new Set(all.map((r) => r.text)).size).toBe(1);
      expect(await count(`SELECT count(*)::int AS n FROM assignment WHERE course_id = $1`, [course])).toBe(1);
      expect(await count(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'assignment.created' AND entity_id = $1`, [all[0].body.id])).toBe(1);
    });

    it('the effects and the stored answer commit together: when the answer cannot be stored, nothing the request did is kept', async () => {
      const { courseId: course } = await publishLessonCourse(t, author.token);
      await t.dataSource.query(`
        CREATE FUNCTION refuse_key() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.key = 'awaria' AND NEW.status_code BETWEEN 200 AND 299 THEN RAISE EXCEPTION 'storage of the answer failed'; END IF; RETURN NEW; END $$;
        CREATE TRIGGER refuse_key BEFORE INSERT OR UPDATE ON idempotency_key FOR EACH ROW EXECUTE FUNCTION refuse_key();`);
      try {
        const failed = await assign(admin, { courseId: course, dueAt: inDays(7), unitId: police.unitId }, 'awaria');
        expect(failed.status).toBe(500);
        expect(await count(`SELECT count(*)::int AS n FROM assignment WHERE course_id = $1`, [course])).toBe(0);
        expect(await count(`SELECT count(*)::int AS n FROM enrollment WHERE course_id = $1`, [course])).toBe(0);
      } finally {
        await t.dataSource.query(`DROP TRIGGER refuse_key ON idempotency_key; DROP FUNCTION refuse_key();`);
      }
      // The key is still free: the retry runs and is stored.
      const retried = await assign(admin, { courseId: course, dueAt: inDays(7), unitId: police.unitId }, 'awaria').expect(201);
      expect(retried.headers['idempotent-replayed']).toBe('false');
      expect(retried.body.enrollmentsCreated).toBe(1);
    });

    it('a request that fails stores nothing under its key, so the corrected request may use it', async () => {
      const guardsOnly = await publishLessonCourse(t, author.token, { audience: ['municipal_guard'] });
      await assign(admin, { courseId: guardsOnly.courseId, dueAt: inDays(7), unitId: police.unitId }, 'popraw-mnie').expect(422);
      const fixed = await assign(admin, { courseId: guardsOnly.courseId, dueAt: inDays(7), unitId: guard.unitId }, 'popraw-mnie').expect(201);
      expect(fixed.body.enrollmentsCreated).toBe(1);
    });

    it('an old key (over 24 h) may be used afresh', async () => {
      const { courseId: course } = await publishLessonCourse(t, author.token);
      const adminId = (await t.http.get('/api/v1/auth/me').set(bearer(admin)).expect(200)).body.id;
      await assign(admin, { courseId: course, dueAt: inDays(7), unitId: police.unitId }, 'stary').expect(201);
      await t.dataSource.query(`UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE actor_id = $1 AND key = 'stary'`, [adminId]);
      const res = await assign(admin, { courseId: course, dueAt: inDays(9), unitId: policeUnit2 }, 'stary').expect(201);
      expect(res.headers['idempotent-replayed']).toBe('false');
    });

    it('refuses malformed keys (400)', async () => {
      for (const key of ['', 'z odstępem', 'x'.repeat(201), 'zażółć']) {
        const res = await t.http
          .post('/api/v1/assignments')
          .set(bearer(admin))
          .set('Idempotency-Key', Buffer.from(key, 'utf8').toString('latin1'))
          .send({ courseId, dueAt: inDays(7), unitId: police.unitId });
        expect([key, res.status, res.body.type]).toEqual([key, 400, 'urn:mosty:problem:invalid-idempotency-key']);
      }
      expect(await count(`SELECT count(*)::int AS n FROM assignment WHERE course_id = $1`, [courseId])).toBe(0);
    });
  });

  describe('GET /assignments', () => {
    let policeAssignment: string;
    let guardAssignment: string;
    let otherCourse: string;

    beforeAll(async () => {
      const mixed = await publishLessonCourse(t, author.token, { audience: ['police', 'municipal_guard'] });
      otherCourse = (await publishLessonCourse(t, police.trainer.token, { audience: ['police'] })).courseId;
      policeAssignment = (await assign(police.coordinator.token, { courseId: mixed.courseId, dueAt: inDays(5), unitId: police.unitId }).expect(201)).body.id;
      guardAssignment = (await assign(guard.coordinator.token, { courseId: mixed.courseId, dueAt: inDays(5), unitId: guard.unitId }).expect(201)).body.id;
      await assign(admin, { courseId: otherCourse, dueAt: inDays(5), institutionId: police.id }).expect(201);
    });

    const ids = async (token: string, query = '') =>
      (await t.http.get(`/api/v1/assignments?limit=100${query}`).set(bearer(token)).expect(200)).body.items.map((a: { id: string }) => a.id);

    it('admins see all, institution admins their own institution only', async () => {
      expect(await ids(admin)).toEqual(expect.arrayContaining([policeAssignment, guardAssignment]));
      const mine = await ids(police.coordinator.token);
      expect(mine).toContain(policeAssignment);
      expect(mine).not.toContain(guardAssignment);
      const theirs = (await t.http.get('/api/v1/assignments?limit=100').set(bearer(guard.coordinator.token)).expect(200)).body.items;
      expect(theirs.map((a: { id: string }) => a.id)).toContain(guardAssignment);
      expect(new Set(theirs.map((a: { institutionId: string }) => a.institutionId))).toEqual(new Set([guard.id]));
    });

    it("trainers see the assignments of the courses they author; officers are refused", async () => {
      const authored = await ids(author.token);
      expect(authored).toEqual(expect.arrayContaining([policeAssignment, guardAssignment]));
      const page = (await t.http.get(`/api/v1/assignments?limit=100`).set(bearer(police.trainer.token)).expect(200)).body;
      expect(page.items.map((a: { courseId: string }) => a.courseId)).toEqual([otherCourse]);
      await t.http.get('/api/v1/assignments').set(bearer(police.officer.token)).expect(403);
    });

    it('filters by course and pages', async () => {
      const page = (await t.http.get(`/api/v1/assignments?courseId=${otherCourse}`).set(bearer(admin)).expect(200)).body;
      expect(page).toMatchObject({ page: 1, limit: 20, total: 1 });
      expect(page.items[0]).toMatchObject({ courseId: otherCourse, target: 'institution', institutionId: police.id, dueAt: expect.any(String) });
      await t.http.get('/api/v1/assignments?limit=101').set(bearer(admin)).expect(400);
    });
  });

  describe('later joiners', () => {
    let course: string;
    let institutionCourse: string;
    let unit: string;

    beforeAll(async () => {
      course = (await publishLessonCourse(t, author.token, { title: 'Standing unit' })).courseId;
      institutionCourse = (await publishLessonCourse(t, author.token, { title: 'Standing institution', audience: ['police', 'municipal_guard'] })).courseId;
      unit = (await t.http.post(`/api/v1/institutions/${police.id}/units`).set(bearer(admin)).send({ name: 'KP III', code: 'KMP-U3' }).expect(201)).body.id;
      await assign(police.coordinator.token, { courseId: course, dueAt: inDays(30), unitId: unit }).expect(201);
      await assign(admin, { courseId: institutionCourse, dueAt: inDays(60), institutionId: guard.id }).expect(201);
    });

    it('a new officer of the unit is enrolled when created; a new trainer or an officer of another unit is not', async () => {
      const joiner = await createUser(t, admin, { email: 'nowy.w.kp3@kmp.test', institutionId: police.id, unitId: unit });
      const elsewhere = await createUser(t, admin, { email: 'nowy.w.kp2@kmp.test', institutionId: police.id, unitId: policeUnit2 });
      const trainer = await createUser(t, admin, { email: 'trener.kp3@kmp.test', role: 'trainer', institutionId: police.id, unitId: unit });
      const [row] = (await enrollmentRows(t, course)).filter((r) => r.user_id === joiner);
      expect(row).toMatchObject({ status: 'assigned', course_version: 1, institution_id: police.id });
      expect(await enrollmentsOf(elsewhere, course)).toBe(0);
      expect(await enrollmentsOf(trainer, course)).toBe(0);
    });

    it('an officer moved into the unit is enrolled; one reactivated in it is too', async () => {
      const mover = await createUser(t, admin, { email: 'przeniesiony@kmp.test', institutionId: police.id, unitId: policeUnit2 });
      expect(await enrollmentsOf(mover, course)).toBe(0);
      await t.http.patch(`/api/v1/users/${mover}`).set(bearer(police.coordinator.token)).send({ unitId: unit }).expect(200);
      expect(await enrollmentsOf(mover, course)).toBe(1);

      const sleeper = await createUser(t, admin, { email: 'uspiony@kmp.test', institutionId: police.id, unitId: policeUnit2 });
      await t.http.post(`/api/v1/users/${sleeper}/deactivate`).set(bearer(admin)).expect(200);
      await t.http.patch(`/api/v1/users/${sleeper}`).set(bearer(admin)).send({ unitId: unit }).expect(200);
      expect(await enrollmentsOf(sleeper, course)).toBe(0);
      await t.http.post(`/api/v1/users/${sleeper}/reactivate`).set(bearer(admin)).expect(200);
      expect(await enrollmentsOf(sleeper, course)).toBe(1);
    });

    it('officers created by a roster import into the institution are enrolled in its standing assignment', async () => {
      const csv = ['email;fullName;unitCode;role', 'import.jeden@sm.test;Import Jeden;;officer', `import.dwa@sm.test;Import Dwa;SM-U1;`, 'import.trzy@sm.test;Import Trzy;;institution_admin'].join('\n');
      const res = await t.http.post(`/api/v1/institutions/${guard.id}/users/import`).set(bearer(admin)).type('text/csv').send(csv).expect(200);
      expect(res.body).toMatchObject({ created: 3, errors: [] });
      const ids = await t.dataSource.query(`SELECT id, email FROM "user" WHERE email LIKE 'import.%@sm.test'`);
      const idOf = (email: string) => ids.find((u: { email: string }) => u.email === email).id;
      expect(await enrollmentsOf(idOf('import.jeden@sm.test'), institutionCourse)).toBe(1);
      expect(await enrollmentsOf(idOf('import.dwa@sm.test'), institutionCourse)).toBe(1);
      expect(await enrollmentsOf(idOf('import.trzy@sm.test'), institutionCourse)).toBe(0);
      // …and the standing unit assignment of the police reaches nobody of the guard.
      expect(await enrollmentsOf(idOf('import.jeden@sm.test'), course)).toBe(0);
    });

    it('a roster import that moves an officer into the unit enrolls them', async () => {
      const mover = await createUser(t, admin, { email: 'roster.przeniesiony@kmp.test', institutionId: police.id, unitId: policeUnit2 });
      expect(await enrollmentsOf(mover, course)).toBe(0);
      const csv = ['email;fullName;unitCode', 'roster.przeniesiony@kmp.test;Roster Przeniesiony;KMP-U3'].join('\n');
      const res = await t.http.post(`/api/v1/institutions/${police.id}/users/import`).set(bearer(police.coordinator.token)).type('text/csv').send(csv).expect(200);
      expect(res.body).toMatchObject({ updated: 1, errors: [] });
      expect(await enrollmentsOf(mover, course)).toBe(1);
    });

    it('a joiner after the due date gets as long as the assignment originally gave', async () => {
      const late = (await publishLessonCourse(t, author.token, { title: 'Late' })).courseId;
      const res = await assign(admin, { courseId: late, dueAt: inDays(10), unitId: unit }).expect(201);
      await t.dataSource.query(`UPDATE assignment SET created_at = now() - interval '20 days', due_at = now() - interval '10 days' WHERE id = $1`, [res.body.id]);
      const joiner = await createUser(t, admin, { email: 'spozniony@kmp.test', institutionId: police.id, unitId: unit });
      const [row] = (await enrollmentRows(t, late)).filter((r) => r.user_id === joiner);
      const days = (new Date(row.due_at).getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(9.9);
      expect(days).toBeLessThan(10.1);
    });
  });
});
