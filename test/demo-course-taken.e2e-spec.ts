import { openQueue } from '../src/jobs/queue-backend';
import { QueueName } from '../src/jobs/catalogue';
import { DEMO_COURSE_AUTHOR } from '../src/seed/seed-demo';
import { seedDemoCourse } from '../src/seed/seed-demo-course';
import { DEMO_QUESTIONS } from '../src/seed/demo-course';
import { DEMO_PASSWORD } from '../src/seed/demo-world';
import { rightAnswer, ShownQuestion } from './support/answers';
import { waitForGrading } from './support/courses';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople } from './support/world';
import { certificateJobId } from './support/job-ids';

/** The demo course taken end to end through the API: lessons, the final test, the worker, a trainer's essay grades, completion. */
describe('the demo course, taken end to end', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
  });
  afterAll(() => t.close());

  it('an officer completes it and the enrollment asks for a certificate', async () => {
    const admin = await t.adminToken();
    await t.http.post('/api/v1/users').set(bearer(admin)).send({ email: DEMO_COURSE_AUTHOR, fullName: 'Agnieszka Dąbrowska', role: 'trainer', password: DEMO_PASSWORD }).expect(201);
    await seedDemoCourse(t.dataSource, DEMO_COURSE_AUTHOR);
    const trainer = (await t.login(DEMO_COURSE_AUTHOR, DEMO_PASSWORD)).accessToken;
    const sg = await createInstitutionWithPeople(t, admin, 'SG', 'border_guard');
    const officer = sg.officer.token;

    const [course] = (await t.http.get('/api/v1/courses').set(bearer(sg.coordinator.token)).expect(200)).body.items;
    const assigned = await t.http
      .post('/api/v1/assignments')
      .set(bearer(sg.coordinator.token))
      .send({ courseId: course.id, unitId: sg.unitId, dueAt: new Date(Date.now() + 14 * 86400_000).toISOString() })
      .expect(201);
    expect(assigned.body.enrollmentsCreated).toBe(1);
    const [enrollment] = (await t.http.get('/api/v1/enrollments').set(bearer(officer)).expect(200)).body.items;
    const outline = (await t.http.get(`/api/v1/enrollments/${enrollment.id}`).set(bearer(officer)).expect(200)).body;

    for (const module of outline.modules.filter((m: { kind: string }) => m.kind === 'lesson')) {
      const lesson = await t.http.get(`/api/v1/enrollments/${enrollment.id}/modules/${module.id}`).set(bearer(officer)).expect(200);
      expect(lesson.body.body.pl.length).toBeGreaterThan(1000);
      const early = await t.http.post(`/api/v1/enrollments/${enrollment.id}/modules/${module.id}/complete`).set(bearer(officer)).expect(409);
      expect(early.body.type).toBe('urn:mosty:problem:min-study-time');
      // Ten minutes of reading, compressed.
      await t.dataSource.query(`UPDATE module_progress SET started_at = started_at - interval '1 hour' WHERE enrollment_id = $1 AND module_id = $2`, [enrollment.id, module.id]);
      await t.http.post(`/api/v1/enrollments/${enrollment.id}/modules/${module.id}/complete`).set(bearer(officer)).expect(200);
    }

    const quizModule = outline.modules.find((m: { kind: string }) => m.kind === 'quiz');
    const attempt = (await t.http.post(`/api/v1/enrollments/${enrollment.id}/modules/${quizModule.id}/attempts`).set(bearer(officer)).expect(201)).body;
    expect(attempt.questions).toHaveLength(DEMO_QUESTIONS.length);
    const byPrompt = new Map(DEMO_QUESTIONS.map(({ question }) => [question.prompt.pl, question]));
    const answers = (attempt.questions as ShownQuestion[]).map((shown) => rightAnswer(shown, byPrompt.get(shown.prompt.pl)!));
    await t.http.put(`/api/v1/attempts/${attempt.id}/answers`).set(bearer(officer)).send({ answers }).expect(200);
    await t.http.post(`/api/v1/attempts/${attempt.id}/submit`).set(bearer(officer)).set('Idempotency-Key', `submit-${attempt.id}`).send({}).expect(202);

    const pending = await waitForGrading(t, officer, attempt.id);
    expect(pending.status).toBe('needs_review');
    const queue = (await t.http.get('/api/v1/grading/queue?limit=100').set(bearer(trainer)).expect(200)).body.items;
    const essays = DEMO_QUESTIONS.filter((q) => q.question.type === 'essay');
    expect(queue).toHaveLength(essays.length);
    for (const item of queue) {
      await t.http.post(`/api/v1/attempts/${attempt.id}/grades`).set(bearer(trainer)).send({ questionId: item.questionId, points: item.maxPoints, comment: 'Bardzo dobrze.' }).expect(200);
    }

    const graded = (await t.http.get(`/api/v1/attempts/${attempt.id}`).set(bearer(officer)).expect(200)).body;
    expect(graded).toMatchObject({ status: 'graded', percent: 100, passed: true });
    const done = (await t.http.get(`/api/v1/enrollments/${enrollment.id}`).set(bearer(officer)).expect(200)).body;
    expect(done.status).toBe('completed');
    expect(done.modules.every((m: { status: string }) => m.status === 'completed')).toBe(true);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'attempt.graded_manually' AND entity_id = $1`,
      [attempt.id],
    );
    expect(n).toBe(essays.length);

    // The certificate is asked for exactly once: one job, relayed from the outbox to the certificates queue.
    const certificates = openQueue(t.config, QueueName.Certificates, 'patient');
    try {
      const deadline = Date.now() + 10_000;
      let job = await certificates.getJob(certificateJobId(enrollment.id));
      while (!job && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
        job = await certificates.getJob(certificateJobId(enrollment.id));
      }
      expect(job).toMatchObject({ name: 'issue-certificate', data: { enrollmentId: enrollment.id } });
      // Counted by name: the queue also holds the daily expiry's scheduled job and, once issued, the PDF's render job.
      const all = await certificates.getJobs(['waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed']);
      expect(all.filter((j) => j.name === 'issue-certificate').map((j) => j.id)).toEqual([certificateJobId(enrollment.id)]);
    } finally {
      await certificates.close();
    }
  });
});
