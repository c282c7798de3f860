import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bearer, TestApp } from './support/test-app';
import { VALID_QUESTIONS } from './support/questions';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

const FIXTURES = join(__dirname, '..', '..', 'shared', 'fixtures');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

describe('importing and exporting question banks', () => {
  let t: TestApp;
  let trainer: string;
  let otherTrainer: string;
  let officer: string;

  const newBank = async (name: string) => (await t.http.post('/api/v1/question-banks').set(bearer(trainer)).send({ name }).expect(201)).body.id as string;
  const importFile = (bankId: string, format: string, body: string, contentType = 'text/plain', token = trainer) =>
    t.http.post(`/api/v1/question-banks/${bankId}/import?format=${format}`).set(bearer(token)).set('Content-Type', contentType).send(body);
  const questionsOf = async (bankId: string) =>
    (await t.http.get(`/api/v1/question-banks/${bankId}/questions?limit=100`).set(bearer(trainer)).expect(200)).body.items;
  const definitions = (items: Record<string, unknown>[]) =>
    items.map(({ id: _id, bankId: _bank, version: _v, createdAt: _c, updatedAt: _u, ...definition }) => definition);

  beforeAll(async () => {
    t = await TestApp.start();
    const admin = await t.adminToken();
    for (const email of ['import.trener@mosty.test', 'inny.trener@mosty.test']) {
      await t.http.post('/api/v1/users').set(bearer(admin)).send({ email, fullName: 'Trener', role: 'trainer', password: PASSWORD }).expect(201);
    }
    trainer = (await t.login('import.trener@mosty.test', PASSWORD)).accessToken;
    otherTrainer = (await t.login('inny.trener@mosty.test', PASSWORD)).accessToken;
    officer = (await createInstitutionWithPeople(t, admin, 'KMP')).officer.token;
  });
  afterAll(() => t.close());

  describe("Moodle's own test files", () => {
    it('GIFT questions_in_category: 4 questions — matching, single choice, short answer, true/false', async () => {
      const bank = await newBank('GIFT');
      const res = await importFile(bank, 'gift', fixture('gift/questions_in_category.gift.txt')).expect(201);
      expect(res.body).toMatchObject({ imported: 4, skipped: [] });
      const questions = await questionsOf(bank);
      expect(questions.map((q: { type: string }) => q.type)).toEqual(['matching', 'single_choice', 'short_answer', 'true_false']);
      expect(questions.every((q: { tags: string[] }) => q.tags.includes('default-for-new-features'))).toBe(true);
      const [matching, greeting, moodler, acronym] = questions;
      expect(matching.distractors).toEqual([{ pl: 'Chat' }]);
      expect(matching.pairs).toHaveLength(4);
      expect(greeting).toMatchObject({ name: 'Greeting', format: 'html' });
      expect(greeting.prompt.pl).toContain('<a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">Listen to this greeting:</a>');
      expect(greeting.options.find((o: { weight: number }) => o.weight === 1)).toMatchObject({ text: { pl: 'French' }, feedback: { pl: 'Yes, well done!' } });
      expect(moodler.answers).toEqual([{ text: 'Moodler', weight: 1 }]);
      expect(acronym).toMatchObject({ type: 'true_false', correct: true });
    });

    it('Moodle XML nested_categories_with_questions: 5 questions — 4 true/false and 1 essay, categories as tags', async () => {
      const bank = await newBank('XML nested');
      const res = await importFile(bank, 'moodle-xml', fixture('moodle-xml/nested_categories_with_questions.xml'), 'application/xml').expect(201);
      expect(res.body).toMatchObject({ imported: 5, skipped: [] });
      const questions = await questionsOf(bank);
      expect(questions.map((q: { type: string }) => q.type).sort()).toEqual(['essay', 'true_false', 'true_false', 'true_false', 'true_false']);
      expect(questions.find((q: { name: string }) => q.name === 'Kappa Essay Question').tags).toEqual(['iota', 'kappa']);
      expect(questions.find((q: { name: string }) => q.name === 'Lambda Question').tags).toEqual(['iota', 'kappa', 'lambda']);
    });

    it('Moodle XML export_category: 1 true/false question', async () => {
      const bank = await newBank('XML alpha');
      const res = await importFile(bank, 'moodle-xml', fixture('moodle-xml/export_category.xml'), 'text/xml').expect(201);
      expect(res.body).toMatchObject({ imported: 1, skipped: [] });
      expect(await questionsOf(bank)).toEqual([expect.objectContaining({ type: 'true_false', correct: true, tags: ['alpha'], name: 'Alpha Question' })]);
    });
  });

  describe('what cannot be imported is reported, never a 5xx', () => {
    it('GIFT: invalid questions are skipped with their line and the reason; the rest are imported', async () => {
      const bank = await newBank('GIFT edge');
      const gift = [
        '// a comment',
        '$CATEGORY: $course$/Prawa człowieka',
        '',
        'To jest opis bez pytania.',
        '',
        '::Dwie dobre::Które są poprawne? {=tak =też ~nie}',
        '',
        'Zasada {=non-refoulement} zakazuje wydalenia do kraju prześladowań.',
        '',
      ].join('\n');
      const res = await importFile(bank, 'gift', gift).expect(201);
      expect(res.body.imported).toBe(1);
      expect(res.body.skipped).toEqual([
        { line: 4, reason: expect.stringMatching(/description/) },
        { line: 6, reason: expect.stringMatching(/^options: exactly one option must be worth 100%/) },
      ]);
      const [question] = await questionsOf(bank);
      expect(question).toMatchObject({ type: 'short_answer', tags: ['prawa-czlowieka'], prompt: { pl: 'Zasada _____ zakazuje wydalenia do kraju prześladowań.' } });
    });

    it('Moodle XML: cloze, calculated and drag-and-drop are skipped with their index and type', async () => {
      const bank = await newBank('XML edge');
      const question = (type: string) => `<question type="${type}"><name><text>${type}</text></name><questiontext format="html"><text>x</text></questiontext></question>`;
      const xml = `<?xml version="1.0"?><quiz>${question('multianswer')}${question('description')}${question('calculated')}${question('ddwtos')}
        <question type="truefalse"><name><text>TF</text></name><questiontext format="html"><text>Prawda?</text></questiontext>
        <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`;
      const res = await importFile(bank, 'moodle-xml', xml, 'application/xml').expect(201);
      expect(res.body.imported).toBe(1);
      expect(res.body.skipped).toEqual([
        { index: 1, reason: expect.stringMatching(/multianswer|cloze/) },
        { index: 3, reason: expect.stringMatching(/calculated/) },
        { index: 4, reason: expect.stringMatching(/ddwtos/) },
      ]);
    });

    it.each([
      ['gift', 'Pytanie bez końca {=a ~b\n\n'],
      ['moodle-xml', '<quiz><question type="truefalse"><name>'],
      ['moodle-xml', 'this is not xml at all'],
      ['moodle-xml', '<?xml version="1.0"?><html><body/></html>'],
    ])('a broken %s file is a 400 problem with the position, and imports nothing', async (format, body) => {
      const bank = await newBank(`broken ${format}`);
      const res = await importFile(bank, format, body).expect(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.body).toMatchObject({ type: 'urn:mosty:problem:invalid-import-file', position: expect.any(Object) });
      expect(await questionsOf(bank)).toEqual([]);
    });

    it('an unknown format is a 400, a JSON body a 415', async () => {
      const bank = await newBank('formats');
      await importFile(bank, 'aiken', 'x').expect(400);
      await t.http.post(`/api/v1/question-banks/${bank}/import?format=gift`).set(bearer(trainer)).send({ gift: 'x' }).expect(415);
    });

    it('officers and other trainers may not import into a bank', async () => {
      const bank = await newBank('guarded');
      await importFile(bank, 'gift', '{TRUE}', 'text/plain', officer).expect(403);
      await importFile(bank, 'gift', 'Prawda? {TRUE}', 'text/plain', otherTrainer).expect(403);
      expect(await questionsOf(bank)).toEqual([]);
    });
  });

  it('a bank exported as Moodle XML imports back to the same questions', async () => {
    const source = await newBank('Źródło');
    const roundTripTypes = ['single_choice', 'multiple_choice', 'true_false', 'short_answer', 'numeric', 'matching', 'ordering', 'essay'] as const;
    for (const type of roundTripTypes) {
      await t.http.post(`/api/v1/question-banks/${source}/questions`).set(bearer(trainer)).send({ ...VALID_QUESTIONS[type], format: 'markdown' }).expect(201);
    }
    const exported = await t.http.get(`/api/v1/question-banks/${source}/export?format=moodle-xml`).set(bearer(trainer)).expect(200);
    expect(exported.headers['content-type']).toMatch(/application\/xml/);
    expect(exported.headers['content-disposition']).toMatch(/attachment; filename=/);

    const target = await newBank('Cel');
    const imported = await importFile(target, 'moodle-xml', exported.text, 'application/xml').expect(201);
    expect(imported.body).toMatchObject({ imported: roundTripTypes.length, skipped: [] });

    // A Moodle XML file holds one language, and Moodle needs a name and an explicit caseSensitive.
    const polishOnly = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(polishOnly)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'en' && k !== 'uk').map(([k, v]) => [k, polishOnly(v)]))
          : value;
    const normalize = (items: Record<string, unknown>[]) =>
      definitions(items).map((q) => polishOnly({ ...q, name: undefined, caseSensitive: q.type === 'short_answer' ? Boolean(q.caseSensitive) : undefined }));
    expect(normalize(await questionsOf(target))).toEqual(normalize(await questionsOf(source)));
  });
});
