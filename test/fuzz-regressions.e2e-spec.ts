import { refusedContent } from '../src/common/http/body-parsers';
import { publishCourse } from './support/courses';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople } from './support/world';

/** What `npm run test:fuzz` (test/fuzz) found answering 5xx or a bare 4xx, pinned so that it stays fixed. */
describe('requests the fuzzer found answered 5xx or without a problem', () => {
  let t: TestApp;
  let admin: string;
  let trainer: string;
  let officer: string;
  let attemptId: string;
  let course: { courseId: string; quizModuleId: string; questionIds: string[] };

  const nested = (depth: number) => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
    return value;
  };
  /** As text: JSON.stringify itself overflows the stack long before 5000 levels. */
  const nestedText = (depth: number) => `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.adminToken();
    const people = await createInstitutionWithPeople(t, admin, 'FRG');
    trainer = people.trainer.token;
    officer = people.officer.token;
    course = await publishCourse(t, trainer, { questions: [{ type: 'true_false', prompt: { pl: 'Tak?' }, points: 1, correct: true }], lessons: 0 });
    await t.http
      .post('/api/v1/assignments')
      .set(bearer(admin))
      .send({ courseId: course.courseId, userIds: [people.officer.id], dueAt: new Date(Date.now() + 86400_000).toISOString() })
      .expect(201);
    const enrollments = await t.http.get('/api/v1/enrollments').set(bearer(officer)).expect(200);
    const attempt = await t.http.post(`/api/v1/enrollments/${enrollments.body.items[0].id}/modules/${course.quizModuleId}/attempts`).set(bearer(officer)).expect(201);
    attemptId = attempt.body.id;
  });

  afterAll(() => t?.close());

  const expectProblem = (res: { status: number; headers: Record<string, string>; body: { type?: string } }, status: number, type: string) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.type).toBe(type);
  };

  it('a body nested thousands deep is a 400 problem on a validated route (class-transformer overflowed its stack: 500)', async () => {
    const res = await t.http.post('/api/v1/courses').set(bearer(trainer)).set('Content-Type', 'application/json').send(nestedText(5000));
    expectProblem(res, 400, 'urn:mosty:problem:body-too-deep');
  });

  it('a deep body with an Idempotency-Key is a 400 problem and no attempt changes (hashing the body overflowed: 500)', async () => {
    const res = await t.http
      .post(`/api/v1/attempts/${attemptId}/submit`)
      .set(bearer(officer))
      .set('Idempotency-Key', 'deep-1')
      .set('Content-Type', 'application/json')
      .send(`{"answers":${nestedText(3000)}}`);
    expectProblem(res, 400, 'urn:mosty:problem:body-too-deep');
    expect((await t.http.get(`/api/v1/attempts/${attemptId}`).set(bearer(officer)).expect(200)).body.status).toBe('in_progress');
  });

  it('an anonymous deep body on sign-in is a 400 problem too', async () => {
    const res = await t.http.post('/api/v1/auth/login').set('Content-Type', 'application/json').send(`${'['.repeat(20000)}${']'.repeat(20000)}`);
    expectProblem(res, 400, 'urn:mosty:problem:body-too-deep');
  });

  it('bodies as deep as the limit still pass, one level more does not', () => {
    expect(refusedContent(nested(32))).toBeUndefined();
    expect(refusedContent(nested(33))?.code).toBe('body-too-deep');
    expect(refusedContent('text')).toBeUndefined();
  });

  it('a URL over 16 KB is a 431 problem (Node answered an empty 431 before Express saw it)', async () => {
    const res = await t.http.get(`/api/v1/courses?q=${'x'.repeat(20_000)}`).set(bearer(trainer));
    expectProblem(res, 431, 'urn:mosty:problem:headers-too-large');
    await t.http.get('/health').expect(200);
  });

  it('a NUL character in a JSON body, a key or a query is a 400 problem (PostgreSQL refused it: 500) and saves nothing', async () => {
    expectProblem(await t.http.post('/api/v1/question-banks').set(bearer(trainer)).send({ name: 'Bank\u0000' }), 400, 'urn:mosty:problem:nul-character');
    expectProblem(await t.http.post('/api/v1/courses').set(bearer(trainer)).send({ title: { pl: 'Kurs', 'e\u0000n': 'x' }, audience: ['police'] }), 400, 'urn:mosty:problem:nul-character');
    expectProblem(await t.http.get('/api/v1/users?q=a%00b').set(bearer(admin)), 400, 'urn:mosty:problem:nul-character');
    const banks = await t.http.get('/api/v1/question-banks').set(bearer(trainer)).expect(200);
    expect(banks.body.items.map((b: { name: string }) => b.name)).not.toContain('Bank\u0000');
  });

  it('numbers written in exponent form where decimals are limited are a 400 problem (class-validator threw on 1e-7: 500)', async () => {
    const quiz = { passMarkPercent: 1e-7, maxAttempts: 1, shuffleQuestions: false, shuffleOptions: false, reviewPolicy: 'score' };
    const module = await t.http.patch(`/api/v1/courses/${course.courseId}/modules/${course.quizModuleId}`).set(bearer(trainer)).send({ quiz });
    expectProblem(module, 400, 'urn:mosty:problem:validation');
    const question = await t.http.patch(`/api/v1/questions/${course.questionIds[0]}`).set(bearer(trainer)).send({ points: 1.000000000000003 });
    expectProblem(question, 400, 'urn:mosty:problem:validation');
    const allowed = await t.http.patch(`/api/v1/courses/${course.courseId}/modules/${course.quizModuleId}`).set(bearer(trainer)).send({ quiz: { ...quiz, passMarkPercent: 62.5 } });
    expect(allowed.status).toBe(200);
  });

  it('a submit with `answers: null` is a 400 problem and leaves the attempt open (the service read null.length: 500)', async () => {
    const res = await t.http.post(`/api/v1/attempts/${attemptId}/submit`).set(bearer(officer)).set('Idempotency-Key', 'null-answers').send({ answers: null });
    expectProblem(res, 400, 'urn:mosty:problem:validation');
    expect((await t.http.get(`/api/v1/attempts/${attemptId}`).set(bearer(officer)).expect(200)).body.status).toBe('in_progress');
  });

  it('a field named constructor, prototype or __proto__ is a 400 problem (class-transformer threw on it: 500)', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ email: { constructor: { prototype: {} } }, password: 'x' });
    expectProblem(login, 400, 'urn:mosty:problem:reserved-key');
    const bank = await t.http.post('/api/v1/question-banks').set(bearer(trainer)).set('Content-Type', 'application/json').send('{"name":"B","__proto__":{"admin":true}}');
    expectProblem(bank, 400, 'urn:mosty:problem:reserved-key');
  });

  it('a lone surrogate in a JSON string is a 400 problem (validator\'s isEmail threw a URIError: 500); a whole pair passes', async () => {
    const login = await t.http.post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"email":"\\ud800","password":""}');
    expectProblem(login, 400, 'urn:mosty:problem:malformed-text');
    await t.http.post('/api/v1/question-banks').set(bearer(trainer)).send({ name: 'Bank 👮🏽‍♀️' }).expect(201);
  });
});
