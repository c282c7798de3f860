import { bearer, TestApp } from './support/test-app';
import { QuestionTypeName, VALID_QUESTIONS } from './support/questions';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

/** Question banks, the nine question types, courses, modules, quizzes, publishing and versions. */
describe('authoring', () => {
  let t: TestApp;
  let admin: string;
  let anna: string; // trainer, author of the course and bank
  let piotr: string; // another trainer
  let police: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let bankId: string;

  const trainer = async (email: string, fullName: string) => {
    await t.http.post('/api/v1/users').set(bearer(admin)).send({ email, fullName, role: 'trainer', password: PASSWORD }).expect(201);
    return (await t.login(email, PASSWORD)).accessToken;
  };
  const addQuestion = async (token: string, body: object, bank = bankId) =>
    t.http.post(`/api/v1/question-banks/${bank}/questions`).set(bearer(token)).send(body);
  const newCourse = async (token: string, extra: object = {}) =>
    (
      await t.http
        .post('/api/v1/courses')
        .set(bearer(token))
        .send({ title: { pl: 'Kurs testowy', en: 'Test course' }, audience: ['police'], certificateValidityMonths: 24, ...extra })
        .expect(201)
    ).body;
  const lesson = (pl = 'Treść lekcji') => ({ kind: 'lesson', title: { pl: 'Lekcja' }, body: { pl }, minStudySeconds: 300 });
  const quiz = (settings: object) => ({
    kind: 'quiz',
    title: { pl: 'Test' },
    quiz: { passMarkPercent: 70, maxAttempts: 3, timeLimitSeconds: 1800, shuffleQuestions: true, shuffleOptions: true, reviewPolicy: 'correct_answers', ...settings },
  });

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.adminToken();
    anna = await trainer('anna.trenerka@mosty.test', 'Anna Trenerka');
    piotr = await trainer('piotr.trener@mosty.test', 'Piotr Trener');
    police = await createInstitutionWithPeople(t, admin, 'KMP');
    bankId = (await t.http.post('/api/v1/question-banks').set(bearer(anna)).send({ name: 'Bank Anny' }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  describe('question types', () => {
    it.each(Object.keys(VALID_QUESTIONS) as QuestionTypeName[])('accepts a valid %s question and returns it whole', async (type) => {
      const res = await addQuestion(anna, VALID_QUESTIONS[type]);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ ...VALID_QUESTIONS[type], id: expect.any(String), bankId, version: 1 });
      const read = await t.http.get(`/api/v1/questions/${res.body.id}`).set(bearer(piotr)).expect(200);
      expect(read.body).toEqual(res.body);
    });

    const bad: [string, object, string][] = [
      ['single choice with two right options', { ...VALID_QUESTIONS.single_choice, options: [{ text: { pl: 'a' }, weight: 1 }, { text: { pl: 'b' }, weight: 1 }] }, 'options'],
      ['single choice with no right option', { ...VALID_QUESTIONS.single_choice, options: [{ text: { pl: 'a' }, weight: 0.5 }, { text: { pl: 'b' }, weight: 0 }] }, 'options'],
      ['single choice with one option', { ...VALID_QUESTIONS.single_choice, options: [{ text: { pl: 'a' }, weight: 1 }] }, 'options'],
      ['a weight above 1', { ...VALID_QUESTIONS.single_choice, options: [{ text: { pl: 'a' }, weight: 1.5 }, { text: { pl: 'b' }, weight: 0 }] }, 'options[0].weight'],
      ['multiple choice whose positive weights add up to 0.8', { ...VALID_QUESTIONS.multiple_choice, options: [{ text: { pl: 'a' }, weight: 0.5 }, { text: { pl: 'b' }, weight: 0.3 }] }, 'options'],
      ['multiple choice with repeated options', { ...VALID_QUESTIONS.multiple_choice, options: [{ text: { pl: 'a' }, weight: 0.5 }, { text: { pl: 'A ' }, weight: 0.5 }] }, 'options'],
      ['scenario without a situation', { ...VALID_QUESTIONS.scenario, situation: undefined }, 'situation'],
      ['scenario without a best response', { ...VALID_QUESTIONS.scenario, options: [{ text: { pl: 'a' }, weight: 0.5 }, { text: { pl: 'b' }, weight: 0 }] }, 'options'],
      ['true/false without the key', { ...VALID_QUESTIONS.true_false, correct: undefined }, 'correct'],
      ['true/false with a string key', { ...VALID_QUESTIONS.true_false, correct: 'false' }, 'correct'],
      ['short answer without a full-mark answer', { ...VALID_QUESTIONS.short_answer, answers: [{ text: 'x', weight: 0.5 }] }, 'answers'],
      ['short answer with a negative weight', { ...VALID_QUESTIONS.short_answer, answers: [{ text: 'x', weight: 1 }, { text: 'y', weight: -0.5 }] }, 'answers[1].weight'],
      ['short answer repeating an answer in another case', { ...VALID_QUESTIONS.short_answer, answers: [{ text: 'PESEL', weight: 1 }, { text: 'pesel', weight: 1 }] }, 'answers'],
      ['numeric with a negative tolerance', { ...VALID_QUESTIONS.numeric, answers: [{ value: 112, tolerance: -1, weight: 1 }] }, 'answers[0].tolerance'],
      ['numeric with a text value', { ...VALID_QUESTIONS.numeric, answers: [{ value: '112', tolerance: 0, weight: 1 }] }, 'answers[0].value'],
      ['matching with one pair', { ...VALID_QUESTIONS.matching, pairs: [VALID_QUESTIONS.matching.pairs[0]], distractors: [] }, 'pairs'],
      ['matching with a repeated left side', { ...VALID_QUESTIONS.matching, pairs: [VALID_QUESTIONS.matching.pairs[0], { left: { pl: 'Straż Graniczna' }, right: { pl: 'inne' } }] }, 'pairs'],
      ['matching whose distractor repeats a right side', { ...VALID_QUESTIONS.matching, distractors: [{ pl: 'udziela pomocy społecznej' }] }, 'pairs'],
      ['ordering with one item', { ...VALID_QUESTIONS.ordering, items: [{ pl: 'jedyny' }] }, 'items'],
      ['ordering with repeated items', { ...VALID_QUESTIONS.ordering, items: [{ pl: 'a' }, { pl: 'a' }] }, 'items'],
      ['essay with options', { ...VALID_QUESTIONS.essay, options: [] }, 'options'],
      ['an unknown type', { ...VALID_QUESTIONS.essay, type: 'cloze' }, 'type'],
      ['zero points', { ...VALID_QUESTIONS.essay, points: 0 }, 'points'],
      ['a prompt without Polish', { ...VALID_QUESTIONS.essay, prompt: { en: 'Only English' } }, 'prompt.pl'],
      ['a tag that is not a slug', { ...VALID_QUESTIONS.essay, tags: ['Prawa człowieka'] }, 'tags'],
      ['repeated tags', { ...VALID_QUESTIONS.essay, tags: ['komunikacja', 'komunikacja'] }, 'tags'],
      ['an unknown field', { ...VALID_QUESTIONS.true_false, answerKey: 'leak' }, 'answerKey'],
    ];
    it.each(bad)('refuses %s with a 400 naming the field, and stores nothing', async (_, body, field) => {
      const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM question`);
      const res = await addQuestion(anna, body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM question`)).toEqual(before);
    });

    it('lists questions by tag and type', async () => {
      const res = await t.http.get(`/api/v1/question-banks/${bankId}/questions?tag=tlumacz&type=scenario`).set(bearer(anna)).expect(200);
      expect(res.body.items.map((q: { type: string }) => q.type)).toEqual(['scenario']);
    });

    it('edits a question: the whole question is checked again and its version rises', async () => {
      const created = (await addQuestion(anna, VALID_QUESTIONS.true_false)).body;
      await t.http.patch(`/api/v1/questions/${created.id}`).set(bearer(anna)).send({ correct: 'yes' }).expect(400);
      const edited = await t.http.patch(`/api/v1/questions/${created.id}`).set(bearer(anna)).send({ correct: true, points: 2 }).expect(200);
      expect(edited.body).toMatchObject({ correct: true, points: 2, version: 2, type: 'true_false' });
    });

    it('an edit that sends an optional field as null removes it', async () => {
      const created = (await addQuestion(anna, { ...VALID_QUESTIONS.true_false, tags: ['tlumacz'] })).body;
      expect(created.feedbackTrue).toEqual(VALID_QUESTIONS.true_false.feedbackTrue);
      const edited = await t.http.patch(`/api/v1/questions/${created.id}`).set(bearer(anna)).send({ feedbackTrue: null, tags: null }).expect(200);
      expect(edited.body).not.toHaveProperty('feedbackTrue');
      expect(edited.body).not.toHaveProperty('tags');
      await t.http.patch(`/api/v1/questions/${created.id}`).set(bearer(anna)).send({ prompt: null }).expect(400);
    });
  });

  describe("who may author", () => {
    it('officers and institution admins cannot reach banks or questions at all', async () => {
      for (const token of [police.officer.token, police.coordinator.token]) {
        await t.http.post('/api/v1/question-banks').set(bearer(token)).send({ name: 'x' }).expect(403);
        await t.http.get('/api/v1/question-banks').set(bearer(token)).expect(403);
        await t.http.get(`/api/v1/question-banks/${bankId}/questions`).set(bearer(token)).expect(403);
        await addQuestion(token, VALID_QUESTIONS.essay).then((r) => expect(r.status).toBe(403));
        await t.http.post('/api/v1/courses').set(bearer(token)).send({ title: { pl: 'x' }, audience: ['police'] }).expect(403);
      }
    });

    it("a trainer may read but not change another trainer's bank; an admin may", async () => {
      await t.http.get(`/api/v1/question-banks/${bankId}/questions`).set(bearer(piotr)).expect(200);
      expect((await addQuestion(piotr, VALID_QUESTIONS.essay)).status).toBe(403);
      await t.http.patch(`/api/v1/question-banks/${bankId}`).set(bearer(piotr)).send({ name: 'Przejęty' }).expect(403);
      expect((await addQuestion(admin, VALID_QUESTIONS.essay)).status).toBe(201);
    });

    it("a trainer cannot edit, extend or publish another trainer's course; an admin can", async () => {
      const course = await newCourse(anna);
      await t.http.patch(`/api/v1/courses/${course.id}`).set(bearer(piotr)).send({ title: { pl: 'Cudzy' } }).expect(403);
      await t.http.post(`/api/v1/courses/${course.id}/modules`).set(bearer(piotr)).send(lesson()).expect(403);
      await t.http.post(`/api/v1/courses/${course.id}/publish`).set(bearer(piotr)).expect(403);
      await t.http.patch(`/api/v1/courses/${course.id}`).set(bearer(admin)).send({ title: { pl: 'Poprawiony przez admina' } }).expect(200);
      const read = await t.http.get(`/api/v1/courses/${course.id}`).set(bearer(piotr)).expect(200);
      expect(read.body.title).toEqual({ pl: 'Poprawiony przez admina' });
    });

    it("owner=me lists only the author's own courses (a trainer's list); without it, every course", async () => {
      const mine = await newCourse(piotr, { title: { pl: 'Kurs Piotra' } });
      const own = await t.http.get('/api/v1/courses?owner=me&limit=100').set(bearer(piotr)).expect(200);
      expect(own.body.items.map((c: { id: string }) => c.id)).toEqual([mine.id]);
      const all = await t.http.get('/api/v1/courses?limit=100').set(bearer(piotr)).expect(200);
      expect(all.body.items.length).toBeGreaterThan(1);
      await t.http.get('/api/v1/courses?owner=someone').set(bearer(piotr)).expect(400);
    });
  });

  describe('courses, modules and versions', () => {
    it('a new course is a draft with the fields of the contract', async () => {
      const course = await newCourse(anna, { description: { pl: 'Opis' } });
      expect(course).toMatchObject({
        id: expect.any(String),
        status: 'draft',
        title: { pl: 'Kurs testowy', en: 'Test course' },
        description: { pl: 'Opis' },
        audience: ['police'],
        certificateValidityMonths: 24,
        currentVersion: 0,
        modules: [],
      });
      const res = await t.http.post('/api/v1/courses').set(bearer(anna)).send({ title: { en: 'No Polish' }, audience: ['navy'] }).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['audience', 'title.pl']);
    });

    it('modules keep a gap-free order when added, moved and removed', async () => {
      const course = await newCourse(anna);
      const add = async (title: string, position?: number) =>
        (await t.http.post(`/api/v1/courses/${course.id}/modules`).set(bearer(anna)).send({ ...lesson(), title: { pl: title }, position }).expect(201)).body;
      const a = await add('A');
      const b = await add('B');
      const c = await add('C');
      await add('Z', 1);
      const order = async () => (await t.http.get(`/api/v1/courses/${course.id}`).set(bearer(anna)).expect(200)).body.modules.map((m: { title: { pl: string }; position: number }) => `${m.position}${m.title.pl}`);
      expect(await order()).toEqual(['1Z', '2A', '3B', '4C']);
      await t.http.patch(`/api/v1/courses/${course.id}/modules/${c.id}`).set(bearer(anna)).send({ position: 2 }).expect(200);
      expect(await order()).toEqual(['1Z', '2C', '3A', '4B']);
      await t.http.patch(`/api/v1/courses/${course.id}/modules/${a.id}`).set(bearer(anna)).send({ position: 99 }).expect(200);
      expect(await order()).toEqual(['1Z', '2C', '3B', '4A']);
      await t.http.delete(`/api/v1/courses/${course.id}/modules/${b.id}`).set(bearer(anna)).expect(204);
      expect(await order()).toEqual(['1Z', '2C', '3A']);
    });

    it('a quiz needs its settings, a lesson refuses them, and references must exist', async () => {
      const course = await newCourse(anna);
      await t.http.post(`/api/v1/courses/${course.id}/modules`).set(bearer(anna)).send({ kind: 'quiz', title: { pl: 'Test' } }).expect(400);
      await t.http.post(`/api/v1/courses/${course.id}/modules`).set(bearer(anna)).send({ ...lesson(), quiz: quiz({}).quiz }).expect(400);
      await t.http.post(`/api/v1/courses/${course.id}/modules`).set(bearer(anna)).send(quiz({ reviewPolicy: 'everything' })).expect(400);
      const missing = await t.http
        .post(`/api/v1/courses/${course.id}/modules`)
        .set(bearer(anna))
        .send(quiz({ questionIds: ['00000000-0000-4000-8000-000000000000'], draws: [{ bankId: '00000000-0000-4000-8000-000000000001', count: 1 }] }))
        .expect(422);
      expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['quiz.questionIds', 'quiz.draws[0].bankId']);
    });

    it('publishing refuses a course that cannot be taken and says what is missing', async () => {
      const course = await newCourse(anna);
      const empty = await t.http.post(`/api/v1/courses/${course.id}/publish`).set(bearer(anna)).expect(422);
      expect(empty.body).toMatchObject({ type: 'urn:mosty:problem:course-not-publishable', errors: [{ field: 'modules' }] });

      const smallBank = (await t.http.post('/api/v1/question-banks').set(bearer(anna)).send({ name: 'Mały bank' }).expect(201)).body.id;
      await addQuestion(anna, { ...VALID_QUESTIONS.true_false, tags: ['komunikacja'] }, smallBank);
      await addQuestion(anna, { ...VALID_QUESTIONS.essay, tags: ['komunikacja'] }, smallBank);
      await addQuestion(anna, { ...VALID_QUESTIONS.numeric, tags: ['bezpieczenstwo'] }, smallBank);
      await t.http.post(`/api/v1/courses/${course.id}/modules`).set(bearer(anna)).send(quiz({})).expect(201);
      await t.http.post(`/api/v1/courses/${course.id}/modules`).set(bearer(anna)).send(quiz({ draws: [{ bankId: smallBank, tag: 'komunikacja', count: 5 }] })).expect(201);
      const res = await t.http.post(`/api/v1/courses/${course.id}/publish`).set(bearer(anna)).expect(422);
      expect(res.body.errors).toEqual([
        { field: 'modules[0].quiz', messages: ['the quiz "Test" has no questions'] },
        { field: 'modules[1].quiz.draws[0]', messages: ['the bank "Mały bank" has 2 questions tagged "komunikacja"; the draw needs 5'] },
      ]);
      expect((await t.http.get(`/api/v1/courses/${course.id}/versions`).set(bearer(anna)).expect(200)).body.items).toEqual([]);
    });

    it('publish freezes version 1; later edits and version 2 never change it', async () => {
      const q1 = (await addQuestion(anna, { ...VALID_QUESTIONS.single_choice, tags: ['status-prawny'] })).body;
      const q2 = (await addQuestion(anna, VALID_QUESTIONS.matching)).body;
      const course = await newCourse(anna, { audience: ['police', 'border_guard'] });
      const l = (await t.http.post(`/api/v1/courses/${course.id}/modules`).set(bearer(anna)).send(lesson('Wersja pierwsza')).expect(201)).body;
      const qz = (
        await t.http
          .post(`/api/v1/courses/${course.id}/modules`)
          .set(bearer(anna))
          .send(quiz({ questionIds: [q1.id, q2.id], draws: [{ bankId, tag: 'status-prawny', count: 1 }] }))
          .expect(201)
      ).body;

      const published = await t.http.post(`/api/v1/courses/${course.id}/publish`).set(bearer(anna)).expect(201);
      expect(published.body).toEqual({
        courseId: course.id,
        version: 1,
        publishedAt: expect.any(String),
        publishedBy: expect.any(String),
        enrollmentsMoved: { notStarted: 0, inProgress: 0 },
        enrollmentsKept: { inProgress: 0, completed: 0 },
        warnings: [],
      });
      const v1 = (await t.http.get(`/api/v1/courses/${course.id}/versions/1`).set(bearer(anna)).expect(200)).body;
      expect(v1.snapshot.modules.map((m: { id: string }) => m.id)).toEqual([l.id, qz.id]);
      const frozenQuiz = v1.snapshot.modules[1].quiz;
      expect(frozenQuiz).toMatchObject({ passMarkPercent: 70, maxAttempts: 3, reviewPolicy: 'correct_answers' });
      expect(frozenQuiz.questions.map((q: { id: string; options?: { weight: number }[] }) => q.id)).toEqual([q1.id, q2.id]);
      expect(frozenQuiz.questions[0].options[0].weight).toBe(1); // the answer key is in the snapshot
      expect(frozenQuiz.draws[0].candidates.map((q: { id: string }) => q.id)).toContain(q1.id);

      // Edit everything the version refers to.
      await t.http.patch(`/api/v1/courses/${course.id}`).set(bearer(anna)).send({ title: { pl: 'Nowy tytuł' }, certificateValidityMonths: null }).expect(200);
      await t.http.patch(`/api/v1/courses/${course.id}/modules/${l.id}`).set(bearer(anna)).send({ body: { pl: 'Wersja druga' } }).expect(200);
      await t.http.patch(`/api/v1/courses/${course.id}/modules/${qz.id}`).set(bearer(anna)).send({ quiz: { passMarkPercent: 90, questionIds: [q2.id] } }).expect(200);
      await t.http.patch(`/api/v1/questions/${q1.id}`).set(bearer(anna)).send({ prompt: { pl: 'Zmieniona treść' } }).expect(200);
      const blocked = await t.http.delete(`/api/v1/questions/${q2.id}`).set(bearer(anna)).expect(409);
      expect(blocked.body.type).toBe('urn:mosty:problem:question-in-use');
      await t.http.delete(`/api/v1/questions/${q1.id}`).set(bearer(anna)).expect(204);

      const draft = (await t.http.get(`/api/v1/courses/${course.id}`).set(bearer(anna)).expect(200)).body;
      expect(draft).toMatchObject({ status: 'published', currentVersion: 1, hasUnpublishedChanges: true });

      const second = await t.http.post(`/api/v1/courses/${course.id}/publish`).set(bearer(anna)).expect(201);
      expect(second.body.version).toBe(2);
      const v2 = (await t.http.get(`/api/v1/courses/${course.id}/versions/2`).set(bearer(anna)).expect(200)).body;
      expect(v2.snapshot).toMatchObject({ title: { pl: 'Nowy tytuł' }, certificateValidityMonths: null });
      expect(v2.snapshot.modules[1].quiz.passMarkPercent).toBe(90);

      const v1Again = (await t.http.get(`/api/v1/courses/${course.id}/versions/1`).set(bearer(anna)).expect(200)).body;
      expect(v1Again).toEqual(v1);
      const list = (await t.http.get(`/api/v1/courses/${course.id}/versions`).set(bearer(anna)).expect(200)).body.items;
      expect(list.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    });

    it('the database itself refuses to change a published version', async () => {
      const [row] = await t.dataSource.query(`SELECT id FROM course_version LIMIT 1`);
      await expect(t.dataSource.query(`UPDATE course_version SET snapshot = '{}' WHERE id = $1`, [row.id])).rejects.toThrow(/immutable/);
      await expect(t.dataSource.query(`DELETE FROM course_version WHERE id = $1`, [row.id])).rejects.toThrow(/immutable/);
    });
  });

  describe('what officers and coordinators see', () => {
    let courseId: string;
    let quizModuleId: string;

    beforeAll(async () => {
      const q = (await addQuestion(anna, VALID_QUESTIONS.single_choice)).body;
      const course = await newCourse(anna, { title: { pl: 'Dla policji' } });
      courseId = course.id;
      await t.http.post(`/api/v1/courses/${courseId}/modules`).set(bearer(anna)).send(lesson()).expect(201);
      quizModuleId = (await t.http.post(`/api/v1/courses/${courseId}/modules`).set(bearer(anna)).send(quiz({ questionIds: [q.id] })).expect(201)).body.id;
    });

    it('a draft does not exist for them', async () => {
      await t.http.get(`/api/v1/courses/${courseId}`).set(bearer(police.officer.token)).expect(404);
      const list = await t.http.get('/api/v1/courses').set(bearer(police.officer.token)).expect(200);
      expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(courseId);
    });

    it('a published course shows its published outline, never quiz content or keys, and not later draft edits', async () => {
      await t.http.post(`/api/v1/courses/${courseId}/publish`).set(bearer(anna)).expect(201);
      await t.http.patch(`/api/v1/courses/${courseId}`).set(bearer(anna)).send({ title: { pl: 'Szkic po publikacji' } }).expect(200);
      for (const token of [police.officer.token, police.coordinator.token]) {
        const res = await t.http.get(`/api/v1/courses/${courseId}`).set(bearer(token)).expect(200);
        expect(res.body).toMatchObject({ id: courseId, status: 'published', version: 1, title: { pl: 'Dla policji' } });
        expect(res.body.modules).toEqual([
          { id: expect.any(String), kind: 'lesson', position: 1, title: { pl: 'Lekcja' } },
          { id: quizModuleId, kind: 'quiz', position: 2, title: { pl: 'Test' } },
        ]);
        // 112 (the numeric answer) as a number of its own: a uuid may hold the digits 112.
        expect(JSON.stringify(res.body)).not.toMatch(/weight|questionIds|options|\b112\b/);
        const list = await t.http.get('/api/v1/courses').set(bearer(token)).expect(200);
        expect(list.body.items.map((c: { id: string }) => c.id)).toContain(courseId);
        await t.http.get(`/api/v1/courses/${courseId}/versions`).set(bearer(token)).expect(403);
        await t.http.get(`/api/v1/courses/${courseId}/versions/1`).set(bearer(token)).expect(403);
      }
    });

    it("a course for another audience, or an archived one, is not found", async () => {
      const guard = await createInstitutionWithPeople(t, admin, 'SM', 'municipal_guard');
      await t.http.get(`/api/v1/courses/${courseId}`).set(bearer(guard.officer.token)).expect(404);
      await t.http.post(`/api/v1/courses/${courseId}/archive`).set(bearer(anna)).expect(200);
      await t.http.get(`/api/v1/courses/${courseId}`).set(bearer(police.officer.token)).expect(404);
      const authorView = await t.http.get(`/api/v1/courses/${courseId}`).set(bearer(anna)).expect(200);
      expect(authorView.body.status).toBe('archived');
      const refused = await t.http.post(`/api/v1/courses/${courseId}/publish`).set(bearer(anna)).expect(409);
      expect(refused.body.type).toBe('urn:mosty:problem:course-archived');
      await t.http.post(`/api/v1/courses/${courseId}/unarchive`).set(bearer(anna)).expect(200);
      await t.http.get(`/api/v1/courses/${courseId}`).set(bearer(police.officer.token)).expect(200);
    });
  });
});
