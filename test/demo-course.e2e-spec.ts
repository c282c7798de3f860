import { DEMO_BANK_NAME, DEMO_COURSE, DEMO_LESSONS, DEMO_QUESTIONS, DEMO_QUIZ } from '../src/seed/demo-course';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

/** The demo course, built and published by a trainer through the HTTP API alone. */
describe('a trainer builds the demo course through the API', () => {
  let t: TestApp;
  let trainer: string;
  let officer: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const admin = await t.adminToken();
    await t.http.post('/api/v1/users').set(bearer(admin)).send({ email: 'agnieszka@mosty.test', fullName: 'Agnieszka Dąbrowska', role: 'trainer', password: PASSWORD }).expect(201);
    trainer = (await t.login('agnieszka@mosty.test', PASSWORD)).accessToken;
    officer = (await createInstitutionWithPeople(t, admin, 'SG', 'border_guard')).officer.token;
  });
  afterAll(() => t.close());

  it('creates the bank, every question, the course, five lessons and the final quiz, then publishes version 1', async () => {
    const api = (method: 'post' | 'get', path: string) => t.http[method](`/api/v1${path}`).set(bearer(trainer));

    const bank = (await api('post', '/question-banks').send({ name: DEMO_BANK_NAME }).expect(201)).body;
    const questionIds: string[] = [];
    for (const { key, question } of DEMO_QUESTIONS) {
      const res = await api('post', `/question-banks/${bank.id}/questions`).send(question);
      if (res.status !== 201) throw new Error(`${key}: ${JSON.stringify(res.body)}`);
      questionIds.push(res.body.id);
    }

    const course = (await api('post', '/courses').send(DEMO_COURSE).expect(201)).body;
    for (const lesson of DEMO_LESSONS) {
      const { key: _key, ...body } = lesson;
      await api('post', `/courses/${course.id}/modules`).send({ kind: 'lesson', ...body }).expect(201);
    }
    const { title, ...settings } = DEMO_QUIZ;
    await api('post', `/courses/${course.id}/modules`).send({ kind: 'quiz', title, quiz: { ...settings, questionIds } }).expect(201);

    const published = await api('post', `/courses/${course.id}/publish`).expect(201);
    expect(published.body).toMatchObject({ courseId: course.id, version: 1 });

    const seen = await t.http.get(`/api/v1/courses/${course.id}`).set(bearer(officer)).expect(200);
    expect(seen.body).toMatchObject({ title: DEMO_COURSE.title, version: 1 });
    expect(seen.body.modules.map((m: { kind: string }) => m.kind)).toEqual([...DEMO_LESSONS.map(() => 'lesson'), 'quiz']);
  });
});
