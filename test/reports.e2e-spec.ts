import { bearer, TestApp } from './support/test-app';
import { buildReportWorld, ReportWorld } from './support/report-world';

/** The institution reports against the hand-counted world of support/report-world.ts. */
describe('institution reports', () => {
  let t: TestApp;
  let w: ReportWorld;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    w = await buildReportWorld(t);
  }, 120_000);
  afterAll(() => t?.close());

  const get = (token: string, path: string, status = 200) =>
    t.http.get(`/api/v1/reports/institutions/${path}`).set(bearer(token)).expect(status).then((r) => r.body);
  const byId = <T extends Record<string, unknown>>(rows: T[], key: string, id: string) => rows.find((r) => r[key] === id);

  describe('completion', () => {
    it('counts every course and unit of the institution, overdue derived from the due date', async () => {
      const body = await get(w.a.coordinator.token, `${w.a.id}/completion`);
      expect(body.byCourse).toHaveLength(3);
      expect(byId(body.byCourse, 'courseId', w.c1.courseId)).toEqual({
        courseId: w.c1.courseId,
        courseTitle: { pl: 'Komunikacja z cudzoziemcami', en: 'Course' },
        assigned: 4,
        completed: 1,
        inProgress: 1,
        notStarted: 1,
        overdue: 1,
        expired: 0,
        completionRate: 0.25,
        averageBestScore: 62.5,
      });
      expect(byId(body.byCourse, 'courseId', w.c2.courseId)).toMatchObject({ assigned: 3, completed: 1, inProgress: 0, notStarted: 0, overdue: 1, expired: 1, completionRate: 0.3333, averageBestScore: null });
      expect(byId(body.byCourse, 'courseId', w.c3.courseId)).toMatchObject({ assigned: 1, completed: 1, completionRate: 1, averageBestScore: 80 });
      expect(body.byUnit).toHaveLength(2);
      expect(byId(body.byUnit, 'unitId', w.u1)).toEqual({
        unitId: w.u1,
        unitName: 'Jednostka RPA',
        assigned: 4,
        completed: 2,
        inProgress: 0,
        notStarted: 0,
        overdue: 1,
        expired: 1,
        completionRate: 0.5,
        averageBestScore: 100,
      });
      expect(byId(body.byUnit, 'unitId', w.u2)).toMatchObject({ unitName: 'Komisariat Nowa Huta', assigned: 4, completed: 1, inProgress: 1, notStarted: 1, overdue: 1, completionRate: 0.25, averageBestScore: 52.5 });
      // The worst completion first within each grouping.
      expect(body.byCourse.map((r: { courseId: string }) => r.courseId)).toEqual([w.c1.courseId, w.c2.courseId, w.c3.courseId]);
    });

    it('filters by course, unit, due and assignment dates', async () => {
      const c1 = await get(w.a.coordinator.token, `${w.a.id}/completion?courseId=${w.c1.courseId}`);
      expect(c1.byCourse).toHaveLength(1);
      expect(c1.byUnit.map((u: { assigned: number }) => u.assigned)).toEqual([2, 2]);
      const u2 = await get(w.a.coordinator.token, `${w.a.id}/completion?unitId=${w.u2}`);
      expect(u2.byUnit).toHaveLength(1);
      expect(byId(u2.byCourse, 'courseId', w.c1.courseId)).toMatchObject({ assigned: 2, inProgress: 1, notStarted: 1 });
      expect(byId(u2.byCourse, 'courseId', w.c3.courseId)).toMatchObject({ assigned: 1, completed: 1 });
      const now = new Date().toISOString();
      const pastDue = await get(w.a.coordinator.token, `${w.a.id}/completion?dueTo=${now}`);
      expect(pastDue.byCourse.map((r: { courseId: string; assigned: number }) => [r.courseId, r.assigned]).sort()).toEqual(
        [[w.c1.courseId, 1], [w.c2.courseId, 3]].sort(),
      );
      const futureDue = await get(w.a.coordinator.token, `${w.a.id}/completion?dueFrom=${now}`);
      expect(byId(futureDue.byCourse, 'courseId', w.c1.courseId)).toMatchObject({ assigned: 3, overdue: 0 });
      const early = new Date(Date.now() - 100 * 86_400_000).toISOString();
      const longAgo = await get(w.a.coordinator.token, `${w.a.id}/completion?assignedTo=${early}`);
      expect(longAgo.byCourse).toEqual([expect.objectContaining({ courseId: w.c3.courseId, assigned: 1 })]);
      const recent = await get(w.a.coordinator.token, `${w.a.id}/completion?assignedFrom=${early}`);
      expect(recent.byCourse.map((r: { courseId: string }) => r.courseId).sort()).toEqual([w.c1.courseId, w.c2.courseId].sort());
    });

    it('gives a trainer the figures of their own courses only, in any institution', async () => {
      const own = await get(w.a.trainer.token, `${w.a.id}/completion`);
      expect(own.byCourse.map((r: { courseId: string }) => r.courseId).sort()).toEqual([w.c1.courseId, w.c2.courseId].sort());
      expect(byId(own.byUnit, 'unitId', w.u2)).toMatchObject({ assigned: 3, completed: 0, overdue: 1, averageBestScore: 25 });
      const other = await get(w.b.trainer.token, `${w.a.id}/completion`);
      expect(other.byCourse).toEqual([expect.objectContaining({ courseId: w.c3.courseId, assigned: 1 })]);
      // Institution B: T's C1 has B's one officer.
      const inB = await get(w.a.trainer.token, `${w.b.id}/completion`);
      expect(inB.byCourse).toEqual([expect.objectContaining({ courseId: w.c1.courseId, assigned: 1, notStarted: 1 })]);
    });
  });

  it("counts an officer who moves to another unit in the new unit's figures", async () => {
    const admin = w.admin;
    await t.http.patch(`/api/v1/users/${w.o3.id}`).set(bearer(admin)).send({ unitId: w.u2 }).expect(200);
    try {
      const body = await get(w.a.coordinator.token, `${w.a.id}/completion`);
      expect(byId(body.byUnit, 'unitId', w.u1)).toMatchObject({ assigned: 2, completed: 2 });
      expect(byId(body.byUnit, 'unitId', w.u2)).toMatchObject({ assigned: 6, overdue: 2, expired: 1 });
    } finally {
      await t.http.patch(`/api/v1/users/${w.o3.id}`).set(bearer(admin)).send({ unitId: w.u1 }).expect(200);
    }
  });

  describe('overdue', () => {
    it('lists who is late, by how many days, latest first; pages and filters', async () => {
      const body = await get(w.a.coordinator.token, `${w.a.id}/overdue`);
      expect(body.total).toBe(2);
      expect(body.items).toEqual([
        expect.objectContaining({ userId: w.o3.id, fullName: 'Jan Nowak', email: w.o3.email, unitId: w.u1, unitName: 'Jednostka RPA', courseId: w.c1.courseId, daysLate: 10, status: 'assigned' }),
        expect.objectContaining({ userId: w.o2.id, fullName: 'Grażyna Kowalska', unitId: w.u2, courseId: w.c2.courseId, daysLate: 3, status: 'in_progress' }),
      ]);
      expect(body.items[0].courseTitle.pl).toBe('Komunikacja z cudzoziemcami');
      const ascending = await get(w.a.coordinator.token, `${w.a.id}/overdue?sort=daysLate`);
      expect(ascending.items.map((r: { daysLate: number }) => r.daysLate)).toEqual([3, 10]);
      const page2 = await get(w.a.coordinator.token, `${w.a.id}/overdue?limit=1&page=2`);
      expect(page2).toMatchObject({ total: 2, page: 2, limit: 1, items: [expect.objectContaining({ userId: w.o2.id })] });
      const beyond = await get(w.a.coordinator.token, `${w.a.id}/overdue?limit=1&page=5`);
      expect(beyond).toMatchObject({ total: 2, items: [] });
      const unit = await get(w.a.coordinator.token, `${w.a.id}/overdue?unitId=${w.u2}`);
      expect(unit.items.map((r: { userId: string }) => r.userId)).toEqual([w.o2.id]);
      const course = await get(w.admin, `${w.a.id}/overdue?courseId=${w.c1.courseId}`);
      expect(course.items.map((r: { userId: string }) => r.userId)).toEqual([w.o3.id]);
    });

    it('matches GET /enrollments?status=overdue', async () => {
      const enrollments = await t.http.get(`/api/v1/enrollments?status=overdue&limit=100`).set(bearer(w.a.coordinator.token)).expect(200);
      const report = await get(w.a.coordinator.token, `${w.a.id}/overdue`);
      expect(report.items.map((r: { enrollmentId: string }) => r.enrollmentId).sort()).toEqual(enrollments.body.items.map((e: { id: string }) => e.id).sort());
    });
  });

  describe('certificates', () => {
    it('lists the certificates lapsing within the window, soonest first, never revoked ones', async () => {
      const body = await get(w.a.coordinator.token, `${w.a.id}/certificates?expiringWithinDays=60`);
      expect(body.total).toBe(1);
      expect(body.items).toEqual([
        expect.objectContaining({ userId: w.o1.id, fullName: 'Łukasz Żółć', email: w.o1.email, courseId: w.c2.courseId, number: 'MOS-TEST-1', status: 'valid', daysLeft: 19 }),
      ]);
      expect(body.items[0].issuedAt).toBeDefined();
      expect(body.items[0].expiresAt).toBeDefined();
      const wider = await get(w.a.coordinator.token, `${w.a.id}/certificates?expiringWithinDays=120`);
      expect(wider.items.map((r: { number: string }) => r.number)).toEqual(['MOS-TEST-1', 'MOS-TEST-2']);
      const withExpired = await get(w.a.coordinator.token, `${w.a.id}/certificates?expiringWithinDays=60&includeExpired=true`);
      expect(withExpired.items.map((r: { number: string; status: string }) => [r.number, r.status])).toEqual([
        ['MOS-TEST-3', 'expired'],
        ['MOS-TEST-1', 'valid'],
      ]);
      // o1's real certificate for C1 runs 24 months.
      const all = await get(w.a.coordinator.token, `${w.a.id}/certificates?expiringWithinDays=800&includeExpired=true`);
      expect(all.total).toBe(4);
      expect(all.items.map((r: { number: string }) => r.number)).not.toContain('MOS-TEST-4');
    });
  });

  describe('competencies', () => {
    it('gives per tag and unit the questions answered, score share and pass share, weakest first', async () => {
      const body = await get(w.a.coordinator.token, `${w.a.id}/competencies`);
      expect(body.items).toEqual([
        { tag: 'komunikacja', unitId: w.u2, unitName: 'Komisariat Nowa Huta', questionsAnswered: 2, averageScoreShare: 0.3333, passShare: 0.5 },
        { tag: 'prawa-czlowieka', unitId: w.u2, unitName: 'Komisariat Nowa Huta', questionsAnswered: 2, averageScoreShare: 0.5, passShare: 0.5 },
        { tag: 'komunikacja', unitId: w.u1, unitName: 'Jednostka RPA', questionsAnswered: 2, averageScoreShare: 1, passShare: 1 },
        { tag: 'prawa-czlowieka', unitId: w.u1, unitName: 'Jednostka RPA', questionsAnswered: 2, averageScoreShare: 1, passShare: 1 },
      ]);
      const unit = await get(w.a.coordinator.token, `${w.a.id}/competencies?unitId=${w.u1}`);
      expect(unit.items).toHaveLength(2);
      const course = await get(w.a.coordinator.token, `${w.a.id}/competencies?courseId=${w.c2.courseId}`);
      expect(course.items).toEqual([]);
    });

    it('follows a grade changed by hand, in the same transaction', async () => {
      const q1 = w.c1.questionIds[0];
      await t.http.post(`/api/v1/attempts/${w.attempts.o1}/grades`).set(bearer(w.a.trainer.token)).send({ questionId: q1, points: 1 }).expect(200);
      const body = await get(w.a.coordinator.token, `${w.a.id}/competencies?unitId=${w.u1}`);
      // o1's q1 (2 points) now scores 1: komunikacja 2 of 3 points, and half the points still passes.
      expect(body.items[0]).toMatchObject({ tag: 'komunikacja', questionsAnswered: 2, averageScoreShare: 0.6667, passShare: 1 });
      await t.http.post(`/api/v1/attempts/${w.attempts.o1}/grades`).set(bearer(w.a.trainer.token)).send({ questionId: q1, points: 0 }).expect(200);
      const after = await get(w.a.coordinator.token, `${w.a.id}/competencies?unitId=${w.u1}`);
      expect(after.items[0]).toMatchObject({ tag: 'komunikacja', questionsAnswered: 2, averageScoreShare: 0.3333, passShare: 0.5 });
    });

    it('follows a regrade after an erratum, through the worker', async () => {
      // q3 (prawa-czlowieka) had key true: o1 answered true (right), o2 false (wrong). The erratum turns the key to false.
      await t.http
        .post(`/api/v1/courses/${w.c1.courseId}/versions/1/errata`)
        .set(bearer(w.a.trainer.token))
        .send({ questionId: w.c1.questionIds[2], question: { type: 'true_false', prompt: { pl: 'Pytanie 3' }, points: 1, correct: false, tags: ['prawa-czlowieka'] }, reason: 'Błąd w kluczu.' })
        .expect(201);
      const rights = async () =>
        (await get(w.a.coordinator.token, `${w.a.id}/competencies`)).items.filter((r: { tag: string }) => r.tag === 'prawa-czlowieka');
      // U1 (o1): q2 right, q3 now wrong; U2 (o2): q2 right, q3 now right. Each attempt is its own regrade job.
      const expected = [
        { tag: 'prawa-czlowieka', unitId: w.u1, unitName: 'Jednostka RPA', questionsAnswered: 2, averageScoreShare: 0.5, passShare: 0.5 },
        { tag: 'prawa-czlowieka', unitId: w.u2, unitName: 'Komisariat Nowa Huta', questionsAnswered: 2, averageScoreShare: 1, passShare: 1 },
      ];
      const deadline = Date.now() + 15_000;
      let figures = await rights();
      while (JSON.stringify(figures) !== JSON.stringify(expected) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        figures = await rights();
      }
      expect(figures).toEqual(expected);
    });

    it("gives a trainer their own courses' figures only", async () => {
      expect((await get(w.a.trainer.token, `${w.a.id}/competencies`)).items).toHaveLength(4);
      expect((await get(w.b.trainer.token, `${w.a.id}/competencies`)).items).toEqual([]);
    });
  });

  describe('scoping', () => {
    const reports = ['completion', 'overdue', 'certificates', 'competencies'];

    it.each(reports)("%s: another institution's coordinator finds nothing (404), an officer is refused (403)", async (report) => {
      await get(w.b.coordinator.token, `${w.a.id}/${report}`, 404);
      await get(w.o1.token, `${w.a.id}/${report}`, 403);
      await get(w.a.officer.token, `${w.a.id}/${report}`, 403);
      await get(w.a.coordinator.token, `00000000-0000-4000-8000-000000000000/${report}`, 404);
      await get(w.admin, `${w.a.id}/${report}`, 200);
    });

    it.each(['overdue', 'certificates'])('%s: a trainer gets no list of names (403), even for their own courses', async (report) => {
      await get(w.a.trainer.token, `${w.a.id}/${report}`, 403);
      await get(w.a.trainer.token, `${w.a.id}/${report}?courseId=${w.c1.courseId}`, 403);
      await get(w.b.trainer.token, `${w.a.id}/${report}`, 403);
    });

    it("a trainer's figures carry no officer's name or e-mail", async () => {
      for (const report of ['completion', 'competencies']) {
        const text = JSON.stringify(await get(w.a.trainer.token, `${w.a.id}/${report}`));
        for (const o of [w.o1, w.o2, w.o3, w.o4]) {
          expect(text).not.toContain(o.email);
          expect(text).not.toContain(o.id);
        }
        expect(text).not.toContain('Żółć');
      }
    });
  });

  describe('bad input', () => {
    it.each([
      'completion?courseId=nope',
      'completion?unitId=1',
      'completion?dueFrom=yesterday',
      'completion?assignedTo=2026-13-45',
      'completion?extra=1',
      'overdue?sort=name',
      'overdue?limit=1000',
      'overdue?page=0',
      'certificates?expiringWithinDays=-1',
      'certificates?expiringWithinDays=abc',
      'certificates?includeExpired=maybe',
      'competencies?courseId=1',
    ])('%s answers 400 with a problem', async (query) => {
      const res = await t.http.get(`/api/v1/reports/institutions/${w.a.id}/${query}`).set(bearer(w.a.coordinator.token)).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    });

    it('a malformed institution id answers 400', async () => {
      await get(w.a.coordinator.token, `not-a-uuid/completion`, 400);
    });
  });
});
