import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGift } from '../src/modules/questions/import/gift-parser';
import { parseMoodleXml } from '../src/modules/questions/import/moodle-xml-parser';
import { bearer, TestApp } from './support/test-app';
import { VALID_QUESTIONS } from './support/questions';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

/** Mosty's own question files; Moodle's own are checked by `npm run test:interop`. */
const fixture = (path: string) => readFileSync(join(__dirname, 'fixtures', path), 'utf8');

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

  describe("Mosty's own question files (test/fixtures)", () => {
    it('GIFT legal-status-in-category: 4 questions — matching, single choice, short answer, true/false', async () => {
      const bank = await newBank('GIFT');
      const res = await importFile(bank, 'gift', fixture('gift/legal-status-in-category.gift.txt')).expect(201);
      expect(res.body).toMatchObject({ imported: 4, skipped: [] });
      const questions = await questionsOf(bank);
      expect(questions.map((q: { type: string }) => q.type)).toEqual(['matching', 'single_choice', 'short_answer', 'true_false']);
      expect(questions.every((q: { tags: string[] }) => q.tags.includes('sytuacja-prawna-cudzoziemcow'))).toBe(true);
      const [documents, greeting, principle, interpreter] = questions;
      expect(documents.distractors).toEqual([{ pl: 'Prawo jazdy' }]);
      expect(documents.pairs).toHaveLength(4);
      expect(greeting).toMatchObject({ name: 'Pierwszy kontakt', format: 'html' });
      expect(greeting.prompt.pl).toContain('<a href="https://mosty.example/nagrania/powitanie.mp3">Posłuchaj powitania:</a>');
      expect(greeting.options.find((o: { weight: number }) => o.weight === 1)).toMatchObject({ text: { pl: 'ukraińskim' }, feedback: { pl: 'Tak, dobrze!' } });
      expect(principle.answers).toEqual([{ text: 'non-refoulement', weight: 1 }]);
      expect(interpreter).toMatchObject({ type: 'true_false', correct: true });
    });

    it('Moodle XML legal-status-nested-categories: 5 questions — 4 true/false and 1 essay, categories as tags', async () => {
      const bank = await newBank('XML nested');
      const res = await importFile(bank, 'moodle-xml', fixture('moodle-xml/legal-status-nested-categories.xml'), 'application/xml').expect(201);
      expect(res.body).toMatchObject({ imported: 5, skipped: [] });
      const questions = await questionsOf(bank);
      expect(questions.map((q: { type: string }) => q.type).sort()).toEqual(['essay', 'true_false', 'true_false', 'true_false', 'true_false']);
      expect(questions.find((q: { name: string }) => q.name === 'Ochrona: esej').tags).toEqual(['status-prawny', 'ochrona-miedzynarodowa']);
      expect(questions.find((q: { name: string }) => q.name === 'Azyl: decyzja').tags).toEqual(['status-prawny', 'ochrona-miedzynarodowa', 'azyl']);
    });

    it('Moodle XML one-category: 1 true/false question', async () => {
      const bank = await newBank('XML jedna kategoria');
      const res = await importFile(bank, 'moodle-xml', fixture('moodle-xml/one-category.xml'), 'text/xml').expect(201);
      expect(res.body).toMatchObject({ imported: 1, skipped: [] });
      expect(await questionsOf(bank)).toEqual([
        expect.objectContaining({ type: 'true_false', correct: true, tags: ['prawa-migrantow'], name: 'Prawo do informacji' }),
      ]);
    });

    it.each([
      ['gift', 'gift/every-construct.gift.txt', 'text/plain'],
      ['moodle-xml', 'moodle-xml/every-question-type.xml', 'application/xml'],
    ])('%s %s: every question is stored as the parser read it, in file order', async (format, path, contentType) => {
      const bank = await newBank(`wszystko ${format}`);
      const text = fixture(path);
      const parsed = (format === 'gift' ? parseGift(text) : parseMoodleXml(text)).questions.map(({ question }) => question);
      const res = await importFile(bank, format, text, contentType).expect(201);
      expect(res.body).toMatchObject({ imported: parsed.length, skipped: [] });
      expect(definitions(await questionsOf(bank))).toEqual(parsed);
    });
  });

  describe('what cannot be imported is reported, never a 5xx', () => {
    it('GIFT skipped-and-rejected: invalid questions are skipped with their line and the reason; the rest are imported', async () => {
      const bank = await newBank('GIFT edge');
      const res = await importFile(bank, 'gift', fixture('gift/skipped-and-rejected.gift.txt')).expect(201);
      expect(res.body.imported).toBe(2);
      expect(res.body.skipped).toEqual([
        { line: 5, reason: expect.stringMatching(/description/) },
        { line: 10, reason: expect.stringMatching(/^2 answer blocks in one question/) },
        { line: 13, reason: 'a "}" without a matching "{"' },
        { line: 15, reason: expect.stringMatching(/name/) },
        { line: 17, reason: 'the question has no text' },
        { line: 19, reason: '"czternaście" is not a number' },
        { line: 21, reason: expect.stringMatching(/backwards/) },
        { line: 23, reason: expect.stringMatching(/negative/) },
        { line: 25, reason: expect.stringMatching(/"\*"/) },
        { line: 27, reason: expect.stringMatching(/->/) },
        { line: 29, reason: expect.stringMatching(/matched to nothing/) },
        // Read by the parser, refused by the same rules as an API body.
        { line: 32, reason: expect.stringMatching(/^options: exactly one option must be worth 100%/) },
      ]);
      const questions = await questionsOf(bank);
      expect(questions.map((q: { type: string }) => q.type)).toEqual(['true_false', 'short_answer']);
      expect(questions[1]).toMatchObject({ tags: ['prawa-czlowieka'], prompt: { pl: 'Zasada _____ zakazuje wydalenia do kraju prześladowań.' } });
    });

    it('Moodle XML skipped-questions: cloze, calculated, drag-and-drop and unreadable questions are skipped with their index and reason', async () => {
      const bank = await newBank('XML edge');
      const res = await importFile(bank, 'moodle-xml', fixture('moodle-xml/skipped-questions.xml'), 'application/xml').expect(201);
      expect(res.body.imported).toBe(1);
      const skipped: { index: number; reason: string }[] = res.body.skipped;
      // Index 1 is the category, 3 the description: neither is reported.
      expect(skipped.map((s) => s.index)).toEqual([2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
      expect(skipped.slice(0, 4)).toEqual([
        { index: 2, reason: expect.stringMatching(/multianswer|cloze/i) },
        { index: 4, reason: expect.stringMatching(/calculated/) },
        { index: 5, reason: expect.stringMatching(/calculatedsimple/) },
        { index: 6, reason: expect.stringMatching(/calculatedmulti/) },
      ]);
      expect(skipped.find((s) => s.index === 7)?.reason).toMatch(/ddwtos/);
      expect(skipped.find((s) => s.index === 25)?.reason).toMatch(/^options: exactly one option must be worth 100%/);
      expect(await questionsOf(bank)).toEqual([expect.objectContaining({ type: 'true_false', name: 'Tłumacz w sądzie' })]);
    });

    it.each([
      ['gift', 'gift/malformed/unclosed-brace.gift.txt'],
      ['gift', 'gift/malformed/brace-opened-twice.gift.txt'],
      ['gift', 'gift/malformed/binary.gift.txt'],
      ['moodle-xml', 'moodle-xml/malformed/truncated.xml'],
      ['moodle-xml', 'moodle-xml/malformed/unclosed-tag.xml'],
      ['moodle-xml', 'moodle-xml/malformed/not-xml.txt'],
      ['moodle-xml', 'moodle-xml/malformed/wrong-root.xml'],
      ['moodle-xml', 'moodle-xml/malformed/doctype.xml'],
    ])('a broken %s file (%s) is a 400 problem with the position, and imports nothing', async (format, path) => {
      const bank = await newBank(`broken ${path}`);
      const res = await importFile(bank, format, fixture(path)).expect(400);
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
