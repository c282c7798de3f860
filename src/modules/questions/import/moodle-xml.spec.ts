import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { ImportFormatError, ImportPosition, ImportResult, QuestionDefinition } from '../question-definition';
import { toMoodleXml } from './moodle-xml-exporter';
import { parseMoodleXml } from './moodle-xml-parser';
import { scoreQuestion } from '../../grading/scoring';
import type { ScoringResponse } from '../../grading/scoring-response';

/** Mosty's own Moodle XML files; Moodle's own are checked by `npm run test:interop`. */
const fixture = (name: string) => readFileSync(join(__dirname, '../../../../test/fixtures/moodle-xml', name), 'utf8');

/** A Moodle XML file holding these <question> elements. */
const quiz = (...questions: string[]) => `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${questions.join('\n')}\n</quiz>\n`;

/** A question with the usual header; `body` holds its type-specific elements. */
const question = (type: string, body: string, header = {} as { name?: string; text?: string; format?: string; grade?: string }) => `
  <question type="${type}">
    <name><text>${header.name ?? 'Pytanie'}</text></name>
    <questiontext format="${header.format ?? 'html'}"><text><![CDATA[${header.text ?? '<p>Treść</p>'}]]></text></questiontext>
    <generalfeedback format="html"><text></text></generalfeedback>
    <defaultgrade>${header.grade ?? '1.0000000'}</defaultgrade>
    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    ${body}
  </question>`;

/** The one question a file must import to, with nothing skipped. */
const only = (result: ImportResult) => {
  expect(result.skipped).toEqual([]);
  expect(result.questions).toHaveLength(1);
  return result.questions[0].question;
};

/** The ImportFormatError the parser throws, or a failure. */
const formatError = (xml: string): { message: string; position: ImportPosition } => {
  try {
    parseMoodleXml(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportFormatError);
    const { message, position } = error as ImportFormatError;
    return { message, position };
  }
  throw new Error('parseMoodleXml did not throw');
};

/** The header every question of question() gets. */
const header = { name: 'Pytanie', prompt: { pl: '<p>Treść</p>' }, format: 'html' as const, points: 1 };

/** The question of one-category.xml. */
const rightToInformation = {
  type: 'true_false',
  name: 'Prawo do informacji',
  prompt: { pl: '<p>Cudzoziemiec ma prawo do informacji o swoich prawach w zrozumiałym dla siebie języku.</p>' },
  format: 'html',
  points: 1,
  tags: ['prawa-migrantow'],
  correct: true,
} as const;

/** What every-question-type.xml imports to, element by element. */
const everyQuestionType: ImportResult['questions'] = [
  {
    // Before any category: only its own tag. <usecase>1; the "*" catch-all is kept as an answer.
    position: { index: 1 },
    question: {
      type: 'short_answer',
      name: 'Skrót urzędu',
      prompt: { pl: 'Jak brzmi skrót Urzędu do Spraw Cudzoziemców?' },
      format: 'plain',
      points: 1,
      tags: ['skroty-urzedowe'],
      feedback: { pl: 'UdSC: wielkość liter ma znaczenie.' },
      caseSensitive: true,
      answers: [
        { text: 'UdSC', weight: 1, feedback: { pl: 'Tak.' } },
        { text: 'Urząd*Cudzoziemców', weight: 0.5, feedback: { pl: 'Pełna nazwa, a pytamy o skrót.' } },
        { text: '*', weight: 0, feedback: { pl: 'Sprawdź skrót.' } },
      ],
    },
  },
  {
    // Category tag first, then <tags> and <coursetags>, slugified and without repeats; the blank answer is dropped.
    position: { index: 3 },
    question: {
      type: 'single_choice',
      name: 'Pierwszy kontakt',
      prompt: { pl: '<p>Jak zaczynasz rozmowę z osobą, która <strong>nie mówi</strong> po polsku?</p>' },
      format: 'html',
      points: 2.5,
      tags: ['komunikacja-miedzykulturowa', 'pierwszy-kontakt', 'patrol'],
      feedback: { pl: '<p>Zob. wytyczne &amp; procedurę.</p>' },
      options: [
        { text: { pl: 'Pytam, jakim językiem się posługuje' }, weight: 1, feedback: { pl: 'Tak.' } },
        { text: { pl: 'Czekam, aż ktoś przyjdzie' }, weight: 0 },
        { text: { pl: 'Mówię głośniej' }, weight: -0.3333333, feedback: { pl: 'Głośniej nie znaczy zrozumialej.' } },
      ],
    },
  },
  {
    position: { index: 4 },
    question: {
      type: 'multiple_choice',
      name: 'Dokumenty pobytowe',
      prompt: { pl: 'Które dokumenty potwierdzają **legalny pobyt**?' },
      format: 'markdown',
      points: 1.5,
      tags: ['komunikacja-miedzykulturowa'],
      options: [
        { text: { pl: 'Karta pobytu' }, weight: 0.3333333 },
        { text: { pl: 'Wiza krajowa' }, weight: 0.3333333 },
        { text: { pl: 'Stempel w paszporcie' }, weight: 0.3333333, feedback: { pl: 'W ruchu bezwizowym.' } },
        { text: { pl: 'Bilet lotniczy' }, weight: -1, feedback: { pl: 'Nie potwierdza pobytu.' } },
      ],
    },
  },
  {
    position: { index: 5 },
    question: {
      type: 'true_false',
      name: 'Wniosek na granicy',
      prompt: { pl: 'Wniosek o ochronę międzynarodową można złożyć tylko na granicy.' },
      format: 'plain',
      points: 1,
      tags: ['komunikacja-miedzykulturowa'],
      correct: false,
      feedbackTrue: { pl: 'Nie: także w kraju.' },
      feedbackFalse: { pl: 'Tak: wniosek można złożyć także w kraju.' },
    },
  },
  {
    // A nested category: both levels are tags.
    position: { index: 7 },
    question: {
      type: 'short_answer',
      name: 'Numer alarmowy',
      prompt: { pl: 'Pod jaki numer alarmowy zadzwonić w każdym kraju Unii?' },
      format: 'plain',
      points: 1,
      tags: ['komunikacja-miedzykulturowa', 'prawa-migrantow'],
      caseSensitive: false,
      answers: [
        { text: '112', weight: 1 },
        { text: 'sto dwanaście', weight: 1 },
      ],
    },
  },
  {
    // 1.5e1 is 15; the old form writes 60 outside <text>; the "*" answer worth nothing and the units are left out.
    position: { index: 8 },
    question: {
      type: 'numeric',
      name: 'Termin wyjazdu',
      prompt: { pl: 'Ile dni ma cudzoziemiec na dobrowolny wyjazd po decyzji o zobowiązaniu do powrotu (±2)?' },
      format: 'markdown',
      points: 3,
      tags: ['komunikacja-miedzykulturowa', 'prawa-migrantow'],
      feedback: { pl: 'Zob. ustawę o cudzoziemcach.' },
      answers: [
        { value: 30, tolerance: 2, weight: 1, feedback: { pl: 'Tak.' } },
        { value: 15, tolerance: 0.5, weight: 0.5 },
        { value: 60, tolerance: 0, weight: 0.25 },
      ],
    },
  },
  {
    // Escaped markup outside CDATA is decoded.
    position: { index: 9 },
    question: {
      type: 'matching',
      name: 'Instytucje',
      prompt: { pl: '<p>Dopasuj sprawę do instytucji.</p>' },
      format: 'html',
      points: 2,
      tags: ['komunikacja-miedzykulturowa', 'prawa-migrantow'],
      pairs: [
        { left: { pl: '<p>Karta pobytu</p>' }, right: { pl: 'Urząd wojewódzki' } },
        { left: { pl: 'Ochrona międzynarodowa' }, right: { pl: 'Urząd do Spraw Cudzoziemców' } },
        { left: { pl: 'Zasiłek celowy' }, right: { pl: 'MOPS' } },
      ],
      distractors: [{ pl: 'Kuratorium oświaty' }],
    },
  },
  {
    position: { index: 10 },
    question: {
      type: 'ordering',
      name: 'Rozmowa przez tłumacza',
      prompt: { pl: 'Ułóż kroki rozmowy przez tłumacza.' },
      format: 'plain',
      points: 2,
      tags: ['komunikacja-miedzykulturowa', 'prawa-migrantow'],
      items: [{ pl: 'Ustal język rozmówcy' }, { pl: 'Wezwij tłumacza' }, { pl: 'Przedstaw role uczestników' }, { pl: 'Sporządź notatkę' }],
    },
  },
  {
    // Index 11 is the description. Entities decoded, texts trimmed, wiki_like → plain.
    position: { index: 12 },
    question: {
      type: 'essay',
      name: 'Refleksja & praktyka',
      prompt: { pl: 'Opisz sytuację, w której "różnica kulturowa" utrudniła interwencję – i co wtedy pomogło.' },
      format: 'plain',
      points: 10,
      tags: ['komunikacja-miedzykulturowa', 'prawa-migrantow', 'refleksja'],
      feedback: { pl: 'Dziękujemy.' },
      graderInfo: { pl: '<ul><li>empatia</li><li>procedura</li></ul>' },
      responseTemplate: { pl: 'Sytuacja: … Co zrobiłem: …' },
    },
  },
  {
    // "//" is a slash inside one category name; no format → html; no defaultgrade → 1 point.
    position: { index: 14 },
    question: {
      type: 'true_false',
      name: 'Legitymowanie',
      prompt: { pl: 'Funkcjonariusz może wylegitymować cudzoziemca na dworcu.' },
      format: 'html',
      points: 1,
      tags: ['bezpieczenstwo-lad', 'dworzec'],
      correct: true,
    },
  },
  {
    position: { index: 15 },
    question: {
      type: 'true_false',
      name: 'Stara eksportowana wersja',
      prompt: { pl: 'Cudzoziemiec może zawrzeć związek małżeński w Polsce.' },
      format: 'html',
      points: 1,
      tags: ['bezpieczenstwo-lad', 'dworzec'],
      correct: true,
      feedbackTrue: { pl: 'Tak, na zasadach ogólnych.' },
    },
  },
];

describe('parseMoodleXml', () => {
  describe("Mosty's Moodle XML files (test/fixtures/moodle-xml)", () => {
    it('reads nested categories as tags: 5 questions (4 true/false, 1 essay), categories counted in the index', () => {
      const tf = (index: number, name: string, text: string, tags: string[], correct: boolean) => ({
        position: { index },
        question: { type: 'true_false', name, prompt: { pl: `<p>${text}</p>` }, format: 'html', points: 1, tags, correct },
      });
      expect(parseMoodleXml(fixture('legal-status-nested-categories.xml'))).toEqual({
        questions: [
          tf(2, 'Status prawny: wiza', 'Wiza krajowa uprawnia do pobytu dłuższego niż 90 dni.', ['status-prawny'], true),
          {
            position: { index: 4 },
            // moodle_auto_format → plain; the empty graderinfo, responsetemplate and general feedback are left out.
            question: {
              type: 'essay',
              name: 'Ochrona: esej',
              prompt: { pl: 'Opisz, czym różni się status uchodźcy od ochrony uzupełniającej.' },
              format: 'plain',
              points: 1,
              tags: ['status-prawny', 'ochrona-miedzynarodowa'],
            },
          },
          tf(5, 'Ochrona: wniosek', 'Wniosek o ochronę międzynarodową można złożyć także na granicy.', ['status-prawny', 'ochrona-miedzynarodowa'], true),
          tf(
            7,
            'Azyl: decyzja',
            'Azylu udziela się na wniosek, gdy jest to niezbędne dla zapewnienia ochrony.',
            ['status-prawny', 'ochrona-miedzynarodowa', 'azyl'],
            true,
          ),
          // A sibling category replaces the previous one: Pobyt czasowy is not under Ochrona międzynarodowa.
          tf(9, 'Pobyt czasowy: okres', 'Zezwolenie na pobyt czasowy udziela się zawsze na 10 lat.', ['status-prawny', 'pobyt-czasowy'], false),
        ],
        skipped: [],
      });
    });

    it('reads a single category with a description: one true/false question tagged with the category', () => {
      expect(parseMoodleXml(fixture('one-category.xml'))).toEqual({
        questions: [{ position: { index: 2 }, question: rightToInformation }],
        skipped: [],
      });
    });

    it('fills the chosen language and Polish with the same texts', () => {
      const prompt = rightToInformation.prompt.pl;
      expect(only(parseMoodleXml(fixture('one-category.xml'), 'uk'))).toEqual({ ...rightToInformation, prompt: { pl: prompt, uk: prompt } });
    });

    it('reads every question type and element Mosty imports', () => {
      expect(parseMoodleXml(fixture('every-question-type.xml'))).toEqual({ questions: everyQuestionType, skipped: [] });
    });

    it('scores the imported questions as the file means them: partial credit, negative weights, tolerance, case', () => {
      const byName = Object.fromEntries(parseMoodleXml(fixture('every-question-type.xml')).questions.map(({ question }) => [question.name, question]));
      const points = (name: string, response: ScoringResponse) => scoreQuestion(byName[name], response).points;

      // <usecase>1: only "UdSC" is right; the catch-all "*" gives its 0 to anything else.
      expect(points('Skrót urzędu', { text: 'UdSC' })).toBe(1);
      expect(points('Skrót urzędu', { text: 'udsc' })).toBe(0);
      expect(points('Skrót urzędu', { text: 'Urząd do Spraw Cudzoziemców' })).toBe(0.5);
      // <usecase>0.
      expect(points('Numer alarmowy', { text: 'Sto Dwanaście' })).toBe(1);
      // defaultgrade 2.5; a negative fraction is floored at 0 for a single answer.
      expect(points('Pierwszy kontakt', { selected: [0] })).toBe(2.5);
      expect(points('Pierwszy kontakt', { selected: [2] })).toBe(0);
      // Three thirds earn the full 1.5 points; the -100% answer takes them away.
      expect(points('Dokumenty pobytowe', { selected: [0, 1, 2] })).toBe(1.5);
      expect(points('Dokumenty pobytowe', { selected: [0, 1, 2, 3] })).toBe(0);
      expect(points('Wniosek na granicy', { value: false })).toBe(1);
      expect(points('Wniosek na granicy', { value: true })).toBe(0);
      // 30 ± 2 earns 3 points, 15 ± 0.5 half of them, the old-style 60 a quarter; the "*" answer is gone.
      expect([28, 32, 15.5, 60, 45].map((value) => points('Termin wyjazdu', { value }))).toEqual([3, 3, 1.5, 0.75, 0]);
      // Three pairs, one of them wrong (the distractor, right index 3, chosen for it).
      expect(points('Instytucje', { pairs: [{ left: 0, right: 0 }, { left: 1, right: 1 }, { left: 2, right: 3 }] })).toBe(1.3333333);
      expect(points('Rozmowa przez tłumacza', { order: [0, 1, 2, 3] })).toBe(2);
      expect(points('Rozmowa przez tłumacza', { order: [1, 0, 2, 3] })).toBe(1);
      expect(scoreQuestion(byName['Refleksja & praktyka'], { text: 'Opis' })).toEqual({ points: 0, maxPoints: 10, needsReview: true });
    });

    it('skips what Mosty cannot hold with its index and the reason; passes over descriptions silently', () => {
      const unsupported = (index: number, type: string, what: string) => ({
        position: { index },
        reason: `question type "${type}" (${what}) is not supported by Mosty`,
      });
      expect(parseMoodleXml(fixture('skipped-questions.xml'))).toEqual({
        questions: [
          // The parser reads it; Mosty's rules refuse it on import (no option worth 100%).
          {
            position: { index: 25 },
            question: {
              type: 'single_choice',
              name: 'Bez pełnej odpowiedzi',
              prompt: { pl: 'Kto wydaje kartę pobytu?' },
              format: 'html',
              points: 1,
              tags: ['sytuacja-prawna-cudzoziemcow'],
              options: [
                { text: { pl: 'Wojewoda' }, weight: 0.5 },
                { text: { pl: 'Starosta' }, weight: 0 },
              ],
            },
          },
          {
            position: { index: 26 },
            question: {
              type: 'true_false',
              name: 'Tłumacz w sądzie',
              prompt: { pl: 'Przed sądem przysługuje bezpłatny tłumacz.' },
              format: 'html',
              points: 1,
              tags: ['sytuacja-prawna-cudzoziemcow'],
              correct: true,
            },
          },
        ],
        skipped: [
          unsupported(2, 'multianswer', 'embedded answers (Cloze)'),
          unsupported(4, 'calculated', 'calculated'),
          unsupported(5, 'calculatedsimple', 'simple calculated'),
          unsupported(6, 'calculatedmulti', 'calculated multichoice'),
          unsupported(7, 'ddwtos', 'drag and drop into text'),
          unsupported(8, 'gapselect', 'select missing words'),
          unsupported(9, 'ddimageortext', 'drag and drop onto image'),
          unsupported(10, 'ddmarker', 'drag and drop markers'),
          unsupported(11, 'randomsamatch', 'random short-answer matching'),
          unsupported(12, 'random', 'random question'),
          unsupported(13, 'cloze', 'embedded answers (Cloze)'),
          { position: { index: 14 }, reason: 'question type "oumultiresponse" is not a Moodle question type Mosty can import' },
          { position: { index: 15 }, reason: 'the <question> has no type attribute' },
          { position: { index: 16 }, reason: 'true/false question: neither answer has fraction 100' },
          { position: { index: 17 }, reason: 'true/false question: both answers have fraction 100' },
          { position: { index: 18 }, reason: 'answer fraction "wszystko" is not a number' },
          { position: { index: 19 }, reason: 'numerical question: the answer "340,50" is not a number' },
          { position: { index: 20 }, reason: 'numerical question: the tolerance "-1" is not a number of at least 0' },
          { position: { index: 21 }, reason: 'numerical question: the answer "*" (any answer) earns points, which Mosty cannot hold' },
          { position: { index: 22 }, reason: 'matching question: subquestion 1 has no answer' },
          { position: { index: 23 }, reason: 'defaultgrade "0" is not a number greater than 0' },
          { position: { index: 24 }, reason: '<text> holds the element <p>: HTML in a text must be escaped or inside CDATA' },
        ],
      });
    });

    it.each([
      ['empty.xml', 'The file is empty; a Moodle XML file is a <quiz> element', { index: 0 }],
      ['not-xml.txt', "The file is not well-formed XML (line 1, column 1): char 'P' is not expected.", { line: 1 }],
      [
        'unclosed-tag.xml',
        "The file is not well-formed XML (line 5, column 3): Expected closing tag 'name' (opened in line 4, col 5) instead of closing tag 'question'.",
        { line: 5 },
      ],
      ['truncated.xml', 'The file is not well-formed XML (line 1, column 1): the file ends before <quiz>, <question> are closed', { line: 1 }],
      ['wrong-root.xml', 'The root element of a Moodle XML file must be <quiz>; found <questions>', { index: 0 }],
      ['doctype.xml', 'A Moodle XML file has no <!DOCTYPE>', { line: 2 }],
    ])('rejects malformed/%s: %s', (name, message, position) => {
      expect(formatError(fixture(`malformed/${name}`))).toEqual({ message, position });
    });
  });

  describe('multichoice', () => {
    it('reads <single>true</single> as single choice: fractions as weights, per-answer feedback, general feedback, grade', () => {
      const xml = quiz(`
  <question type="multichoice">
    <name><text>Zgłoszenie</text></name>
    <questiontext format="markdown"><text>Kto **przyjmuje** zgłoszenie?</text></questiontext>
    <generalfeedback format="markdown"><text>Art. 304 k.p.k.</text></generalfeedback>
    <defaultgrade>2.5000000</defaultgrade>
    <single>true</single>
    <shuffleanswers>true</shuffleanswers>
    <answernumbering>abc</answernumbering>
    <answer fraction="100" format="markdown"><text>Dyżurny</text><feedback format="markdown"><text>Tak.</text></feedback></answer>
    <answer fraction="0" format="markdown"><text>Nikt</text><feedback format="markdown"><text></text></feedback></answer>
    <answer fraction="-33.33333" format="markdown"><text>Tłumacz</text></answer>
    <answer fraction="0" format="markdown"><text>   </text></answer>
  </question>`);
      expect(parseMoodleXml(xml)).toEqual({
        questions: [
          {
            position: { index: 1 },
            question: {
              type: 'single_choice',
              name: 'Zgłoszenie',
              prompt: { pl: 'Kto **przyjmuje** zgłoszenie?' },
              format: 'markdown',
              points: 2.5,
              feedback: { pl: 'Art. 304 k.p.k.' },
              // The blank fourth answer is dropped, as Moodle drops it when saving.
              options: [
                { text: { pl: 'Dyżurny' }, weight: 1, feedback: { pl: 'Tak.' } },
                { text: { pl: 'Nikt' }, weight: 0 },
                { text: { pl: 'Tłumacz' }, weight: -0.3333333 },
              ],
            },
          },
        ],
        skipped: [],
      });
    });

    it('reads <single>false</single> as multiple choice with thirds and a negative weight, keeping 33.33333 exactly', () => {
      const xml = quiz(
        question(
          'multichoice',
          `<single>false</single>
    <shuffleanswers>0</shuffleanswers>
    <answer fraction="33.33333"><text>Pierwsza</text></answer>
    <answer fraction="33.33333"><text>Druga</text></answer>
    <answer fraction="33.33333"><text>Trzecia</text></answer>
    <answer fraction="-100"><text>Zła</text><feedback><text><![CDATA[<b>Nie</b>]]></text></feedback></answer>`,
        ),
      );
      expect(only(parseMoodleXml(xml))).toEqual({
        type: 'multiple_choice',
        ...header,
        options: [
          { text: { pl: 'Pierwsza' }, weight: 0.3333333 },
          { text: { pl: 'Druga' }, weight: 0.3333333 },
          { text: { pl: 'Trzecia' }, weight: 0.3333333 },
          { text: { pl: 'Zła' }, weight: -1, feedback: { pl: '<b>Nie</b>' } },
        ],
      });
    });

    it.each([
      ['0', 'multiple_choice'],
      ['', 'multiple_choice'],
      ['1', 'single_choice'],
    ])('reads <single>%j</single> as Moodle does (%s)', (single, type) => {
      const xml = quiz(question('multichoice', `<single>${single}</single><answer fraction="100"><text>A</text></answer>`));
      expect(only(parseMoodleXml(xml))).toEqual({ type, ...header, options: [{ text: { pl: 'A' }, weight: 1 }] });
    });

    it('reads a multichoice without <single> as single choice (Moodle default)', () => {
      const xml = quiz(question('multichoice', '<answer fraction="100"><text>A</text></answer>'));
      expect(only(parseMoodleXml(xml))).toEqual({ type: 'single_choice', ...header, options: [{ text: { pl: 'A' }, weight: 1 }] });
    });

    it('skips a question whose fraction is not a number', () => {
      const xml = quiz(question('multichoice', '<answer fraction="all"><text>A</text></answer>'));
      expect(parseMoodleXml(xml)).toEqual({ questions: [], skipped: [{ position: { index: 1 }, reason: 'answer fraction "all" is not a number' }] });
    });
  });

  describe('truefalse', () => {
    it('takes the answer worth 100% as correct, with feedback for each answer', () => {
      const xml = quiz(
        question(
          'truefalse',
          `<answer fraction="0" format="moodle_auto_format"><text>true</text><feedback format="html"><text>Nie: to wykroczenie.</text></feedback></answer>
    <answer fraction="100" format="moodle_auto_format"><text>false</text><feedback format="html"><text>Tak.</text></feedback></answer>`,
        ),
      );
      expect(only(parseMoodleXml(xml))).toEqual({
        type: 'true_false',
        ...header,
        correct: false,
        feedbackTrue: { pl: 'Nie: to wykroczenie.' },
        feedbackFalse: { pl: 'Tak.' },
      });
    });

    it('reads the answers of old exports with translated texts in file order: first true, then false', () => {
      const xml = quiz(
        question(
          'truefalse',
          `<answer fraction="100"><text>Prawda</text><feedback><text>Dobrze</text></feedback></answer>
    <answer fraction="0"><text>Fałsz</text></answer>`,
        ),
      );
      expect(only(parseMoodleXml(xml))).toEqual({ type: 'true_false', ...header, correct: true, feedbackTrue: { pl: 'Dobrze' } });
    });

    it('skips a true/false question without exactly one correct answer', () => {
      const xml = quiz(
        question('truefalse', '<answer fraction="0"><text>true</text></answer><answer fraction="0"><text>false</text></answer>'),
        question('truefalse', '<answer fraction="100"><text>true</text></answer><answer fraction="100"><text>false</text></answer>'),
      );
      expect(parseMoodleXml(xml)).toEqual({
        questions: [],
        skipped: [
          { position: { index: 1 }, reason: 'true/false question: neither answer has fraction 100' },
          { position: { index: 2 }, reason: 'true/false question: both answers have fraction 100' },
        ],
      });
    });
  });

  describe('shortanswer', () => {
    it('reads <usecase>1</usecase> as case-sensitive and keeps the * wildcard', () => {
      const xml = quiz(
        question(
          'shortanswer',
          `<usecase>1</usecase>
    <answer fraction="100" format="moodle_auto_format"><text>KPP</text><feedback><text>Tak</text></feedback></answer>
    <answer fraction="50" format="moodle_auto_format"><text>Komisariat*</text></answer>
    <answer fraction="0" format="moodle_auto_format"><text>*</text><feedback><text>Sprawdź skrót</text></feedback></answer>`,
        ),
      );
      expect(only(parseMoodleXml(xml))).toEqual({
        type: 'short_answer',
        ...header,
        caseSensitive: true,
        answers: [
          { text: 'KPP', weight: 1, feedback: { pl: 'Tak' } },
          { text: 'Komisariat*', weight: 0.5 },
          { text: '*', weight: 0, feedback: { pl: 'Sprawdź skrót' } },
        ],
      });
    });

    it('reads <usecase>0</usecase> and an absent usecase as not case-sensitive', () => {
      const body = '<answer fraction="100"><text>tak</text></answer>';
      const result = parseMoodleXml(quiz(question('shortanswer', `<usecase>0</usecase>${body}`), question('shortanswer', body)));
      const expected = { type: 'short_answer', ...header, caseSensitive: false, answers: [{ text: 'tak', weight: 1 }] };
      expect(result).toEqual({
        questions: [
          { position: { index: 1 }, question: expected },
          { position: { index: 2 }, question: expected },
        ],
        skipped: [],
      });
    });
  });

  describe('numerical', () => {
    it('reads values with tolerances and weights; drops the "*" answer worth nothing', () => {
      const xml = quiz(
        question(
          'numerical',
          `<answer fraction="100" format="moodle_auto_format"><text>112</text><feedback><text>Numer alarmowy</text></feedback><tolerance>0</tolerance></answer>
    <answer fraction="50"><text>3.5e2</text><tolerance>0.25</tolerance></answer>
    <answer fraction="25"><text>-7</text></answer>
    <answer fraction="0"><text>*</text><feedback><text>Każda inna odpowiedź</text></feedback><tolerance>0</tolerance></answer>
    <units><unit><multiplier>1</multiplier><unit_name>zł</unit_name></unit></units>
    <unitgradingtype>0</unitgradingtype>`,
        ),
      );
      expect(only(parseMoodleXml(xml))).toEqual({
        type: 'numeric',
        ...header,
        answers: [
          { value: 112, tolerance: 0, weight: 1, feedback: { pl: 'Numer alarmowy' } },
          { value: 350, tolerance: 0.25, weight: 0.5 },
          { value: -7, tolerance: 0, weight: 0.25 },
        ],
      });
    });

    it('reads the old form with the value outside <text>', () => {
      const xml = quiz(question('numerical', '<answer fraction="100">2.5<tolerance>0.1</tolerance></answer>'));
      expect(only(parseMoodleXml(xml))).toEqual({ type: 'numeric', ...header, answers: [{ value: 2.5, tolerance: 0.1, weight: 1 }] });
    });

    it('skips questions it cannot hold: "*" worth points, a value or tolerance that is not a number', () => {
      const xml = quiz(
        question('numerical', '<answer fraction="100"><text>*</text></answer>'),
        question('numerical', '<answer fraction="100"><text>12,5</text></answer>'),
        question('numerical', '<answer fraction="100"><text>12</text><tolerance>-1</tolerance></answer>'),
      );
      expect(parseMoodleXml(xml)).toEqual({
        questions: [],
        skipped: [
          { position: { index: 1 }, reason: 'numerical question: the answer "*" (any answer) earns points, which Mosty cannot hold' },
          { position: { index: 2 }, reason: 'numerical question: the answer "12,5" is not a number' },
          { position: { index: 3 }, reason: 'numerical question: the tolerance "-1" is not a number of at least 0' },
        ],
      });
    });
  });

  describe('matching', () => {
    it('reads subquestions as pairs and a subquestion with an empty text as a distractor', () => {
      const xml = quiz(
        question(
          'matching',
          `<shuffleanswers>true</shuffleanswers>
    <subquestion format="html"><text><![CDATA[<p>Karta Polaka</p>]]></text><answer><text>Ustawa z 2007 r.</text></answer></subquestion>
    <subquestion format="html"><text>Azyl</text><answer><text>Konwencja genewska</text></answer></subquestion>
    <subquestion format="html"><text></text><answer><text>Kodeks drogowy</text></answer></subquestion>
    <subquestion format="html"><text></text><answer><text></text></answer></subquestion>`,
        ),
      );
      expect(only(parseMoodleXml(xml))).toEqual({
        type: 'matching',
        ...header,
        pairs: [
          { left: { pl: '<p>Karta Polaka</p>' }, right: { pl: 'Ustawa z 2007 r.' } },
          { left: { pl: 'Azyl' }, right: { pl: 'Konwencja genewska' } },
        ],
        distractors: [{ pl: 'Kodeks drogowy' }],
      });
    });

    it('skips a matching question with a subquestion that has no answer', () => {
      const xml = quiz(question('match', '<subquestion><text>Azyl</text><answer><text></text></answer></subquestion>'));
      expect(parseMoodleXml(xml)).toEqual({ questions: [], skipped: [{ position: { index: 1 }, reason: 'matching question: subquestion 1 has no answer' }] });
    });
  });

  describe('essay and ordering', () => {
    it('reads graderinfo and responsetemplate of an essay', () => {
      const xml = quiz(
        question(
          'essay',
          `<responseformat>editor</responseformat>
    <graderinfo format="html"><text><![CDATA[<p>Oceń empatię.</p>]]></text></graderinfo>
    <responsetemplate format="html"><text>Opis sytuacji:</text></responsetemplate>`,
        ),
      );
      expect(only(parseMoodleXml(xml))).toEqual({
        type: 'essay',
        ...header,
        graderInfo: { pl: '<p>Oceń empatię.</p>' },
        responseTemplate: { pl: 'Opis sytuacji:' },
      });
    });

    it('reads a qtype_ordering question: the items in file order', () => {
      const xml = quiz(
        question(
          'ordering',
          `<layouttype>VERTICAL</layouttype><selecttype>ALL</selecttype><selectcount>0</selectcount>
    <answer fraction="1.0000000" format="html"><text>Zabezpiecz miejsce</text></answer>
    <answer fraction="2.0000000" format="html"><text>Udziel pomocy</text></answer>
    <answer fraction="3.0000000" format="html"><text>Wezwij tłumacza</text></answer>`,
        ),
      );
      expect(only(parseMoodleXml(xml))).toEqual({
        type: 'ordering',
        ...header,
        items: [{ pl: 'Zabezpiecz miejsce' }, { pl: 'Udziel pomocy' }, { pl: 'Wezwij tłumacza' }],
      });
    });
  });

  describe('what Mosty cannot hold', () => {
    it('skips unsupported types with their index and a reason naming the type; passes over descriptions silently', () => {
      const xml = quiz(
        question('multianswer', ''),
        question('description', ''),
        question('cloze', ''),
        question('calculated', '<answer fraction="100"><text>{a}+{b}</text></answer>'),
        question('calculatedsimple', ''),
        question('calculatedmulti', ''),
        question('ddwtos', ''),
        question('gapselect', ''),
        question('ddimageortext', ''),
        question('ddmarker', ''),
        question('randomsamatch', ''),
        question('random', ''),
        question('oumultiresponse', ''),
        '<question><name><text>Bez typu</text></name></question>',
        question('truefalse', '<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>'),
      );
      expect(parseMoodleXml(xml)).toEqual({
        questions: [{ position: { index: 15 }, question: { type: 'true_false', ...header, correct: true } }],
        skipped: [
          { position: { index: 1 }, reason: 'question type "multianswer" (embedded answers (Cloze)) is not supported by Mosty' },
          { position: { index: 3 }, reason: 'question type "cloze" (embedded answers (Cloze)) is not supported by Mosty' },
          { position: { index: 4 }, reason: 'question type "calculated" (calculated) is not supported by Mosty' },
          { position: { index: 5 }, reason: 'question type "calculatedsimple" (simple calculated) is not supported by Mosty' },
          { position: { index: 6 }, reason: 'question type "calculatedmulti" (calculated multichoice) is not supported by Mosty' },
          { position: { index: 7 }, reason: 'question type "ddwtos" (drag and drop into text) is not supported by Mosty' },
          { position: { index: 8 }, reason: 'question type "gapselect" (select missing words) is not supported by Mosty' },
          { position: { index: 9 }, reason: 'question type "ddimageortext" (drag and drop onto image) is not supported by Mosty' },
          { position: { index: 10 }, reason: 'question type "ddmarker" (drag and drop markers) is not supported by Mosty' },
          { position: { index: 11 }, reason: 'question type "randomsamatch" (random short-answer matching) is not supported by Mosty' },
          { position: { index: 12 }, reason: 'question type "random" (random question) is not supported by Mosty' },
          { position: { index: 13 }, reason: 'question type "oumultiresponse" is not a Moodle question type Mosty can import' },
          { position: { index: 14 }, reason: 'the <question> has no type attribute' },
        ],
      });
    });

    it.each([
      ['0', '"0"'],
      ['-1', '"-1"'],
      ['jeden', '"jeden"'],
    ])('skips a question with defaultgrade %s', (grade, shown) => {
      const xml = quiz(question('truefalse', '<answer fraction="100"><text>true</text></answer>', { grade }));
      expect(parseMoodleXml(xml)).toEqual({
        questions: [],
        skipped: [{ position: { index: 1 }, reason: `defaultgrade ${shown} is not a number greater than 0` }],
      });
    });

    it('gives 1 point when <defaultgrade> is absent', () => {
      const xml = quiz(`<question type="essay"><name><text>E</text></name><questiontext format="plain_text"><text>Opisz</text></questiontext></question>`);
      expect(only(parseMoodleXml(xml))).toEqual({ type: 'essay', name: 'E', prompt: { pl: 'Opisz' }, format: 'plain', points: 1 });
    });

    it('skips a question whose text holds HTML that is neither escaped nor in CDATA', () => {
      const xml = quiz(`<question type="essay"><name><text>E</text></name><questiontext format="html"><text><p>Opisz</p></text></questiontext></question>`);
      expect(parseMoodleXml(xml)).toEqual({
        questions: [],
        skipped: [{ position: { index: 1 }, reason: '<text> holds the element <p>: HTML in a text must be escaped or inside CDATA' }],
      });
    });
  });

  describe('categories and tags', () => {
    it('adds the tags of a question, slugified, after the category tags and without repeats', () => {
      const xml = quiz(
        `<question type="category"><category><text>$system$/top/Prawa człowieka</text></category><info format="html"><text></text></info></question>`,
        question(
          'essay',
          `<tags><tag><text>Status prawny cudzoziemców</text></tag><tag><text>prawa człowieka</text></tag><tag><text>Зв’язок</text></tag></tags>
    <coursetags><tag><text>Komunikacja</text></tag></coursetags>`,
        ),
      );
      expect(parseMoodleXml(xml)).toEqual({
        questions: [
          {
            position: { index: 2 },
            // "Зв’язок" has no Latin slug and is dropped.
            question: { type: 'essay', ...header, tags: ['prawa-czlowieka', 'status-prawny-cudzoziemcow', 'komunikacja'] },
          },
        ],
        skipped: [],
      });
    });

    it('reads "//" in a category path as a slash inside one category name, as Moodle does', () => {
      const xml = quiz(`<question type="category"><category><text>$course$/Bezpieczeństwo // Ład/Patrol</text></category></question>`, question('essay', ''));
      expect(only(parseMoodleXml(xml))).toEqual({ type: 'essay', ...header, tags: ['bezpieczenstwo-lad', 'patrol'] });
    });

    it('leaves questions before any category and after the top category untagged', () => {
      const xml = quiz(question('essay', ''), `<question type="category"><category><text>$course$/top</text></category></question>`, question('essay', ''));
      expect(parseMoodleXml(xml)).toEqual({
        questions: [
          { position: { index: 1 }, question: { type: 'essay', ...header } },
          { position: { index: 3 }, question: { type: 'essay', ...header } },
        ],
        skipped: [],
      });
    });
  });

  describe('texts', () => {
    it.each([
      ['html', 'html'],
      ['markdown', 'markdown'],
      ['plain_text', 'plain'],
      ['moodle_auto_format', 'plain'],
      ['something_else', 'html'],
    ])('reads questiontext format %s as %s', (moodle, mosty) => {
      const xml = quiz(question('essay', '', { format: moodle }));
      expect(only(parseMoodleXml(xml))).toEqual({ type: 'essay', ...header, format: mosty });
    });

    it('takes html when <questiontext> has no format, as Moodle does', () => {
      const xml = quiz(`<question type="essay"><name><text>E</text></name><questiontext><text>Opisz</text></questiontext></question>`);
      expect(only(parseMoodleXml(xml))).toEqual({ type: 'essay', name: 'E', prompt: { pl: 'Opisz' }, format: 'html', points: 1 });
    });

    it('decodes entities outside CDATA, keeps CDATA as written, trims texts', () => {
      const xml = quiz(`
  <question type="essay">
    <name><text>  Tom &amp; Jerry &#x141;&#243;d&#378;  </text></name>
    <questiontext format="html"><text>
      &lt;p&gt;Czy &quot;azyl&quot; &apos;to&apos; &amp;nbsp;ochrona?&lt;/p&gt;
    </text></questiontext>
    <generalfeedback format="html"><text><![CDATA[ <p>R&amp;D &lt;b&gt;</p> ]]></text></generalfeedback>
  </question>`);
      expect(only(parseMoodleXml(xml))).toEqual({
        type: 'essay',
        name: 'Tom & Jerry Łódź',
        prompt: { pl: '<p>Czy "azyl" \'to\' &nbsp;ochrona?</p>' },
        format: 'html',
        points: 1,
        feedback: { pl: '<p>R&amp;D &lt;b&gt;</p>' },
      });
    });

    it('fills every text in the chosen language and in Polish', () => {
      const xml = quiz(`
  <question type="multichoice">
    <name><text>Q</text></name>
    <questiontext format="plain_text"><text>What?</text></questiontext>
    <generalfeedback><text>Because.</text></generalfeedback>
    <answer fraction="100"><text>This</text><feedback><text>Yes</text></feedback></answer>
  </question>`);
      expect(only(parseMoodleXml(xml, 'en'))).toEqual({
        type: 'single_choice',
        name: 'Q',
        prompt: { pl: 'What?', en: 'What?' },
        format: 'plain',
        points: 1,
        feedback: { pl: 'Because.', en: 'Because.' },
        options: [{ text: { pl: 'This', en: 'This' }, weight: 1, feedback: { pl: 'Yes', en: 'Yes' } }],
      });
    });
  });

  describe('files that are not Moodle XML', () => {
    it.each(['<quiz/>', '<quiz></quiz>', '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n  <!-- nothing -->\n</quiz>\n'])(
      'reads %j as no questions',
      (xml) => {
        expect(parseMoodleXml(xml)).toEqual({ questions: [], skipped: [] });
      },
    );

    it('rejects text that is not XML with the line', () => {
      expect(formatError('Pytanie 1: Kto?')).toEqual({
        message: "The file is not well-formed XML (line 1, column 1): char 'P' is not expected.",
        position: { line: 1 },
      });
    });

    it('rejects unclosed tags with the line the validator reports, counting blank lines before the declaration', () => {
      const xml = '\uFEFF\n\n<?xml version="1.0"?>\n<quiz>\n  <question type="essay">\n    <name><text>E</text>\n  </question>\n</quiz>\n';
      expect(formatError(xml)).toEqual({
        message: "The file is not well-formed XML (line 7, column 3): Expected closing tag 'name' (opened in line 6, col 5) instead of closing tag 'question'.",
        position: { line: 7 },
      });
    });

    it('rejects a file that ends before its tags are closed', () => {
      expect(formatError('<quiz>\n<question type="essay">')).toEqual({
        message: 'The file is not well-formed XML (line 1, column 1): the file ends before <quiz>, <question> are closed',
        position: { line: 1 },
      });
    });

    it.each([
      ['', 'The file is empty; a Moodle XML file is a <quiz> element'],
      ['<questions><question type="essay"/></questions>', 'The root element of a Moodle XML file must be <quiz>; found <questions>'],
      ['<quiz/><quiz/>', 'The root element of a Moodle XML file must be <quiz>; found <quiz>'],
    ])('rejects %j with index 0', (xml, message) => {
      expect(formatError(xml)).toEqual({ message, position: { index: 0 } });
    });

    it('rejects a DOCTYPE (entities from uploaded files are not expanded) but not the text "<!DOCTYPE" inside CDATA', () => {
      expect(formatError('<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "b">]>\n<quiz>&a;</quiz>')).toEqual({
        message: 'A Moodle XML file has no <!DOCTYPE>',
        position: { line: 2 },
      });
      const xml = quiz(question('essay', '', { text: '<!DOCTYPE html>' }));
      expect(only(parseMoodleXml(xml))).toEqual({ type: 'essay', ...header, prompt: { pl: '<!DOCTYPE html>' } });
    });
  });
});

describe('toMoodleXml', () => {
  it('writes a complete Moodle XML document: category, CDATA for markup, fractions as percentages, tags', () => {
    const xml = toMoodleXml(
      [
        {
          type: 'single_choice',
          name: 'Zgłoszenie',
          prompt: { pl: '<p>Kto przyjmuje zgłoszenie?</p>' },
          format: 'html',
          points: 2,
          tags: ['komunikacja'],
          feedback: { pl: 'Art. 304' },
          options: [
            { text: { pl: 'Dyżurny' }, weight: 1, feedback: { pl: '<b>Tak</b>' } },
            { text: { pl: 'Nikt' }, weight: -0.3333333 },
          ],
        },
      ],
      { category: '$course$/Mosty' },
    );
    expect(xml).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category">
    <category>
      <text>$course$/Mosty</text>
    </category>
  </question>
  <question type="multichoice">
    <name>
      <text>Zgłoszenie</text>
    </name>
    <questiontext format="html">
      <text><![CDATA[<p>Kto przyjmuje zgłoszenie?</p>]]></text>
    </questiontext>
    <generalfeedback format="html">
      <text>Art. 304</text>
    </generalfeedback>
    <defaultgrade>2</defaultgrade>
    <single>true</single>
    <shuffleanswers>true</shuffleanswers>
    <answernumbering>abc</answernumbering>
    <answer fraction="100" format="html">
      <text>Dyżurny</text>
      <feedback format="html">
        <text><![CDATA[<b>Tak</b>]]></text>
      </feedback>
    </answer>
    <answer fraction="-33.33333" format="html">
      <text>Nikt</text>
      <feedback format="html">
        <text></text>
      </feedback>
    </answer>
    <tags>
      <tag>
        <text>komunikacja</text>
      </tag>
    </tags>
  </question>
</quiz>
`);
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it.each([
    [1, '100'],
    [0.5, '50'],
    [0.3333333, '33.33333'],
    [0.1428571, '14.28571'],
    [-0.25, '-25'],
    [0, '0'],
  ])('writes weight %d as fraction="%s"', (weight, fraction) => {
    const xml = toMoodleXml([{ type: 'multiple_choice', prompt: { pl: 'P' }, points: 1, options: [{ text: { pl: 'A' }, weight }] }]);
    expect(xml).toContain(`<answer fraction="${fraction}" format="markdown">`);
  });

  it('writes an ordering question as qtype_ordering: all items, numbered in order', () => {
    const xml = toMoodleXml([{ type: 'ordering', name: 'O', prompt: { pl: 'Ułóż' }, format: 'plain', points: 1, items: [{ pl: 'A' }, { pl: 'B' }] }]);
    expect(xml).toContain(`<question type="ordering">`);
    expect(xml).toContain(`    <layouttype>VERTICAL</layouttype>
    <selecttype>ALL</selecttype>
    <selectcount>2</selectcount>
    <gradingtype>ABSOLUTE_POSITION</gradingtype>
    <showgrading>SHOW</showgrading>
    <numberingstyle>none</numberingstyle>
    <answer fraction="1" format="plain_text">
      <text>A</text>
    </answer>
    <answer fraction="2" format="plain_text">
      <text>B</text>
    </answer>`);
  });

  it('writes the chosen language, falling back to Polish', () => {
    const xml = toMoodleXml(
      [
        {
          type: 'true_false',
          name: 'TF',
          prompt: { pl: 'Czy?', uk: 'Чи?' },
          points: 1,
          correct: true,
          feedbackTrue: { pl: 'Tak' },
        },
      ],
      { lang: 'uk' },
    );
    expect(only(parseMoodleXml(xml, 'uk'))).toEqual({
      type: 'true_false',
      name: 'TF',
      prompt: { pl: 'Чи?', uk: 'Чи?' },
      format: 'markdown',
      points: 1,
      correct: true,
      feedbackTrue: { pl: 'Tak', uk: 'Tak' },
    });
  });

  it('writes an empty quiz for no questions', () => {
    const xml = toMoodleXml([]);
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<quiz></quiz>\n');
    expect(parseMoodleXml(xml)).toEqual({ questions: [], skipped: [] });
  });

  it('names a nameless question after its prompt, as Moodle requires a name', () => {
    const long = 'Funkcjonariusz zatrzymuje obywatela Ukrainy, który nie mówi po polsku. Co robi najpierw, zanim zacznie czynności?';
    const xml = toMoodleXml([
      { type: 'essay', prompt: { pl: '<p>Opisz  <b>procedurę</b>\n wezwania tłumacza.</p>' }, format: 'html', points: 1 },
      { type: 'essay', prompt: { pl: long }, points: 1 },
      { type: 'essay', prompt: { pl: '<img src="x.png">' }, format: 'html', points: 1 },
    ]);
    const names = parseMoodleXml(xml).questions.map(({ question }) => question.name);
    expect(names).toEqual([
      'Opisz procedurę wezwania tłumacza.',
      'Funkcjonariusz zatrzymuje obywatela Ukrainy, który nie mówi po polsku. Co robi…',
      'Question 3',
    ]);
  });

  it('writes a scenario as single choice with the situation before the prompt (not a round trip)', () => {
    const options = [
      { text: { pl: 'Wezwać tłumacza' }, weight: 1 },
      { text: { pl: 'Mówić głośniej' }, weight: -0.5, feedback: { pl: 'To nie pomaga.' } },
    ];
    const xml = toMoodleXml([
      {
        type: 'scenario',
        name: 'S1',
        situation: { pl: '<p>Kobieta zgłasza kradzież po ukraińsku.</p>' },
        prompt: { pl: '<p>Co robisz?</p>' },
        format: 'html',
        points: 3,
        options,
      },
      { type: 'scenario', name: 'S2', situation: { pl: 'Noc, dworzec.' }, prompt: { pl: 'Co robisz?' }, points: 1, options },
    ]);
    expect(parseMoodleXml(xml)).toEqual({
      questions: [
        {
          position: { index: 1 },
          question: {
            type: 'single_choice',
            name: 'S1',
            prompt: { pl: '<div><p>Kobieta zgłasza kradzież po ukraińsku.</p></div>\n<div><p>Co robisz?</p></div>' },
            format: 'html',
            points: 3,
            options,
          },
        },
        {
          position: { index: 2 },
          question: { type: 'single_choice', name: 'S2', prompt: { pl: 'Noc, dworzec.\n\nCo robisz?' }, format: 'markdown', points: 1, options },
        },
      ],
      skipped: [],
    });
  });

  it('keeps "]]>" inside CDATA and drops characters XML cannot hold', () => {
    const xml = toMoodleXml([{ type: 'essay', name: 'E', prompt: { pl: 'a ]]> b <i>c</i>\u0007' }, format: 'html', points: 1 }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(only(parseMoodleXml(xml))).toEqual({ type: 'essay', name: 'E', prompt: { pl: 'a ]]> b <i>c</i>' }, format: 'html', points: 1 });
  });

  describe('round trip through parseMoodleXml', () => {
    /** Every type but scenario, with every optional field used somewhere; formats and caseSensitive explicit. */
    const questions: QuestionDefinition[] = [
      {
        type: 'single_choice',
        name: 'Pierwszy kontakt',
        prompt: { pl: '<p>Jak zaczynasz rozmowę z osobą, która <strong>nie mówi</strong> po polsku?</p>' },
        format: 'html',
        points: 2,
        tags: ['komunikacja', 'tlumacz'],
        feedback: { pl: '<p>Zob. procedurę &amp; wytyczne.</p>' },
        options: [
          { text: { pl: 'Pytam, jakim językiem się posługuje' }, weight: 1, feedback: { pl: 'Dobrze.' } },
          { text: { pl: 'Mówię wolniej & głośniej' }, weight: -0.3333333 },
          { text: { pl: '<em>Czekam</em>' }, weight: 0 },
        ],
      },
      {
        type: 'multiple_choice',
        name: 'Dokumenty',
        prompt: { pl: 'Które dokumenty potwierdzają **legalny pobyt**?' },
        format: 'markdown',
        points: 1.5,
        options: [
          { text: { pl: 'Karta pobytu' }, weight: 0.3333333 },
          { text: { pl: 'Wiza' }, weight: 0.3333333 },
          { text: { pl: 'Stempel w paszporcie' }, weight: 0.3333333, feedback: { pl: 'W ruchu bezwizowym.' } },
          { text: { pl: 'Bilet' }, weight: -1 },
        ],
      },
      {
        type: 'true_false',
        name: 'Azyl',
        prompt: { pl: 'Wniosek o ochronę można złożyć na granicy.' },
        format: 'plain',
        points: 1,
        tags: ['status-prawny'],
        correct: false,
        feedbackTrue: { pl: 'Nie tylko na granicy.' },
        feedbackFalse: { pl: 'Tak: także w kraju.' },
      },
      {
        type: 'true_false',
        name: 'Mowa nienawiści',
        prompt: { pl: 'Art. 257 k.k. chroni przed znieważeniem.' },
        format: 'markdown',
        points: 1,
        correct: true,
      },
      {
        type: 'short_answer',
        name: 'Skrót',
        prompt: { pl: 'Rozwiń skrót UdSC (urząd).' },
        format: 'markdown',
        points: 1,
        caseSensitive: true,
        answers: [
          { text: 'Urząd do Spraw Cudzoziemców', weight: 1, feedback: { pl: 'Tak.' } },
          { text: 'Urząd*Cudzoziemców', weight: 0.5 },
        ],
      },
      {
        type: 'short_answer',
        name: 'Numer',
        prompt: { pl: 'Numer alarmowy w UE?' },
        format: 'plain',
        points: 1,
        caseSensitive: false,
        answers: [{ text: '112', weight: 1 }],
      },
      {
        type: 'numeric',
        name: 'Termin',
        prompt: { pl: 'Ile dni ma cudzoziemiec na wyjazd po decyzji (±2)?' },
        format: 'markdown',
        points: 3,
        feedback: { pl: 'Zob. ustawę o cudzoziemcach.' },
        answers: [
          { value: 30, tolerance: 2, weight: 1, feedback: { pl: 'Tak.' } },
          { value: 14.5, tolerance: 0.25, weight: 0.5 },
          { value: -1, tolerance: 0, weight: 0 },
        ],
      },
      {
        type: 'matching',
        name: 'Instytucje',
        prompt: { pl: '<p>Dopasuj sprawę do instytucji.</p>' },
        format: 'html',
        points: 2,
        tags: ['instytucje'],
        pairs: [
          { left: { pl: '<p>Karta pobytu</p>' }, right: { pl: 'Wojewoda' } },
          { left: { pl: 'Zasiłek' }, right: { pl: 'MOPS' } },
        ],
        distractors: [{ pl: 'Sąd rejonowy' }, { pl: 'Kuratorium' }],
      },
      {
        type: 'matching',
        name: 'Bez dystraktorów',
        prompt: { pl: 'Dopasuj.' },
        format: 'plain',
        points: 1,
        pairs: [
          { left: { pl: 'A' }, right: { pl: '1' } },
          { left: { pl: 'B' }, right: { pl: '2' } },
        ],
      },
      {
        type: 'ordering',
        name: 'Interwencja',
        prompt: { pl: 'Ułóż kroki interwencji.' },
        format: 'markdown',
        points: 2,
        items: [{ pl: 'Zabezpiecz miejsce' }, { pl: 'Udziel pomocy' }, { pl: 'Wezwij tłumacza' }, { pl: 'Sporządź notatkę' }],
      },
      {
        type: 'essay',
        name: 'Refleksja',
        prompt: { pl: '<p>Opisz sytuację, w której różnica kulturowa utrudniła interwencję.</p>' },
        format: 'html',
        points: 10,
        tags: ['refleksja', 'komunikacja'],
        feedback: { pl: '<p>Dziękujemy.</p>' },
        graderInfo: { pl: '<ul><li>empatia</li><li>procedura</li></ul>' },
        responseTemplate: { pl: 'Sytuacja: ... Co zrobiłem: ...' },
      },
      {
        type: 'essay',
        name: 'Krótko',
        prompt: { pl: 'Jedno zdanie o mowie nienawiści.' },
        format: 'plain',
        points: 1,
      },
    ];

    it('reads back exactly the questions it wrote', () => {
      const xml = toMoodleXml(questions);
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(parseMoodleXml(xml)).toEqual({
        questions: questions.map((q, i) => ({ position: { index: i + 1 }, question: q })),
        skipped: [],
      });
    });

    it('adds the tags of the category option to every question, after a category at index 1', () => {
      const result = parseMoodleXml(toMoodleXml(questions, { category: '$course$/Mosty/Komunikacja' }));
      expect(result).toEqual({
        questions: questions.map((q, i) => ({
          position: { index: i + 2 },
          question: { ...q, tags: [...new Set(['mosty', 'komunikacja', ...(q.tags ?? [])])] },
        })),
        skipped: [],
      });
    });

    it('reads back the language it wrote, with Polish filled in', () => {
      const original: QuestionDefinition = {
        type: 'matching',
        name: 'Match',
        prompt: { pl: 'Dopasuj', en: 'Match' },
        format: 'plain',
        points: 1,
        pairs: [{ left: { pl: 'Wojewoda', en: 'Voivode' }, right: { pl: 'Karta pobytu', en: 'Residence card' } }],
        distractors: [{ pl: 'Sąd' }],
      };
      expect(only(parseMoodleXml(toMoodleXml([original], { lang: 'en' }), 'en'))).toEqual({
        ...original,
        prompt: { pl: 'Match', en: 'Match' },
        pairs: [{ left: { pl: 'Voivode', en: 'Voivode' }, right: { pl: 'Residence card', en: 'Residence card' } }],
        // No English text: the Polish one is written, and read back as English too.
        distractors: [{ pl: 'Sąd', en: 'Sąd' }],
      });
    });

    it('makes the defaults explicit: no format → markdown, no caseSensitive → false', () => {
      const original: QuestionDefinition = { type: 'short_answer', name: 'S', prompt: { pl: 'Stolica?' }, points: 1, answers: [{ text: 'Kraków', weight: 1 }] };
      expect(only(parseMoodleXml(toMoodleXml([original])))).toEqual({ ...original, format: 'markdown', caseSensitive: false });
    });
  });
});
