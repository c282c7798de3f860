import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { ImportResult } from '../../src/modules/questions/question-definition';
import { parseGift } from '../../src/modules/questions/import/gift-parser';
import { parseMoodleXml } from '../../src/modules/questions/import/moodle-xml-parser';
import { bearer, TestApp } from '../support/test-app';
import { PASSWORD } from '../support/world';

/**
 * Interoperability: Moodle's own question files (the tests/fixtures of question/format/gift and
 * question/format/xml in moodle/moodle) import as Moodle means them. They are not part of the
 * repository, so this runs apart from `npm test`: `npm run test:interop -- <dir>`, where <dir>
 * holds gift/ and moodle-xml/.
 */
const DIR = process.env.MOSTY_INTEROP_FIXTURES;
if (!DIR || !isAbsolute(DIR) || !existsSync(DIR)) {
  // Failing, not passing with nothing checked, when the files are not there.
  throw new Error(
    `MOSTY_INTEROP_FIXTURES must be the absolute path of a folder holding Moodle's question files (gift/, moodle-xml/); it is ${JSON.stringify(DIR)}. Run: npm run test:interop -- <dir>`,
  );
}
const fixture = (path: string) => readFileSync(join(DIR, path), 'utf8');

/** The one question a file must import to, with nothing skipped. */
const only = (result: ImportResult) => {
  expect(result.skipped).toEqual([]);
  expect(result.questions).toHaveLength(1);
  return result.questions[0].question;
};

describe("Moodle's own question files", () => {
  describe('parseMoodleXml', () => {
    it('reads nested categories as tags: 5 questions (4 true/false, 1 essay), categories counted in the index', () => {
      const tf = (index: number, name: string, tags: string[]) => ({
        position: { index },
        question: {
          type: 'true_false',
          name: `${name} Question`,
          prompt: { pl: `<p>Testing ${name} Question</p>` },
          format: 'html',
          points: 1,
          tags,
          correct: true,
        },
      });
      expect(parseMoodleXml(fixture('moodle-xml/nested_categories_with_questions.xml'))).toEqual({
        questions: [
          tf(2, 'Iota', ['iota']),
          {
            position: { index: 4 },
            // moodle_auto_format → plain; the empty graderinfo, responsetemplate and general feedback are left out.
            question: {
              type: 'essay',
              name: 'Kappa Essay Question',
              prompt: { pl: 'Testing Kappa Essay Question' },
              format: 'plain',
              points: 1,
              tags: ['iota', 'kappa'],
            },
          },
          tf(5, 'Kappa', ['iota', 'kappa']),
          tf(7, 'Lambda', ['iota', 'kappa', 'lambda']),
          // A sibling category replaces the previous one: Mu is not under Kappa or Lambda.
          tf(9, 'Mu', ['iota', 'mu']),
        ],
        skipped: [],
      });
    });

    it('reads a single category export: one true/false question tagged alpha', () => {
      expect(parseMoodleXml(fixture('moodle-xml/export_category.xml'))).toEqual({
        questions: [
          {
            position: { index: 2 },
            question: {
              type: 'true_false',
              name: 'Alpha Question',
              prompt: { pl: '<p>Testing Alpha Question</p>' },
              format: 'html',
              points: 1,
              tags: ['alpha'],
              correct: true,
            },
          },
        ],
        skipped: [],
      });
    });

    it('fills the chosen language and Polish with the same texts', () => {
      expect(only(parseMoodleXml(fixture('moodle-xml/export_category.xml'), 'uk'))).toEqual({
        type: 'true_false',
        name: 'Alpha Question',
        prompt: { pl: '<p>Testing Alpha Question</p>', uk: '<p>Testing Alpha Question</p>' },
        format: 'html',
        points: 1,
        tags: ['alpha'],
        correct: true,
      });
    });
  });

  describe('parseGift: questions_in_category.gift.txt', () => {
    const tags = ['default-for-new-features'];

    it('reads exactly the four questions, with categories, formats, escapes, weights and feedback', () => {
      const result = parseGift(fixture('gift/questions_in_category.gift.txt'));

      expect(result).toStrictEqual<ImportResult>({
        questions: [
          {
            position: { line: 5 },
            question: {
              type: 'matching',
              name: 'Moodle activities',
              prompt: { pl: 'Match the activity to the description.' },
              format: 'html',
              points: 1,
              tags,
              pairs: [
                { left: { pl: 'An activity supporting asynchronous discussions.' }, right: { pl: 'Forum' } },
                {
                  left: { pl: 'A teacher asks a question and specifies a choice of multiple responses.' },
                  right: { pl: 'Choice' },
                },
                { left: { pl: 'A bank of record entries which participants can add to.' }, right: { pl: 'Database' } },
                { left: { pl: 'A collection of web pages that anyone can add to or edit.' }, right: { pl: 'Wiki' } },
              ],
              distractors: [{ pl: 'Chat' }],
            },
          },
          {
            position: { line: 14 },
            question: {
              type: 'single_choice',
              name: 'Greeting',
              prompt: {
                pl: '<a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">Listen to this greeting:</a><br /><br />What language is being spoken?',
              },
              format: 'html',
              points: 1,
              tags,
              options: [
                { text: { pl: 'English' }, weight: 0, feedback: { pl: 'Sorry, listen again.' } },
                { text: { pl: 'French' }, weight: 1, feedback: { pl: 'Yes, well done!' } },
                { text: { pl: 'German' }, weight: 0, feedback: { pl: 'Sorry, listen again.' } },
                { text: { pl: 'Spanish' }, weight: 0, feedback: { pl: 'Sorry, listen again.' } },
              ],
            },
          },
          {
            position: { line: 22 },
            question: {
              type: 'short_answer',
              name: 'Moodle user',
              prompt: { pl: 'Anyone who uses Moodle is a ...' },
              format: 'html',
              points: 1,
              tags,
              answers: [{ text: 'Moodler', weight: 1 }],
            },
          },
          {
            position: { line: 27 },
            question: {
              type: 'true_false',
              name: 'Moodle acronym',
              prompt: {
                pl: 'Moodle is an acronym for <span style="font-style: italic;">Modular Object-Oriented Dynamic Learning Environment</span>.',
              },
              format: 'html',
              points: 1,
              tags,
              correct: true,
            },
          },
        ],
        skipped: [],
      });
    });

    it('puts every text under the language asked for, keeping pl', () => {
      const [matching, choice] = parseGift(fixture('gift/questions_in_category.gift.txt'), 'en').questions.map((q) => q.question);
      expect(matching).toMatchObject({
        prompt: { pl: 'Match the activity to the description.', en: 'Match the activity to the description.' },
        distractors: [{ pl: 'Chat', en: 'Chat' }],
      });
      expect(choice).toMatchObject({
        options: expect.arrayContaining([
          { text: { pl: 'French', en: 'French' }, weight: 1, feedback: { pl: 'Yes, well done!', en: 'Yes, well done!' } },
        ]),
      });
    });
  });

  describe('imported over HTTP', () => {
    let t: TestApp;
    let trainer: string;

    const newBank = async (name: string) => (await t.http.post('/api/v1/question-banks').set(bearer(trainer)).send({ name }).expect(201)).body.id as string;
    const importFile = (bankId: string, format: string, body: string, contentType = 'text/plain') =>
      t.http.post(`/api/v1/question-banks/${bankId}/import?format=${format}`).set(bearer(trainer)).set('Content-Type', contentType).send(body);
    const questionsOf = async (bankId: string) =>
      (await t.http.get(`/api/v1/question-banks/${bankId}/questions?limit=100`).set(bearer(trainer)).expect(200)).body.items;

    beforeAll(async () => {
      t = await TestApp.start();
      const admin = await t.adminToken();
      await t.http
        .post('/api/v1/users')
        .set(bearer(admin))
        .send({ email: 'interop.trener@mosty.test', fullName: 'Trener', role: 'trainer', password: PASSWORD })
        .expect(201);
      trainer = (await t.login('interop.trener@mosty.test', PASSWORD)).accessToken;
    });
    afterAll(() => t.close());

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
});
