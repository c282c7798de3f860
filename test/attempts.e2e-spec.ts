import { GradeAttemptHandler } from '../src/modules/grading/grade-attempt.handler';
import { AttemptsService } from '../src/modules/attempts/attempts.service';
import { enroll, publishCourse, waitForGrading } from './support/courses';
import { VALID_QUESTIONS } from './support/questions';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

type View = { id: string; type: string; prompt: { pl: string }; options?: Item[]; left?: Item[]; right?: Item[]; items?: Item[] };
type Item = { id: string; text: { pl: string } };

const AUTO_GRADED = (['single_choice', 'multiple_choice', 'scenario', 'true_false', 'short_answer', 'numeric', 'matching', 'ordering'] as const).map(
  (type) => VALID_QUESTIONS[type],
);
const AUTO_GRADED_POINTS = AUTO_GRADED.reduce((sum, q) => sum + q.points, 0);

/** The right answer to each of the VALID_QUESTIONS, in the ids this attempt gave its choices. */
function rightAnswer(q: View) {
  const id = (items: Item[] | undefined, pl: string) => items!.find((i) => i.text.pl === pl)!.id;
  switch (q.type) {
    case 'single_choice':
      return { questionId: q.id, optionIds: [id(q.options, '112')] };
    case 'multiple_choice':
      return { questionId: q.id, optionIds: [id(q.options, 'Karta pobytu'), id(q.options, 'Wiza krajowa')] };
    case 'scenario':
      return { questionId: q.id, optionIds: [id(q.options, 'Wzywam niezależnego tłumacza.')] };
    case 'true_false':
      return { questionId: q.id, value: false };
    case 'short_answer':
      return { questionId: q.id, text: '  NON-REFOULEMENT ' };
    case 'numeric':
      return { questionId: q.id, value: 112 };
    case 'matching':
      return { questionId: q.id, pairs: VALID_QUESTIONS.matching.pairs.map((p) => ({ leftId: id(q.left, p.left.pl), rightId: id(q.right, p.right.pl) })) };
    case 'ordering':
      return { questionId: q.id, order: VALID_QUESTIONS.ordering.items.map((i) => id(q.items, i.pl)) };
    default:
      return { questionId: q.id, text: 'Moja refleksja o pracy z tłumaczem.' };
  }
}

describe('attempts and grading', () => {
  let t: TestApp;
  let admin: string;
  let trainer: string;
  let otherTrainer: string;
  let police: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let guard: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  const officers: { id: string; token: string }[] = [];

  const start = (token: string, enrollmentId: string, moduleId: string) =>
    t.http.post(`/api/v1/enrollments/${enrollmentId}/modules/${moduleId}/attempts`).set(bearer(token));
  const newOfficer = async (n: number) => {
    const email = `funkcjonariusz${n}@mosty.test`;
    const res = await t.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email, fullName: `Oficer ${n}`, role: 'officer', password: PASSWORD, institutionId: police.id })
      .expect(201);
    return { id: res.body.id as string, token: (await t.login(email, PASSWORD)).accessToken };
  };

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    admin = await t.adminToken();
    for (const email of ['egzaminator@mosty.test', 'inny@mosty.test']) {
      await t.http.post('/api/v1/users').set(bearer(admin)).send({ email, fullName: 'Trener', role: 'trainer', password: PASSWORD }).expect(201);
    }
    trainer = (await t.login('egzaminator@mosty.test', PASSWORD)).accessToken;
    otherTrainer = (await t.login('inny@mosty.test', PASSWORD)).accessToken;
    police = await createInstitutionWithPeople(t, admin, 'KMP');
    guard = await createInstitutionWithPeople(t, admin, 'SM', 'municipal_guard');
    for (let i = 0; i < 4; i++) officers.push(await newOfficer(i));
  }, 60_000);
  afterAll(() => t.close());

  describe('a quiz of every automatically graded type', () => {
    let course: Awaited<ReturnType<typeof publishCourse>>;
    let enrollments: string[];

    beforeAll(async () => {
      course = await publishCourse(t, trainer, { questions: AUTO_GRADED, title: 'Automatyczny' });
      enrollments = await enroll(t, admin, course.courseId, officers.map((o) => o.id));
    });

    it('starts with the questions and no answer key anywhere', async () => {
      const res = await start(officers[0].token, enrollments[0], course.quizModuleId).expect(201);
      expect(res.body).toMatchObject({ status: 'in_progress', number: 1, score: null });
      const questions: View[] = res.body.questions;
      expect(questions.map((q) => q.type)).toEqual(AUTO_GRADED.map((q) => q.type));
      const text = JSON.stringify(res.body);
      for (const secret of ['weight', 'correct', 'tolerance', 'answers":[{"text', 'graderInfo', 'feedback', 'non-refoulement', 'refoulement*', '"value":112']) {
        expect(text).not.toContain(secret);
      }
      // Each type shows only its allow-listed fields.
      const keys = Object.fromEntries(questions.map((q) => [q.type, Object.keys(q).sort()]));
      expect(keys).toEqual({
        single_choice: ['format', 'id', 'options', 'points', 'prompt', 'type'],
        multiple_choice: ['format', 'id', 'multiple', 'options', 'points', 'prompt', 'type'],
        scenario: ['format', 'id', 'options', 'points', 'prompt', 'situation', 'type'],
        true_false: ['format', 'id', 'points', 'prompt', 'type'],
        short_answer: ['format', 'id', 'points', 'prompt', 'type'],
        numeric: ['format', 'id', 'points', 'prompt', 'type'],
        matching: ['format', 'id', 'left', 'points', 'prompt', 'right', 'type'],
        ordering: ['format', 'id', 'items', 'points', 'prompt', 'type'],
      });
      for (const q of questions) for (const item of [...(q.options ?? []), ...(q.left ?? []), ...(q.right ?? []), ...(q.items ?? [])]) expect(Object.keys(item).sort()).toEqual(['id', 'text']);
      // Ordering items are never shown in the right order.
      const ordering = questions.find((q) => q.type === 'ordering')!;
      expect(ordering.items!.map((i) => i.text.pl)).not.toEqual(VALID_QUESTIONS.ordering.items.map((i) => i.pl));

      const again = await t.http.get(`/api/v1/attempts/${res.body.id}`).set(bearer(officers[0].token)).expect(200);
      expect(again.body.questions).toEqual(questions);
    });

    it('refuses answers that do not fit, saves those that do, grades a submission exactly', async () => {
      const opened = await t.http.get(`/api/v1/attempts/${(await openAttempt(0)).id}`).set(bearer(officers[0].token)).expect(200);
      const questions: View[] = opened.body.questions;
      const put = (answers: object[]) => t.http.put(`/api/v1/attempts/${opened.body.id}/answers`).set(bearer(officers[0].token)).send({ answers });
      const single = questions.find((q) => q.type === 'single_choice')!;
      await put([{ questionId: single.id, optionIds: ['not-an-option'] }]).expect(422);
      await put([{ questionId: single.id, value: true }]).expect(422);
      await put([{ questionId: '00000000-0000-4000-8000-000000000000', optionIds: [] }]).expect(422);
      await put([{ questionId: single.id, optionIds: single.options!.map((o) => o.id) }]).expect(422);
      await put([{ questionId: questions.find((q) => q.type === 'numeric')!.id, value: '112' }]).expect(400);

      // Everything right except the true/false question.
      const answers = questions.map(rightAnswer).map((a) => (questions.find((q) => q.id === a.questionId)!.type === 'true_false' ? { ...a, value: true } : a));
      const saved = await put(answers).expect(200);
      expect(saved.body.answered).toBe(questions.length);

      const submitted = await t.http.post(`/api/v1/attempts/${opened.body.id}/submit`).set(bearer(officers[0].token)).send({}).expect(202);
      expect(submitted.body).toEqual({ id: opened.body.id, status: 'submitted' });
      const graded = await waitForGrading(t, officers[0].token, opened.body.id);
      expect(graded).toMatchObject({ status: 'graded', score: AUTO_GRADED_POINTS - 1, maxScore: AUTO_GRADED_POINTS, passed: true });
      expect(graded.percent).toBeCloseTo(((AUTO_GRADED_POINTS - 1) / AUTO_GRADED_POINTS) * 100, 3);
      // correct_answers review: the key and feedback now, and the trainee's own response.
      const tf = (graded.questions as { type: string; correct: unknown; awardedPoints: number; feedback?: unknown }[]).find((q) => q.type === 'true_false')!;
      expect(tf).toMatchObject({ correct: { value: false }, awardedPoints: 0, feedback: VALID_QUESTIONS.true_false.feedbackTrue });

      await t.http.put(`/api/v1/attempts/${opened.body.id}/answers`).set(bearer(officers[0].token)).send({ answers: [] }).expect(409);
      const resubmit = await t.http.post(`/api/v1/attempts/${opened.body.id}/submit`).set(bearer(officers[0].token)).send({}).expect(202);
      expect(resubmit.body.status).toBe('graded');
    });

    async function openAttempt(i: number) {
      const [row] = await t.dataSource.query(`SELECT id FROM attempt WHERE enrollment_id = $1 AND status = 'in_progress'`, [enrollments[i]]);
      return row;
    }

    it("another officer, a trainer of another course and another institution's admin get 404; the coordinator sees the summary", async () => {
      const [attempt] = await t.dataSource.query(`SELECT id FROM attempt WHERE enrollment_id = $1`, [enrollments[0]]);
      await t.http.get(`/api/v1/attempts/${attempt.id}`).set(bearer(officers[1].token)).expect(404);
      await t.http.get(`/api/v1/attempts/${attempt.id}`).set(bearer(otherTrainer)).expect(404);
      await t.http.get(`/api/v1/attempts/${attempt.id}`).set(bearer(guard.coordinator.token)).expect(404);
      await t.http.put(`/api/v1/attempts/${attempt.id}/answers`).set(bearer(officers[1].token)).send({ answers: [] }).expect(404);
      await t.http.post(`/api/v1/attempts/${attempt.id}/submit`).set(bearer(officers[1].token)).send({}).expect(404);
      await start(officers[1].token, enrollments[0], course.quizModuleId).expect(404);
      const summary = await t.http.get(`/api/v1/attempts/${attempt.id}`).set(bearer(police.coordinator.token)).expect(200);
      expect(summary.body).toMatchObject({ status: 'graded', passed: true });
      expect(summary.body).not.toHaveProperty('questions');
      expect(summary.body).not.toHaveProperty('answers');
      const full = await t.http.get(`/api/v1/attempts/${attempt.id}`).set(bearer(trainer)).expect(200);
      expect(full.body.results).toHaveLength(AUTO_GRADED.length);
    });

    it('five concurrent starts open one attempt; concurrent submits grade it once', async () => {
      const starts = await Promise.all(Array.from({ length: 5 }, () => start(officers[1].token, enrollments[1], course.quizModuleId)));
      expect(starts.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM attempt WHERE enrollment_id = $1`, [enrollments[1]]);
      expect(n).toBe(1);
      const attemptId = starts.find((r) => r.status === 201)!.body.id;
      const submits = await Promise.all(Array.from({ length: 5 }, () => t.http.post(`/api/v1/attempts/${attemptId}/submit`).set(bearer(officers[1].token)).send({})));
      expect(submits.map((r) => r.status)).toEqual([202, 202, 202, 202, 202]);
      const graded = await waitForGrading(t, officers[1].token, attemptId);
      expect(graded).toMatchObject({ status: 'graded', score: 0, passed: false });
      // The grading job, delivered again, changes nothing.
      const before = await t.dataSource.query(`SELECT results, score, graded_at FROM attempt WHERE id = $1`, [attemptId]);
      await t.worker!.get(GradeAttemptHandler).handle({ attemptId });
      expect(await t.dataSource.query(`SELECT results, score, graded_at FROM attempt WHERE id = $1`, [attemptId])).toEqual(before);
    });

    it('the attempt limit holds: the fourth start of a three-attempt quiz is refused', async () => {
      const officer = officers[2];
      for (let i = 0; i < 3; i++) {
        const res = await start(officer.token, enrollments[2], course.quizModuleId).expect(201);
        await t.http.post(`/api/v1/attempts/${res.body.id}/submit`).set(bearer(officer.token)).send({}).expect(202);
      }
      const refused = await start(officer.token, enrollments[2], course.quizModuleId).expect(409);
      expect(refused.body.type).toBe('urn:mosty:problem:no-attempts-left');

      // The quiz page lists them, the officer's own only.
      const list = await t.http.get(`/api/v1/enrollments/${enrollments[2]}/modules/${course.quizModuleId}/attempts`).set(bearer(officer.token)).expect(200);
      expect(list.body.items.map((a: { number: number; status: string }) => a.number)).toEqual([1, 2, 3]);
      expect(Object.keys(list.body.items[0])).not.toContain('questions');
      await t.http.get(`/api/v1/enrollments/${enrollments[2]}/modules/${course.quizModuleId}/attempts`).set(bearer(officers[3].token)).expect(404);
    });

    it('with an Idempotency-Key the submit and its stored answer commit together, and retries replay it', async () => {
      const officer = await newOfficer(10);
      const [enrollmentId] = await enroll(t, admin, course.courseId, [officer.id]);
      const attemptId = (await start(officer.token, enrollmentId, course.quizModuleId).expect(201)).body.id;
      const submit = (key: string) => t.http.post(`/api/v1/attempts/${attemptId}/submit`).set(bearer(officer.token)).set('Idempotency-Key', key).send({});
      const status = async () => (await t.dataSource.query(`SELECT status FROM attempt WHERE id = $1`, [attemptId]))[0].status;

      await t.dataSource.query(`
        CREATE FUNCTION refuse_key() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.key = 'oddaj-1' AND NEW.status_code BETWEEN 200 AND 299 THEN RAISE EXCEPTION 'storage of the answer failed'; END IF; RETURN NEW; END $$;
        CREATE TRIGGER refuse_key BEFORE INSERT OR UPDATE ON idempotency_key FOR EACH ROW EXECUTE FUNCTION refuse_key();`);
      try {
        await submit('oddaj-1').expect(500);
      } finally {
        await t.dataSource.query(`DROP TRIGGER refuse_key ON idempotency_key; DROP FUNCTION refuse_key();`);
      }
      // Nothing was submitted: no grading job was written either.
      expect(await status()).toBe('in_progress');
      expect(await t.dataSource.query(`SELECT 1 FROM outbox WHERE job_id = $1`, [`grade-attempt-${attemptId}`])).toEqual([]);

      const first = await submit('oddaj-1').expect(202);
      expect(first.headers['idempotent-replayed']).toBe('false');
      const retries = await Promise.all(Array.from({ length: 4 }, () => submit('oddaj-1')));
      expect(retries.map((r) => [r.status, r.headers['idempotent-replayed'], r.text])).toEqual(Array(4).fill([202, 'true', first.text]));
      expect(await waitForGrading(t, officer.token, attemptId)).toMatchObject({ status: 'graded', score: 0 });
    });

    it('two answers to one question in a request are a 422 naming both, and change nothing; a submit with its answers grades them', async () => {
      const officer = await newOfficer(11);
      const [enrollmentId] = await enroll(t, admin, course.courseId, [officer.id]);
      const res = await start(officer.token, enrollmentId, course.quizModuleId).expect(201);
      const questions: View[] = res.body.questions;
      const tf = questions.find((q) => q.type === 'true_false')!;
      const numeric = questions.find((q) => q.type === 'numeric')!;
      const saved = async () => (await t.dataSource.query(`SELECT answers FROM attempt WHERE id = $1`, [res.body.id]))[0].answers;

      for (const send of [
        () => t.http.put(`/api/v1/attempts/${res.body.id}/answers`).set(bearer(officer.token)),
        () => t.http.post(`/api/v1/attempts/${res.body.id}/submit`).set(bearer(officer.token)).set('Idempotency-Key', `twice-${res.body.id}`),
      ]) {
        const twice = await send().send({ answers: [rightAnswer(tf), rightAnswer(numeric), { questionId: tf.id, value: true }] }).expect(422);
        expect(twice.body.type).toBe('urn:mosty:problem:invalid-answer');
        expect(twice.body.errors).toEqual([{ field: 'answers[2]', messages: ['answers[0] already answers this question: send one answer per question'] }]);
        expect(await saved()).toEqual({});
      }
      // A 422 is not stored under the key: the corrected request with the same key is carried out.
      const submitted = await t.http
        .post(`/api/v1/attempts/${res.body.id}/submit`)
        .set(bearer(officer.token))
        .set('Idempotency-Key', `twice-${res.body.id}`)
        .send({ answers: [rightAnswer(tf), rightAnswer(numeric)] })
        .expect(202);
      expect(submitted.body).toEqual({ id: res.body.id, status: 'submitted' });
      expect(Object.keys(await saved()).sort()).toEqual([tf.id, numeric.id].sort());
      const graded = await waitForGrading(t, officer.token, res.body.id);
      expect(graded).toMatchObject({ status: 'graded', score: VALID_QUESTIONS.true_false.points + VALID_QUESTIONS.numeric.points });
      // Another officer cannot save into it, nor learn that it exists.
      await t.http.put(`/api/v1/attempts/${res.body.id}/answers`).set(bearer(officers[1].token)).send({ answers: [rightAnswer(tf)] }).expect(404);
    });

    it('saves and submits go on across an erratum published while the attempt is open', async () => {
      const officer = await newOfficer(12);
      const [enrollmentId] = await enroll(t, admin, course.courseId, [officer.id]);
      const res = await start(officer.token, enrollmentId, course.quizModuleId).expect(201);
      const questions: View[] = res.body.questions;
      const tf = questions.find((q) => q.type === 'true_false')!;
      const numeric = questions.find((q) => q.type === 'numeric')!;
      const put = (answers: object[]) => t.http.put(`/api/v1/attempts/${res.body.id}/answers`).set(bearer(officer.token)).send({ answers });
      expect((await put([rightAnswer(tf)]).expect(200)).body.answered).toBe(1);
      // The API now holds what it checked that save against; an erratum changes the version's errata under it.
      const tfQuestionId = course.questionIds[AUTO_GRADED.findIndex((q) => q.type === 'true_false')];
      await t.http
        .post(`/api/v1/courses/${course.courseId}/versions/1/errata`)
        .set(bearer(trainer))
        .send({ questionId: tfQuestionId, question: { ...VALID_QUESTIONS.true_false, prompt: { pl: 'Poprawiona treść pytania.' } }, reason: 'Literówka.' })
        .expect(201);
      expect((await put([rightAnswer(numeric)]).expect(200)).body.answered).toBe(2);
      await t.http.post(`/api/v1/attempts/${res.body.id}/submit`).set(bearer(officer.token)).send({ answers: [rightAnswer(tf)] }).expect(202);
      const graded = await waitForGrading(t, officer.token, res.body.id);
      expect(graded).toMatchObject({ status: 'graded', score: VALID_QUESTIONS.true_false.points + VALID_QUESTIONS.numeric.points });
    });

    it('after the deadline answers are refused and the attempt is graded on what was saved in time', async () => {
      const officer = officers[3];
      const res = await start(officer.token, enrollments[3], course.quizModuleId).expect(201);
      const questions: View[] = res.body.questions;
      const tf = questions.find((q) => q.type === 'true_false')!;
      const numeric = questions.find((q) => q.type === 'numeric')!;
      await t.http.put(`/api/v1/attempts/${res.body.id}/answers`).set(bearer(officer.token)).send({ answers: [rightAnswer(tf)] }).expect(200);
      await t.dataSource.query(`UPDATE attempt SET deadline_at = now() - interval '1 second' WHERE id = $1`, [res.body.id]);
      const late = await t.http.put(`/api/v1/attempts/${res.body.id}/answers`).set(bearer(officer.token)).send({ answers: [rightAnswer(numeric)] }).expect(409);
      expect(late.body.type).toBe('urn:mosty:problem:deadline-passed');
      await t.http.post(`/api/v1/attempts/${res.body.id}/submit`).set(bearer(officer.token)).send({ answers: [rightAnswer(numeric)] }).expect(202);
      const graded = await waitForGrading(t, officer.token, res.body.id);
      expect(graded).toMatchObject({ status: 'graded', score: VALID_QUESTIONS.true_false.points });
    });

    it('an attempt whose time ran out without a submit is submitted by the worker and graded', async () => {
      const officer = officers[3];
      const res = await start(officer.token, enrollments[3], course.quizModuleId).expect(201);
      const numeric = (res.body.questions as View[]).find((q) => q.type === 'numeric')!;
      await t.http.put(`/api/v1/attempts/${res.body.id}/answers`).set(bearer(officer.token)).send({ answers: [rightAnswer(numeric)] }).expect(200);
      await t.dataSource.query(`UPDATE attempt SET deadline_at = now() - interval '1 second' WHERE id = $1`, [res.body.id]);
      expect(await t.worker!.get(AttemptsService).submitExpired()).toBe(1);
      const graded = await waitForGrading(t, officer.token, res.body.id);
      expect(graded).toMatchObject({ status: 'graded', score: VALID_QUESTIONS.numeric.points });
    });
  });

  describe('essays, manual grading, completion and errata', () => {
    let course: Awaited<ReturnType<typeof publishCourse>>;
    let enrollmentId: string;
    let attemptId: string;
    const officer = () => officers[0];

    beforeAll(async () => {
      course = await publishCourse(t, trainer, {
        title: 'Z esejem',
        questions: [VALID_QUESTIONS.true_false, VALID_QUESTIONS.essay],
        quiz: { passMarkPercent: 50, reviewPolicy: 'score' },
      });
      [enrollmentId] = await enroll(t, admin, course.courseId, [officer().id]);
    });

    it('an essay sends the attempt to review and into the author\'s grading queue only', async () => {
      const res = await start(officer().token, enrollmentId, course.quizModuleId).expect(201);
      attemptId = res.body.id;
      const answers = (res.body.questions as View[]).map(rightAnswer);
      await t.http.post(`/api/v1/attempts/${attemptId}/submit`).set(bearer(officer().token)).send({ answers }).expect(202);
      const pending = await waitForGrading(t, officer().token, attemptId);
      // reviewPolicy "score": totals only, no questions.
      expect(pending).toMatchObject({ status: 'needs_review', passed: null });
      expect(pending).not.toHaveProperty('questions');

      const queue = await t.http.get('/api/v1/grading/queue').set(bearer(trainer)).expect(200);
      expect(queue.body.items).toEqual([
        expect.objectContaining({ attemptId, questionId: course.questionIds[1], response: 'Moja refleksja o pracy z tłumaczem.', maxPoints: 5, graderInfo: VALID_QUESTIONS.essay.graderInfo }),
      ]);
      expect((await t.http.get('/api/v1/grading/queue').set(bearer(otherTrainer)).expect(200)).body.items).toEqual([]);
      await t.http.get('/api/v1/grading/queue').set(bearer(officer().token)).expect(403);
    });

    it('the author grades it: points are bounded, the change is audited, and the enrollment completes', async () => {
      // Another author's attempt is not found, as when reading it.
      await t.http.post(`/api/v1/attempts/${attemptId}/grades`).set(bearer(otherTrainer)).send({ questionId: course.questionIds[1], points: 5 }).expect(404);
      await t.http.post(`/api/v1/attempts/${attemptId}/grades`).set(bearer(trainer)).send({ questionId: course.questionIds[1], points: 6 }).expect(400);
      const graded = await t.http
        .post(`/api/v1/attempts/${attemptId}/grades`)
        .set(bearer(trainer))
        .send({ questionId: course.questionIds[1], points: 4, comment: 'Dobra refleksja.' })
        .expect(200);
      expect(graded.body).toMatchObject({ status: 'graded', score: 5, maxScore: 6, passed: true });
      const audit = await t.http.get(`/api/v1/audit-events?action=attempt.graded_manually&entityId=${attemptId}`).set(bearer(admin)).expect(200);
      expect(audit.body.items[0]).toMatchObject({ before: { points: 0, status: 'needs_review' }, after: { points: 4, status: 'graded', passed: true } });

      // Finish the lesson too: the course is complete and the certificate is asked for.
      await t.http.get(`/api/v1/enrollments/${enrollmentId}/modules/${course.lessonIds[0]}`).set(bearer(officer().token)).expect(200);
      await t.http.post(`/api/v1/enrollments/${enrollmentId}/modules/${course.lessonIds[0]}/complete`).set(bearer(officer().token)).expect(200);
      const enrollment = await t.http.get(`/api/v1/enrollments/${enrollmentId}`).set(bearer(officer().token)).expect(200);
      expect(enrollment.body.status).toBe('completed');
    });

    it('an erratum regrades every attempt on the version through the queue, and is audited', async () => {
      // The key said "false"; the author corrects it to "true": the true/false answer given ("false") now scores 0.
      const res = await t.http
        .post(`/api/v1/courses/${course.courseId}/versions/1/errata`)
        .set(bearer(trainer))
        .send({ questionId: course.questionIds[0], question: { ...VALID_QUESTIONS.true_false, correct: true }, reason: 'Błąd w kluczu odpowiedzi.' })
        .expect(201);
      expect(res.body).toEqual({ erratumId: expect.any(String), attemptsToRegrade: 1 });
      const deadline = Date.now() + 15_000;
      let attempt;
      do {
        attempt = (await t.http.get(`/api/v1/attempts/${attemptId}`).set(bearer(trainer)).expect(200)).body;
        if (attempt.score === 4) break;
        await new Promise((r) => setTimeout(r, 50));
      } while (Date.now() < deadline);
      // The essay keeps its manual 4 points; 4/6 still passes at 50 %.
      expect(attempt).toMatchObject({ score: 4, status: 'graded', passed: true });
      const audit = await t.http.get(`/api/v1/audit-events?action=attempt.regraded&entityId=${attemptId}`).set(bearer(admin)).expect(200);
      expect(audit.body.items[0]).toMatchObject({ before: { score: 5 }, after: { score: 4 } });
      // The author's page follows the regrade: one attempt to regrade, and it is done.
      const errata = await t.http.get(`/api/v1/courses/${course.courseId}/versions/1/errata`).set(bearer(trainer)).expect(200);
      expect(errata.body.items.at(-1)).toMatchObject({ id: res.body.erratumId, questionId: course.questionIds[0], attemptsToRegrade: 1, attemptsRegraded: 1 });
      await t.http.get(`/api/v1/courses/${course.courseId}/versions/1/errata`).set(bearer(otherTrainer)).expect(403);
      await t.http.get(`/api/v1/courses/${course.courseId}/versions/99/errata`).set(bearer(trainer)).expect(404);
      // The published version itself is untouched.
      const v1 = await t.http.get(`/api/v1/courses/${course.courseId}/versions/1`).set(bearer(trainer)).expect(200);
      expect(v1.body.snapshot.modules[1].quiz.questions[0].correct).toBe(false);
      await t.http
        .post(`/api/v1/courses/${course.courseId}/versions/1/errata`)
        .set(bearer(trainer))
        .send({ questionId: course.questionIds[0], question: VALID_QUESTIONS.essay, reason: 'Zmiana typu' })
        .expect(400);
      await t.http
        .post(`/api/v1/courses/${course.courseId}/versions/1/errata`)
        .set(bearer(otherTrainer))
        .send({ questionId: course.questionIds[0], question: VALID_QUESTIONS.true_false, reason: 'Nie mój kurs' })
        .expect(403);
    });
  });

  describe('the grading queue', () => {
    let examiner: string;
    let course: Awaited<ReturnType<typeof publishCourse>>;
    const answered: { attemptId: string; userId: string }[] = [];

    beforeAll(async () => {
      await t.http.post('/api/v1/users').set(bearer(admin)).send({ email: 'kolejka@mosty.test', fullName: 'Trenerka', role: 'trainer', password: PASSWORD }).expect(201);
      examiner = (await t.login('kolejka@mosty.test', PASSWORD)).accessToken;
      course = await publishCourse(t, examiner, {
        title: 'Dwa eseje',
        questions: [VALID_QUESTIONS.essay, { ...VALID_QUESTIONS.essay, prompt: { pl: 'Drugi esej.' } }],
        quiz: { passMarkPercent: 50, reviewPolicy: 'score' },
      });
      const pair = [officers[2], officers[3]];
      const enrollments = await enroll(t, admin, course.courseId, pair.map((o) => o.id));
      for (const [i, officer] of pair.entries()) {
        const res = await start(officer.token, enrollments[i], course.quizModuleId).expect(201);
        await t.http.post(`/api/v1/attempts/${res.body.id}/submit`).set(bearer(officer.token)).send({ answers: (res.body.questions as View[]).map(rightAnswer) }).expect(202);
        expect(await waitForGrading(t, officer.token, res.body.id)).toMatchObject({ status: 'needs_review' });
        answered.push({ attemptId: res.body.id, userId: officer.id });
      }
    });

    it('pages answers, not attempts: two attempts with two essays each are four items, one a page, oldest first, in the order shown', async () => {
      const pages = [];
      for (let page = 1; page <= 5; page++) {
        pages.push((await t.http.get(`/api/v1/grading/queue?limit=1&page=${page}`).set(bearer(examiner)).expect(200)).body);
      }
      expect(pages.map((p) => [p.total, p.items.length])).toEqual([[4, 1], [4, 1], [4, 1], [4, 1], [4, 0]]);
      expect(pages.slice(0, 4).map((p) => [p.items[0].attemptId, p.items[0].questionId])).toEqual([
        [answered[0].attemptId, course.questionIds[0]],
        [answered[0].attemptId, course.questionIds[1]],
        [answered[1].attemptId, course.questionIds[0]],
        [answered[1].attemptId, course.questionIds[1]],
      ]);
      const all = (await t.http.get(`/api/v1/grading/queue?courseId=${course.courseId}`).set(bearer(examiner)).expect(200)).body;
      expect(all).toMatchObject({ total: 4, page: 1, limit: 20 });
      expect(all.items).toHaveLength(4);
    });

    it("shows the grader the officer's name and the course's title and version", async () => {
      const { items } = (await t.http.get('/api/v1/grading/queue?limit=2').set(bearer(examiner)).expect(200)).body;
      expect(items[0]).toMatchObject({
        userId: answered[0].userId,
        officerName: 'Oficer 2',
        courseId: course.courseId,
        courseVersion: 1,
        courseTitle: { pl: 'Dwa eseje', en: 'Course' },
        prompt: VALID_QUESTIONS.essay.prompt,
      });
      expect(items[1]).toMatchObject({ officerName: 'Oficer 2', prompt: { pl: 'Drugi esej.' } });
      // Grading one answer takes it off the queue; the other essay of the attempt stays.
      await t.http.post(`/api/v1/attempts/${answered[0].attemptId}/grades`).set(bearer(examiner)).send({ questionId: course.questionIds[0], points: 3 }).expect(200);
      const after = (await t.http.get('/api/v1/grading/queue').set(bearer(examiner)).expect(200)).body;
      expect(after.total).toBe(3);
      expect(after.items[0]).toMatchObject({ attemptId: answered[0].attemptId, questionId: course.questionIds[1] });
      expect((await t.http.get('/api/v1/grading/queue').set(bearer(otherTrainer)).expect(200)).body.items.map((i: { courseId: string }) => i.courseId)).not.toContain(course.courseId);
    });
  });
});
