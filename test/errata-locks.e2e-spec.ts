import { enroll, publishCourse, waitForGrading } from './support/courses';
import { waitFor } from './support/notification-jobs';
import { VALID_QUESTIONS } from './support/questions';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople } from './support/world';

/**
 * An erratum while a regrade job of an earlier one runs. The job holds its attempt's row lock
 * and its tallies' foreign keys take KEY SHARE on the course row; the erratum's transaction
 * locks that course row and then waits for the attempt (its erratum_regrade rows reference it).
 * With the course locked FOR UPDATE this was a deadlock and the trainer got a 500 (found by the
 * access matrix under load); FOR NO KEY UPDATE lets the job through.
 */
describe('an erratum while a regrade holds an attempt', () => {
  let t: TestApp;
  afterAll(() => t?.close());

  it('waits for the attempt instead of deadlocking with the job', async () => {
    t = await TestApp.start({ worker: true });
    const admin = await t.adminToken();
    const kmp = await createInstitutionWithPeople(t, admin, 'KMP');
    const course = await publishCourse(t, kmp.trainer.token, { questions: [VALID_QUESTIONS.true_false], lessons: 0 });
    const [enrollmentId] = await enroll(t, admin, course.courseId, [kmp.officer.id]);
    const officer = bearer(kmp.officer.token);
    const attempt = (await t.http.post(`/api/v1/enrollments/${enrollmentId}/modules/${course.quizModuleId}/attempts`).set(officer).expect(201)).body.id;
    await t.http.post(`/api/v1/attempts/${attempt}/submit`).set(officer).send({ answers: [{ questionId: course.questionIds[0], value: false }] }).expect(202);
    expect((await waitForGrading(t, kmp.officer.token, attempt)).status).toBe('graded');

    // What a regrade job does first: lock the attempt.
    const job = t.dataSource.createQueryRunner();
    await job.connect();
    await job.startTransaction();
    try {
      await job.query(`SELECT 1 FROM attempt WHERE id = $1 FOR UPDATE`, [attempt]);
      const erratum = t.http
        .post(`/api/v1/courses/${course.courseId}/versions/1/errata`)
        .set(bearer(kmp.trainer.token))
        .send({ questionId: course.questionIds[0], question: { ...VALID_QUESTIONS.true_false, correct: true }, reason: 'Błąd w kluczu' })
        .then((res) => res);
      await waitFor('the erratum to wait for the attempt', async () => {
        const rows = await t.dataSource.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO erratum_regrade%'`);
        return rows.length > 0;
      });
      // …then what its tallies' foreign key checks take on the course row. Before the fix this waited
      // for the erratum's FOR UPDATE while the erratum waited for the attempt.
      await job.query(`SELECT 1 FROM course WHERE id = $1 FOR KEY SHARE`, [course.courseId]);
      await job.commitTransaction();
      const res = await erratum;
      expect([res.status, res.body]).toEqual([201, { erratumId: expect.any(String), attemptsToRegrade: 1 }]);
    } finally {
      if (job.isTransactionActive) await job.rollbackTransaction();
      await job.release();
    }
  });
});
