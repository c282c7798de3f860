import { VALID_QUESTIONS } from './support/questions';
import { createUser, inDays, publishLessonCourse } from './support/lesson-courses';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

type World = Awaited<ReturnType<typeof createInstitutionWithPeople>>;

/** GET /enrollments (scope, overdue), the pinned outline, opening lessons, minimum study time and completion. */
describe('enrollments', () => {
  let t: TestApp;
  let admin: string;
  let author: string; // trainer who owns the courses
  let police: World;
  let guard: World;
  let colleague: { id: string; token: string }; // second police officer, same unit
  let lessons: { courseId: string; lessonIds: string[] }; // two lessons, no minimum time, police + guard
  let policeEnrollment: string;
  let colleagueEnrollment: string;
  let guardEnrollment: string;

  const get = (token: string, path: string) => t.http.get(`/api/v1${path}`).set(bearer(token));
  const complete = (token: string, enrollmentId: string, moduleId: string) =>
    t.http.post(`/api/v1/enrollments/${enrollmentId}/modules/${moduleId}/complete`).set(bearer(token));
  const enrollmentOf = async (userId: string, courseId: string): Promise<string> =>
    (await t.dataSource.query(`SELECT id FROM enrollment WHERE user_id = $1 AND course_id = $2`, [userId, courseId]))[0].id;
  const assign = async (courseId: string, target: object, dueAt = inDays(30)) =>
    t.http.post('/api/v1/assignments').set(bearer(admin)).send({ courseId, dueAt, ...target }).expect(201);

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.adminToken();
    police = await createInstitutionWithPeople(t, admin, 'KMP');
    guard = await createInstitutionWithPeople(t, admin, 'SM', 'municipal_guard');
    const colleagueId = await createUser(t, admin, { email: 'kolega@kmp.test', institutionId: police.id, unitId: police.unitId });
    colleague = { id: colleagueId, token: (await t.login('kolega@kmp.test', PASSWORD)).accessToken };
    await createUser(t, admin, { email: 'autor@mosty.test', role: 'trainer' });
    author = (await t.login('autor@mosty.test', PASSWORD)).accessToken;

    lessons = await publishLessonCourse(t, author, { title: 'Dwie lekcje', audience: ['police', 'municipal_guard'], lessons: 2 });
    await assign(lessons.courseId, { institutionId: police.id });
    await assign(lessons.courseId, { institutionId: guard.id });
    policeEnrollment = await enrollmentOf(police.officer.id, lessons.courseId);
    colleagueEnrollment = await enrollmentOf(colleague.id, lessons.courseId);
    guardEnrollment = await enrollmentOf(guard.officer.id, lessons.courseId);
  });
  afterAll(() => t.close());

  describe('GET /enrollments', () => {
    const listed = async (token: string, query = '') =>
      ((await get(token, `/enrollments?limit=100${query}`).expect(200)).body.items as { id: string }[]).map((e) => e.id);

    it('an officer sees their own enrollments, with the fields of the contract', async () => {
      const page = (await get(police.officer.token, '/enrollments').expect(200)).body;
      expect(page).toMatchObject({ page: 1, limit: 20, total: 1 });
      expect(page.items).toEqual([
        expect.objectContaining({
          id: policeEnrollment,
          userId: police.officer.id,
          courseId: lessons.courseId,
          courseVersion: 1,
          courseTitle: { pl: 'Dwie lekcje', en: 'Course' },
          status: 'assigned',
          dueAt: expect.any(String),
          completedAt: null,
          modulesTotal: 2,
          modulesCompleted: 0,
        }),
      ]);
    });

    it("institution admins see their institution's, admins all, trainers those of their own courses", async () => {
      const mine = await listed(police.coordinator.token);
      expect(mine).toEqual(expect.arrayContaining([policeEnrollment, colleagueEnrollment]));
      expect(mine).not.toContain(guardEnrollment);
      expect(await listed(guard.coordinator.token, `&courseId=${lessons.courseId}`)).toEqual([guardEnrollment]);
      expect(await listed(admin)).toEqual(expect.arrayContaining([policeEnrollment, colleagueEnrollment, guardEnrollment]));
      expect(await listed(author)).toEqual(expect.arrayContaining([policeEnrollment, colleagueEnrollment, guardEnrollment]));
      expect(await listed(police.trainer.token)).toEqual([]);
    });

    it('filters by course, user and status; the scope still applies to a filter', async () => {
      expect(await listed(admin, `&userId=${colleague.id}`)).toEqual([colleagueEnrollment]);
      expect(await listed(police.coordinator.token, `&userId=${guard.officer.id}`)).toEqual([]);
      expect(await listed(police.officer.token, `&userId=${colleague.id}`)).toEqual([]);
      expect(await listed(admin, `&courseId=${lessons.courseId}&status=completed`)).not.toContain(policeEnrollment);
      await get(admin, '/enrollments?status=late').expect(400);
      await get(admin, '/enrollments?courseId=nope').expect(400);
    });
  });

  describe('GET /enrollments for coordinators', () => {
    type Item = { id: string; userId: string; officerName?: string; unit?: { id: string; name: string } | null };
    const items = async (token: string, query = '') => (await get(token, `/enrollments?limit=100${query}`).expect(200)).body.items as Item[];

    it("names the officer and their unit for institution admins and admins; trainers get the figures without names", async () => {
      const theirs = (await items(police.coordinator.token, `&courseId=${lessons.courseId}`)).find((e) => e.id === policeEnrollment)!;
      expect(theirs).toMatchObject({ userId: police.officer.id, officerName: 'funkcjonariusz KMP', unit: { id: police.unitId, name: 'Jednostka KMP' } });
      const all = await items(admin, `&courseId=${lessons.courseId}`);
      expect(all.find((e) => e.id === guardEnrollment)).toMatchObject({ officerName: 'funkcjonariusz SM', unit: { id: guard.unitId, name: 'Jednostka SM' } });
      const own = await items(police.officer.token);
      expect(own[0]).toMatchObject({ officerName: 'funkcjonariusz KMP', unit: { id: police.unitId } });
      const authors = await items(author, `&courseId=${lessons.courseId}`);
      expect(authors.length).toBeGreaterThanOrEqual(3);
      for (const e of authors) expect(Object.keys(e)).toEqual(expect.not.arrayContaining(['officerName', 'unit']));
    });

    it('filters by the unit the officers are in now; the scope still applies; a malformed id is a 400', async () => {
      const byUnit = (await items(police.coordinator.token, `&courseId=${lessons.courseId}&unitId=${police.unitId}`)).map((e) => e.id);
      expect(byUnit.sort()).toEqual([policeEnrollment, colleagueEnrollment].sort());
      expect((await items(admin, `&courseId=${lessons.courseId}&unitId=${guard.unitId}`)).map((e) => e.id)).toEqual([guardEnrollment]);
      expect(await items(police.coordinator.token, `&unitId=${guard.unitId}`)).toEqual([]);
      await get(admin, '/enrollments?unitId=nope').expect(400);
    });
  });

  describe('GET /enrollments/:id', () => {
    it('answers the pinned outline with progress: the course title and each module, never lesson text', async () => {
      const res = await get(police.officer.token, `/enrollments/${policeEnrollment}`).expect(200);
      expect(res.body).toMatchObject({ id: policeEnrollment, courseTitle: { pl: 'Dwie lekcje', en: 'Course' }, status: expect.any(String) });
      expect(res.body.modules).toEqual([
        { id: lessons.lessonIds[0], kind: 'lesson', title: { pl: 'Lekcja 1' }, position: 1, status: expect.any(String), startedAt: null, completedAt: null, minStudySeconds: 0 },
        { id: lessons.lessonIds[1], kind: 'lesson', title: { pl: 'Lekcja 2' }, position: 2, status: expect.any(String), startedAt: null, completedAt: null, minStudySeconds: 0 },
      ]);
      expect(JSON.stringify(res.body)).not.toContain('Treść lekcji');
    });

    it("is 404 for another officer's enrollment, another institution's admin and a trainer of other courses", async () => {
      await get(colleague.token, `/enrollments/${policeEnrollment}`).expect(404);
      await get(guard.coordinator.token, `/enrollments/${policeEnrollment}`).expect(404);
      await get(police.trainer.token, `/enrollments/${policeEnrollment}`).expect(404);
      await get(admin, '/enrollments/00000000-0000-4000-8000-000000000000').expect(404);
      await get(police.coordinator.token, `/enrollments/${policeEnrollment}`).expect(200);
      await get(author, `/enrollments/${policeEnrollment}`).expect(200);
      await get(admin, `/enrollments/${guardEnrollment}`).expect(200);
    });

    it('the version an enrollment under way pinned stays, whatever is published later (unless the author moves those under way)', async () => {
      const course = await publishLessonCourse(t, author, { title: 'Wersje', lessons: 1, minStudySeconds: 0 });
      await assign(course.courseId, { userIds: [police.officer.id] });
      const enrollment = await enrollmentOf(police.officer.id, course.courseId);
      await get(police.officer.token, `/enrollments/${enrollment}/modules/${course.lessonIds[0]}`).expect(200);
      await t.http.post(`/api/v1/enrollments/${enrollment}/modules/${course.lessonIds[0]}/complete`).set(bearer(police.officer.token)).expect(200);
      await t.http.post(`/api/v1/courses/${course.courseId}/modules`).set(bearer(author)).send({ kind: 'lesson', title: { pl: 'Nowa' }, body: { pl: 'x' } }).expect(201);
      await t.http.post(`/api/v1/courses/${course.courseId}/publish`).set(bearer(author)).expect(201);
      const res = await get(police.officer.token, `/enrollments/${await enrollmentOf(police.officer.id, course.courseId)}`).expect(200);
      expect(res.body.courseVersion).toBe(1);
      expect(res.body.modules.map((m: { id: string }) => m.id)).toEqual(course.lessonIds);
    });
  });

  describe('overdue', () => {
    it('is derived when read, never stored, and filters like a status', async () => {
      const course = await publishLessonCourse(t, author, { title: 'Zaległy', lessons: 1 });
      await assign(course.courseId, { userIds: [colleague.id] });
      const id = await enrollmentOf(colleague.id, course.courseId);
      const statusOf = async () => (await get(colleague.token, `/enrollments/${id}`).expect(200)).body.status;
      expect(await statusOf()).toBe('assigned');

      await t.dataSource.query(`UPDATE enrollment SET due_at = now() - interval '1 day' WHERE id = $1`, [id]);
      expect(await statusOf()).toBe('overdue');
      const listed = (await get(colleague.token, `/enrollments?courseId=${course.courseId}`).expect(200)).body.items;
      expect(listed.map((e: { status: string }) => e.status)).toEqual(['overdue']);
      expect((await t.dataSource.query(`SELECT status FROM enrollment WHERE id = $1`, [id]))[0].status).toBe('assigned');

      const ids = async (status: string) =>
        (await get(admin, `/enrollments?limit=100&userId=${colleague.id}&status=${status}`).expect(200)).body.items.map((e: { id: string }) => e.id);
      expect(await ids('overdue')).toEqual([id]);
      expect(await ids('assigned')).not.toContain(id);
      expect(await ids('assigned')).toContain(colleagueEnrollment);

      // Opening a lesson makes it in progress, still overdue; completing it ends that.
      await get(colleague.token, `/enrollments/${id}/modules/${course.lessonIds[0]}`).expect(200);
      expect(await statusOf()).toBe('overdue');
      expect(await ids('in_progress')).not.toContain(id);
      await complete(colleague.token, id, course.lessonIds[0]).expect(200);
      expect(await statusOf()).toBe('completed');
      expect(await ids('overdue')).toEqual([]);
    });
  });

  describe('opening a module', () => {
    it("answers a lesson's content to the enrolled officer and marks it and the enrollment started", async () => {
      const course = await publishLessonCourse(t, author, { title: 'Otwieranie', lessons: 2, minStudySeconds: 90 });
      await assign(course.courseId, { userIds: [police.officer.id] });
      const id = await enrollmentOf(police.officer.id, course.courseId);
      const [lesson] = course.lessonIds;

      const res = await get(police.officer.token, `/enrollments/${id}/modules/${lesson}`).expect(200);
      expect(res.body).toMatchObject({
        enrollmentId: id,
        id: lesson,
        kind: 'lesson',
        title: { pl: 'Lekcja 1' },
        position: 1,
        body: { pl: 'Treść lekcji 1' },
        media: [],
        minStudySeconds: 90,
        status: 'in_progress',
        startedAt: expect.any(String),
      });
      expect(new Date(res.body.completableAt).getTime() - new Date(res.body.startedAt).getTime()).toBe(90_000);
      const [progress] = await t.dataSource.query(`SELECT status, started_at FROM module_progress WHERE enrollment_id = $1 AND module_id = $2`, [id, lesson]);
      expect(progress.status).toBe('in_progress');
      const [enrollment] = await t.dataSource.query(`SELECT status, started_at FROM enrollment WHERE id = $1`, [id]);
      expect(enrollment.status).toBe('in_progress');
      expect(enrollment.started_at).not.toBeNull();

      // Opening it again keeps the first opening time.
      await new Promise((r) => setTimeout(r, 20));
      const again = await get(police.officer.token, `/enrollments/${id}/modules/${lesson}`).expect(200);
      expect(again.body.startedAt).toBe(res.body.startedAt);
      const outline = (await get(police.officer.token, `/enrollments/${id}`).expect(200)).body.modules;
      expect(outline.map((m: { status: string }) => m.status)).toEqual(['in_progress', 'not_started']);
    });

    it('is 404 for everyone but the enrolled officer (admins and coordinators included), and for unknown modules', async () => {
      const [lesson] = lessons.lessonIds;
      for (const token of [colleague.token, police.coordinator.token, admin, author, guard.officer.token]) {
        await get(token, `/enrollments/${policeEnrollment}/modules/${lesson}`).expect(404);
        await complete(token, policeEnrollment, lesson).expect(404);
      }
      await get(police.officer.token, `/enrollments/${policeEnrollment}/modules/00000000-0000-4000-8000-000000000000`).expect(404);
      await complete(police.officer.token, policeEnrollment, '00000000-0000-4000-8000-000000000000').expect(404);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM module_progress WHERE enrollment_id = $1`, [policeEnrollment]);
      expect(n).toBe(0);
    });

    it("a quiz answers its public settings only — never its questions — and cannot be completed by hand", async () => {
      const api = (path: string) => t.http.post(`/api/v1${path}`).set(bearer(author));
      const bank = (await api('/question-banks').send({ name: 'Bank quizu' }).expect(201)).body.id;
      const questionIds = [];
      for (const q of [VALID_QUESTIONS.single_choice, VALID_QUESTIONS.short_answer]) questionIds.push((await api(`/question-banks/${bank}/questions`).send(q).expect(201)).body.id);
      const course = (await api('/courses').send({ title: { pl: 'Z testem' }, audience: ['police'] }).expect(201)).body.id;
      const quiz = (
        await api(`/courses/${course}/modules`)
          .send({
            kind: 'quiz',
            title: { pl: 'Test końcowy' },
            quiz: { passMarkPercent: 70, maxAttempts: 2, timeLimitSeconds: 600, shuffleQuestions: true, shuffleOptions: true, reviewPolicy: 'responses', questionIds, draws: [{ bankId: bank, count: 1 }] },
          })
          .expect(201)
      ).body.id;
      await api(`/courses/${course}/publish`).expect(201);
      await assign(course, { userIds: [police.officer.id] });
      const id = await enrollmentOf(police.officer.id, course);

      const res = await get(police.officer.token, `/enrollments/${id}/modules/${quiz}`).expect(200);
      expect(res.body).toMatchObject({ id: quiz, kind: 'quiz', title: { pl: 'Test końcowy' }, status: 'not_started', bestPercent: null });
      expect(res.body.quiz).toEqual({ passMarkPercent: 70, maxAttempts: 2, timeLimitSeconds: 600, reviewPolicy: 'responses', reviewAfter: 'last_attempt_or_pass', questionCount: 3 });
      const text = JSON.stringify(res.body);
      for (const leak of ['questions', 'options', 'weight', 'non-refoulement', 'Jaki jest']) expect(text).not.toContain(leak);
      expect(text).not.toMatch(/\b112\b/); // the numeric answer, as a whole number: a random id may contain the digits

      const refused = await complete(police.officer.token, id, quiz).expect(409);
      expect(refused.body.type).toBe('urn:mosty:problem:not-a-lesson');
    });
  });

  describe('completing a lesson', () => {
    it('waits for the minimum study time: 409 with Retry-After before, 200 after, and again 200', async () => {
      const course = await publishLessonCourse(t, author, { title: 'Minimum', lessons: 2, minStudySeconds: 600 });
      await assign(course.courseId, { userIds: [colleague.id] });
      const id = await enrollmentOf(colleague.id, course.courseId);
      const [lesson] = course.lessonIds;

      const unopened = await complete(colleague.token, id, lesson).expect(409);
      expect(unopened.body).toMatchObject({ type: 'urn:mosty:problem:min-study-time', minStudySeconds: 600 });

      await get(colleague.token, `/enrollments/${id}/modules/${lesson}`).expect(200);
      const early = await complete(colleague.token, id, lesson).expect(409);
      expect(early.body.type).toBe('urn:mosty:problem:min-study-time');
      const wait = Number(early.headers['retry-after']);
      expect(wait).toBeGreaterThan(590);
      expect(wait).toBeLessThanOrEqual(600);
      expect(early.body.retryAfterSeconds).toBe(wait);

      await t.dataSource.query(`UPDATE module_progress SET started_at = started_at - interval '590 seconds' WHERE enrollment_id = $1 AND module_id = $2`, [id, lesson]);
      const almost = await complete(colleague.token, id, lesson).expect(409);
      expect(Number(almost.headers['retry-after'])).toBeLessThanOrEqual(10);

      await t.dataSource.query(`UPDATE module_progress SET started_at = started_at - interval '11 seconds' WHERE enrollment_id = $1 AND module_id = $2`, [id, lesson]);
      const done = await complete(colleague.token, id, lesson).expect(200);
      expect(done.body).toMatchObject({ status: 'completed', enrollmentStatus: 'in_progress' });
      const again = await complete(colleague.token, id, lesson).expect(200);
      expect(again.body.status).toBe('completed');
      const listed = (await get(colleague.token, `/enrollments?courseId=${course.courseId}`).expect(200)).body.items;
      expect(listed).toEqual([expect.objectContaining({ id, modulesTotal: 2, modulesCompleted: 1 })]);
      const [progress] = await t.dataSource.query(`SELECT status, completed_at FROM module_progress WHERE enrollment_id = $1 AND module_id = $2`, [id, lesson]);
      expect(progress.status).toBe('completed');
      expect(progress.completed_at).not.toBeNull();
    });

    it('the last lesson completes the enrollment with exactly one certificate request, even when completed twice at once', async () => {
      const [first, second] = lessons.lessonIds;
      await get(police.officer.token, `/enrollments/${policeEnrollment}/modules/${first}`).expect(200);
      await complete(police.officer.token, policeEnrollment, first).expect(200);
      expect((await get(police.officer.token, `/enrollments/${policeEnrollment}`).expect(200)).body.status).toBe('in_progress');
      await get(police.officer.token, `/enrollments/${policeEnrollment}/modules/${second}`).expect(200);

      const results = await Promise.all(Array.from({ length: 4 }, () => complete(police.officer.token, policeEnrollment, second)));
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      expect(results.map((r) => r.body.enrollmentStatus)).toEqual(['completed', 'completed', 'completed', 'completed']);

      const detail = (await get(police.officer.token, `/enrollments/${policeEnrollment}`).expect(200)).body;
      expect(detail.status).toBe('completed');
      expect(detail.completedAt).not.toBeNull();
      expect(detail.modules.map((m: { status: string }) => m.status)).toEqual(['completed', 'completed']);
      const outbox = await t.dataSource.query(`SELECT job_name, job_id, payload FROM outbox WHERE job_name = 'issue-certificate' AND payload->>'enrollmentId' = $1`, [policeEnrollment]);
      expect(outbox).toHaveLength(1);
      expect(outbox[0].job_id).toBe(`issue-certificate-${policeEnrollment}`);

      // Completing once more changes nothing.
      await complete(police.officer.token, policeEnrollment, first).expect(200);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE job_name = 'issue-certificate' AND payload->>'enrollmentId' = $1`, [policeEnrollment]);
      expect(n).toBe(1);
    });

    it('an expired enrollment refuses changes (409) but its lessons stay readable', async () => {
      const [lesson] = lessons.lessonIds;
      await t.dataSource.query(`UPDATE enrollment SET status = 'expired', expired_at = now() WHERE id = $1`, [guardEnrollment]);
      const res = await complete(guard.officer.token, guardEnrollment, lesson).expect(409);
      expect(res.body.type).toBe('urn:mosty:problem:enrollment-expired');
      const read = await get(guard.officer.token, `/enrollments/${guardEnrollment}/modules/${lesson}`).expect(200);
      expect(read.body.status).toBe('not_started');
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM module_progress WHERE enrollment_id = $1`, [guardEnrollment]);
      expect(n).toBe(0);
      expect((await get(guard.officer.token, `/enrollments/${guardEnrollment}`).expect(200)).body.status).toBe('expired');
    });
  });
});
