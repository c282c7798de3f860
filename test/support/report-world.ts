import { enroll, publishCourse, waitForGrading } from './courses';
import { createUser } from './lesson-courses';
import { bearer, TestApp } from './test-app';
import { createInstitutionWithPeople, PASSWORD, Person } from './world';

const tf = (pl: string, points: number, correct: boolean, tags: string[]) => ({ type: 'true_false', prompt: { pl }, points, correct, tags });

/**
 * A hand-counted world for the reports and the transcript. Institution A has units
 * U1 and U2 and four officers; trainer T (of A) authors C1 (a quiz only: passing
 * completes it) and C2, trainer T2 (of B) authors C3. Quiz attempts go through the
 * API and the worker; statuses, due dates and certificates that time would make
 * are set with SQL.
 *
 *   officer (unit)  C1 (quiz, T)                  C2 (T)                    C3 (T2)
 *   o1 (U1)         completed, 100 %              completed, due -20 d      —
 *   o2 (U2)         in progress, 25 %             in progress, due -3 d     —
 *   o3 (U1)         assigned, due -10 d           expired, due -100 d       —
 *   o4 (U2)         assigned                      —                         completed, 80 %, assigned -400 d
 *
 * C1's questions: q1 (2 points, komunikacja, key true), q2 (1 point, komunikacja +
 * prawa-czlowieka, key false), q3 (1 point, prawa-czlowieka, key true). o1 answers
 * all right; o2 answers only q2 right.
 *
 * Certificates of A besides o1's real one for C1 (expires in 24 months):
 * o1/C2 valid, expires in 20 days; o4/C3 valid, in 100 days; o3/C2 expired 5 days
 * ago; o2/C1 revoked, would expire in 10 days.
 */
export async function buildReportWorld(t: TestApp) {
  const admin = await t.adminToken();
  const a = await createInstitutionWithPeople(t, admin, 'RPA');
  const b = await createInstitutionWithPeople(t, admin, 'RPB');
  const u2 = (await t.http.post(`/api/v1/institutions/${a.id}/units`).set(bearer(admin)).send({ name: 'Komisariat Nowa Huta', code: 'RPA-U2' }).expect(201)).body.id as string;
  const u1 = a.unitId;
  const officer = async (slug: string, unitId: string, fullName: string): Promise<Person> => {
    const email = `${slug}@rpa.mosty.test`;
    const id = await createUser(t, admin, { email, institutionId: a.id, unitId, fullName });
    return { id, email, token: (await t.login(email, PASSWORD)).accessToken };
  };
  const o1 = await officer('o1', u1, 'Łukasz Żółć');
  const o2 = await officer('o2', u2, 'Grażyna Kowalska');
  const o3 = await officer('o3', u1, 'Jan Nowak');
  const o4 = await officer('o4', u2, 'Olena Шевченко');

  const c1 = await publishCourse(t, a.trainer.token, {
    title: 'Komunikacja z cudzoziemcami',
    lessons: 0,
    questions: [tf('Pytanie 1', 2, true, ['komunikacja']), tf('Pytanie 2', 1, false, ['komunikacja', 'prawa-czlowieka']), tf('Pytanie 3', 1, true, ['prawa-czlowieka'])],
  });
  const c2 = await publishCourse(t, a.trainer.token, { title: 'Prawa człowieka', lessons: 1 });
  const c3 = await publishCourse(t, b.trainer.token, { title: 'Status prawny cudzoziemców', lessons: 1 });

  const e = {
    c1: await enroll(t, admin, c1.courseId, [o1.id, o2.id, o3.id, o4.id]),
    c2: await enroll(t, admin, c2.courseId, [o1.id, o2.id, o3.id]),
    c3: await enroll(t, admin, c3.courseId, [o4.id]),
  };
  // Enrollments of B, which no report of A may count.
  await enroll(t, admin, c1.courseId, [b.officer.id]);

  const submit = async (who: Person, enrollmentId: string, values: boolean[]) => {
    const started = await t.http.post(`/api/v1/enrollments/${enrollmentId}/modules/${c1.quizModuleId}/attempts`).set(bearer(who.token)).expect(201);
    const answers = (started.body.questions as { id: string }[]).map((q, i) => ({ questionId: q.id, value: values[i] }));
    await t.http.post(`/api/v1/attempts/${started.body.id}/submit`).set(bearer(who.token)).send({ answers }).expect(202);
    await waitForGrading(t, who.token, started.body.id);
    return started.body.id as string;
  };
  const attempts = { o1: await submit(o1, e.c1[0], [true, false, true]), o2: await submit(o2, e.c1[1], [false, false, false]) };

  // o1 passed C1, its only module: the worker issues the certificate.
  for (const deadline = Date.now() + 15_000; ; ) {
    const [issued] = await t.dataSource.query(`SELECT 1 FROM certificate WHERE enrollment_id = $1`, [e.c1[0]]);
    if (issued) break;
    if (Date.now() > deadline) throw new Error("o1's certificate for C1 was not issued");
    await new Promise((r) => setTimeout(r, 50));
  }

  const days = (n: number) => `now() + interval '${n} days'`;
  const set = (id: string, sql: string) => t.dataSource.query(`UPDATE enrollment SET ${sql} WHERE id = $1`, [id]);
  await set(e.c1[2], `due_at = ${days(-10)} - interval '1 hour'`);
  await set(e.c2[0], `status = 'completed', started_at = ${days(-30)}, completed_at = ${days(-25)}, due_at = ${days(-20)}`);
  await set(e.c2[1], `status = 'in_progress', started_at = ${days(-10)}, due_at = ${days(-3)} - interval '1 hour'`);
  await set(e.c2[2], `status = 'expired', completed_at = ${days(-800)}, expired_at = ${days(-5)}, due_at = ${days(-100)}`);
  await set(e.c3[0], `status = 'completed', started_at = ${days(-390)}, completed_at = ${days(-380)}, created_at = ${days(-400)}`);
  // C3's best score, as grading would record it (the trigger keeps the enrollment's best percent).
  await t.dataSource.query(`INSERT INTO module_progress (enrollment_id, module_id, status, best_percent) VALUES ($1, gen_random_uuid(), 'completed', 80)`, [e.c3[0]]);

  const certificate = (enrollmentId: string, userId: string, course: { courseId: string }, n: number, expires: string, status = 'valid') =>
    t.dataSource.query(
      `INSERT INTO certificate (enrollment_id, user_id, course_id, course_version, institution_id, number, verification_code, holder_name, course_title,
                                issued_at, expires_at, status, revoked_at, revoked_reason)
       SELECT $1, $2, $3, 1, $4, $5, md5(random()::text), u.full_name, c.title, now() - interval '700 days', ${expires}, $6,
              CASE WHEN $6 = 'revoked' THEN now() END, CASE WHEN $6 = 'revoked' THEN 'test' END
         FROM "user" u, course c WHERE u.id = $2 AND c.id = $3`,
      [enrollmentId, userId, course.courseId, a.id, `MOS-TEST-${n}`, status],
    );
  await certificate(e.c2[0], o1.id, c2, 1, days(20));
  await certificate(e.c3[0], o4.id, c3, 2, days(100));
  await certificate(e.c2[2], o3.id, c2, 3, days(-5), 'expired');
  await certificate(e.c1[1], o2.id, c1, 4, days(10), 'revoked');

  return { admin, a, b, u1, u2, o1, o2, o3, o4, c1, c2, c3, e, attempts };
}

export type ReportWorld = Awaited<ReturnType<typeof buildReportWorld>>;
