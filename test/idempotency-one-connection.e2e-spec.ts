import { enroll, publishCourse } from './support/courses';
import { VALID_QUESTIONS } from './support/questions';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

/**
 * A request with an Idempotency-Key holds one pooled connection for its transaction,
 * and everything its handler does must go through that transaction (Transactions.run
 * and .manager): a handler that took a second connection meanwhile would wait for a
 * free one for ever once the pool is busy. With a pool of ONE connection that happens
 * at once, so these requests answering at all is the proof.
 */
describe('Idempotency-Key requests on a pool of one connection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ env: { DB_POOL_SIZE: '1' } });
  }, 60_000);
  afterAll(() => t.close());

  it('submits (with and without answers in the body) and an assignment, sent together, all answer', async () => {
    const admin = await t.adminToken();
    await t.http.post('/api/v1/users').set(bearer(admin)).send({ email: 'trener@mosty.test', fullName: 'Trener', role: 'trainer', password: PASSWORD }).expect(201);
    const trainer = (await t.login('trener@mosty.test', PASSWORD)).accessToken;
    const police = await createInstitutionWithPeople(t, admin, 'KMP');
    const officers = [];
    for (let i = 0; i < 4; i++) {
      const email = `oficer${i}@mosty.test`;
      const res = await t.http.post('/api/v1/users').set(bearer(admin)).send({ email, fullName: `Oficer ${i}`, role: 'officer', password: PASSWORD, institutionId: police.id }).expect(201);
      officers.push({ id: res.body.id as string, token: (await t.login(email, PASSWORD)).accessToken });
    }
    const course = await publishCourse(t, trainer, { questions: [VALID_QUESTIONS.true_false] });
    const other = await publishCourse(t, trainer, { questions: [VALID_QUESTIONS.true_false], title: 'Drugi' });
    const enrollments = await enroll(t, admin, course.courseId, officers.map((o) => o.id));
    const attempts: { id: string; questions: { id: string }[] }[] = [];
    for (const [i, officer] of officers.entries()) {
      attempts.push((await t.http.post(`/api/v1/enrollments/${enrollments[i]}/modules/${course.quizModuleId}/attempts`).set(bearer(officer.token)).expect(201)).body);
    }

    const requests = [
      ...officers.map((officer, i) =>
        t.http
          .post(`/api/v1/attempts/${attempts[i].id}/submit`)
          .set(bearer(officer.token))
          .set('Idempotency-Key', `oddaj-${i}`)
          // Half in one statement (nothing in the body), half the transactional way (answers in the body).
          .send(i % 2 ? { answers: [{ questionId: attempts[i].questions[0].id, value: false }] } : {}),
      ),
      t.http
        .post('/api/v1/assignments')
        .set(bearer(admin))
        .set('Idempotency-Key', 'przydziel-1')
        .send({ courseId: other.courseId, unitId: police.unitId, dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }),
    ];
    const answers = await Promise.all(requests);
    expect(answers.map((r) => r.status)).toEqual([202, 202, 202, 202, 201]);
    const rows: { status: string; answers: object }[] = await t.dataSource.query(`SELECT status, answers FROM attempt WHERE id = ANY($1) ORDER BY id`, [attempts.map((a) => a.id)]);
    expect(rows.map((r) => r.status)).toEqual(['submitted', 'submitted', 'submitted', 'submitted']);
    expect(rows.filter((r) => Object.keys(r.answers).length === 1)).toHaveLength(2);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM idempotency_key`);
    expect(n).toBe(5);
  }, 30_000);
});
