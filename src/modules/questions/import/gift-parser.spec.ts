import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ImportFormatError, type ImportResult, type QuestionDefinition } from '../question-definition';
import { MISSING_WORD_BLANK, parseGift } from './gift-parser';
import { scoreQuestion } from '../../grading/scoring';
import type { ScoringResponse } from '../../grading/scoring-response';

/** Mosty's own GIFT files; Moodle's own are checked by `npm run test:interop`. */
const fixture = (name: string) => readFileSync(path.join(__dirname, '../../../../test/fixtures/gift', name), 'utf8');

/** Lines of a GIFT file, so that line numbers in expectations can be counted. */
const gift = (...lines: string[]) => lines.join('\n');

/** The one question a snippet holds, checking that nothing was skipped. */
function only(text: string, lang?: 'pl' | 'en' | 'uk'): QuestionDefinition {
  const result = parseGift(text, lang);
  expect(result.skipped).toStrictEqual([]);
  expect(result.questions).toHaveLength(1);
  return result.questions[0].question;
}

function formatError(text: string): ImportFormatError {
  try {
    parseGift(text);
  } catch (error) {
    if (error instanceof ImportFormatError) return error;
    throw error;
  }
  throw new Error('expected an ImportFormatError');
}

const communication = ['komunikacja-miedzykulturowa', 'praca-z-tlumaczem'];
const migrantsRights = ['komunikacja-miedzykulturowa', 'prawa-migrantow'];

/** What every-construct.gift.txt imports to, question by question. */
const everyConstruct: ImportResult['questions'] = [
  {
    // Before any $CATEGORY: no tags.
    position: { line: 3 },
    question: {
      type: 'numeric',
      name: 'Numer alarmowy',
      prompt: { pl: 'Jaki numer alarmowy działa w całej Unii Europejskiej?' },
      format: 'plain',
      points: 1,
      answers: [{ value: 112, tolerance: 0, weight: 1 }],
    },
  },
  {
    position: { line: 8 },
    question: {
      type: 'single_choice',
      name: 'Wybór tłumacza',
      prompt: { pl: '<p>Kogo <b>najlepiej</b> poprosić o tłumaczenie podczas interwencji?</p>' },
      format: 'html',
      points: 1,
      tags: communication,
      feedback: { pl: 'Zob. wytyczne o pracy z tłumaczem.' },
      options: [
        { text: { pl: 'Tłumacza przysięgłego lub z listy jednostki' }, weight: 1, feedback: { pl: 'Tak: zna terminologię i zachowuje bezstronność.' } },
        { text: { pl: 'Pracownika ośrodka, który zna język' }, weight: 0.5, feedback: { pl: 'Częściowo: to lepsze niż nic, ale nie jest bezstronny.' } },
        { text: { pl: 'Dziecko tej osoby' }, weight: 0, feedback: { pl: 'Nie: dzieci nie powinny tłumaczyć dorosłym.' } },
      ],
    },
  },
  {
    position: { line: 16 },
    question: {
      type: 'multiple_choice',
      name: 'Bariery',
      prompt: { pl: 'Które zachowania **utrudniają** rozmowę przez tłumacza?' },
      format: 'markdown',
      points: 1,
      tags: communication,
      options: [
        { text: { pl: 'Zwracanie się do tłumacza zamiast do rozmówcy' }, weight: 0.3333333, feedback: { pl: 'Mów do osoby, nie do tłumacza.' } },
        { text: { pl: 'Długie wypowiedzi bez przerw' }, weight: 0.3333333 },
        { text: { pl: 'Żargon prawniczy' }, weight: 0.3333333 },
        { text: { pl: 'Krótkie zdania' }, weight: -1, feedback: { pl: 'To ułatwia tłumaczenie.' } },
      ],
    },
  },
  {
    // `{F#for a wrong answer#for a right answer}`: "true" is the wrong answer here.
    position: { line: 24 },
    question: {
      type: 'true_false',
      name: 'Mowa ciała',
      prompt: { pl: 'Kontakt wzrokowy wszędzie oznacza szacunek.' },
      format: 'plain',
      points: 1,
      tags: communication,
      correct: false,
      feedbackTrue: { pl: 'Nie: w wielu kulturach to oznaka braku szacunku.' },
      feedbackFalse: { pl: 'Tak: znaczenie gestów zależy od kultury.' },
    },
  },
  {
    // [moodle] is plain.
    position: { line: 26 },
    question: {
      type: 'true_false',
      prompt: { pl: 'Rozmowę z osobą głuchą można prowadzić przez tłumacza PJM.' },
      format: 'plain',
      points: 1,
      tags: communication,
      correct: true,
    },
  },
  {
    position: { line: 28 },
    question: {
      type: 'true_false',
      prompt: { pl: 'Pauzy w rozmowie mają w różnych kulturach różne znaczenie.' },
      format: 'plain',
      points: 1,
      tags: communication,
      feedback: { pl: 'Cisza nie zawsze oznacza brak zrozumienia.' },
      correct: true,
    },
  },
  {
    position: { line: 30 },
    question: { type: 'true_false', prompt: { pl: 'Uśmiech jest wszędzie odczytywany tak samo.' }, format: 'plain', points: 1, tags: communication, correct: false },
  },
  {
    // Text after the block: a missing-word question. No caseSensitive: GIFT has none.
    position: { line: 35 },
    question: {
      type: 'short_answer',
      name: 'Organ odwoławczy',
      prompt: { pl: `Odwołania w sprawach pobytowych cudzoziemców rozpatruje ${MISSING_WORD_BLANK} jako organ drugiej instancji.` },
      format: 'plain',
      points: 1,
      tags: migrantsRights,
      answers: [
        { text: 'Urząd do Spraw Cudzoziemców', weight: 1, feedback: { pl: 'Tak.' } },
        { text: 'UdSC', weight: 1 },
        { text: 'Urząd*Cudzoziemców', weight: 0.5, feedback: { pl: 'Prawie: sprawdź pełną nazwę.' } },
        { text: 'wojewoda', weight: 0, feedback: { pl: 'Wojewoda orzeka w pierwszej instancji.' } },
      ],
    },
  },
  {
    // The `~#` catch-all is left out: Mosty has none.
    position: { line: 43 },
    question: {
      type: 'numeric',
      name: 'Termin odwołania',
      prompt: { pl: 'Ile dni ma cudzoziemiec na odwołanie od decyzji wojewody?' },
      format: 'plain',
      points: 1,
      tags: migrantsRights,
      answers: [
        { value: 14, tolerance: 0, weight: 1, feedback: { pl: 'Tak: 14 dni od doręczenia.' } },
        { value: 14, tolerance: 7, weight: 0.5, feedback: { pl: 'Blisko: sprawdź przepis.' } },
      ],
    },
  },
  {
    position: { line: 49 },
    question: {
      type: 'numeric',
      name: 'Zakres',
      prompt: { pl: 'Ile miesięcy trwa zwykle postępowanie o zezwolenie na pobyt czasowy (od 1 do 5)?' },
      format: 'plain',
      points: 1,
      tags: migrantsRights,
      answers: [{ value: 3, tolerance: 2, weight: 1 }],
    },
  },
  {
    position: { line: 52 },
    question: {
      type: 'matching',
      name: 'Instytucje',
      prompt: { pl: 'Dopasuj sprawę do instytucji.' },
      format: 'html',
      points: 1,
      tags: migrantsRights,
      feedback: { pl: 'Każda sprawa ma swój urząd.' },
      pairs: [
        { left: { pl: 'Karta pobytu' }, right: { pl: 'Urząd wojewódzki' } },
        { left: { pl: 'Ochrona międzynarodowa' }, right: { pl: 'Urząd do Spraw Cudzoziemców' } },
        { left: { pl: 'Zasiłek celowy' }, right: { pl: 'MOPS' } },
      ],
      distractors: [{ pl: 'Kuratorium oświaty' }],
    },
  },
  {
    position: { line: 61 },
    question: {
      type: 'essay',
      name: 'Refleksja',
      prompt: { pl: 'Opisz sytuację, w której różnica kulturowa utrudniła ci pracę.' },
      format: 'plain',
      points: 1,
      tags: migrantsRights,
    },
  },
  {
    position: { line: 63 },
    question: {
      type: 'essay',
      name: 'Nagranie',
      prompt: { pl: 'Wysłuchaj nagrania i opisz *jedną* barierę językową.' },
      format: 'markdown',
      points: 1,
      tags: migrantsRights,
      feedback: { pl: 'Szukamy **empatii** i konkretu.' },
    },
  },
  {
    // Every escape is text: in the name, the prompt, an option and its feedback.
    position: { line: 70 },
    question: {
      type: 'single_choice',
      name: 'Art. 1:2',
      prompt: { pl: 'Ile wynosi {opłata} = 340 zł ~ 440 zł? Znak # to numer, C:\\dane to folder,\nnowa linia.' },
      format: 'plain',
      points: 1,
      tags: ['sytuacja-prawna-cudzoziemcow'],
      options: [
        { text: { pl: '340 zł = opłata#1' }, weight: 1, feedback: { pl: 'Tak # dobrze = zgodnie z ustawą' } },
        { text: { pl: '440 zł' }, weight: 0 },
      ],
    },
  },
  {
    // `$CATEGORY: $course$` is the top: no tags again.
    position: { line: 77 },
    question: { type: 'true_false', prompt: { pl: 'Pytanie bez kategorii po powrocie na szczyt?' }, format: 'plain', points: 1, correct: true },
  },
];

describe('parseGift', () => {
  describe("Mosty's GIFT files (test/fixtures/gift)", () => {
    describe('legal-status-in-category.gift.txt, written as Moodle exports', () => {
      const tags = ['sytuacja-prawna-cudzoziemcow'];

      it('reads exactly the four questions, with categories, formats, escapes, weights and feedback', () => {
        expect(parseGift(fixture('legal-status-in-category.gift.txt'))).toStrictEqual<ImportResult>({
          questions: [
            {
              position: { line: 6 },
              question: {
                type: 'matching',
                name: 'Dokumenty pobytowe',
                prompt: { pl: 'Dopasuj dokument do tego, co potwierdza.' },
                format: 'html',
                points: 1,
                tags,
                pairs: [
                  { left: { pl: 'Zezwolenie na pobyt czasowy lub stały, wydane przez wojewodę.' }, right: { pl: 'Karta pobytu' } },
                  { left: { pl: 'Zgodę na wjazd i pobyt w określonym celu, wklejoną do paszportu.' }, right: { pl: 'Wiza krajowa' } },
                  { left: { pl: 'Zarejestrowanie pobytu obywatela Unii Europejskiej.' }, right: { pl: 'Zaświadczenie o rejestracji pobytu' } },
                  { left: { pl: 'Tożsamość osoby, która otrzymała status uchodźcy.' }, right: { pl: 'Genewski dokument podróży' } },
                ],
                distractors: [{ pl: 'Prawo jazdy' }],
              },
            },
            {
              position: { line: 15 },
              question: {
                type: 'single_choice',
                name: 'Pierwszy kontakt',
                prompt: {
                  pl: '<a href="https://mosty.example/nagrania/powitanie.mp3">Posłuchaj powitania:</a><br /><br />W jakim języku mówi ta osoba?',
                },
                format: 'html',
                points: 1,
                tags,
                options: [
                  { text: { pl: 'rosyjskim' }, weight: 0, feedback: { pl: 'Posłuchaj jeszcze raz.' } },
                  { text: { pl: 'ukraińskim' }, weight: 1, feedback: { pl: 'Tak, dobrze!' } },
                  { text: { pl: 'białoruskim' }, weight: 0, feedback: { pl: 'Posłuchaj jeszcze raz.' } },
                  { text: { pl: 'słowackim' }, weight: 0, feedback: { pl: 'Posłuchaj jeszcze raz.' } },
                ],
              },
            },
            {
              // `=%100%non-refoulement#`: an empty feedback is no feedback.
              position: { line: 23 },
              question: {
                type: 'short_answer',
                name: 'Zasada',
                prompt: { pl: 'Zakaz wydalenia osoby do kraju, w którym grozi jej prześladowanie, to zasada ...' },
                format: 'html',
                points: 1,
                tags,
                answers: [{ text: 'non-refoulement', weight: 1 }],
              },
            },
            {
              position: { line: 28 },
              question: {
                type: 'true_false',
                name: 'Tłumacz',
                prompt: {
                  pl: 'Cudzoziemiec przesłuchiwany jako podejrzany ma prawo do <span style="font-style: italic;">bezpłatnej pomocy tłumacza</span>.',
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
        const [matching, choice] = parseGift(fixture('legal-status-in-category.gift.txt'), 'en').questions.map((q) => q.question);
        expect(matching).toMatchObject({
          prompt: { pl: 'Dopasuj dokument do tego, co potwierdza.', en: 'Dopasuj dokument do tego, co potwierdza.' },
          distractors: [{ pl: 'Prawo jazdy', en: 'Prawo jazdy' }],
        });
        expect(choice).toMatchObject({
          options: expect.arrayContaining([
            { text: { pl: 'ukraińskim', en: 'ukraińskim' }, weight: 1, feedback: { pl: 'Tak, dobrze!', en: 'Tak, dobrze!' } },
          ]),
        });
      });
    });

    describe('every-construct.gift.txt', () => {
      it('reads every construct of the format', () => {
        expect(parseGift(fixture('every-construct.gift.txt'))).toStrictEqual<ImportResult>({ questions: everyConstruct, skipped: [] });
      });

      it('scores the imported questions as the file means them: partial credit, negative weights, tolerance, ranges, wildcards', () => {
        const byName = Object.fromEntries(parseGift(fixture('every-construct.gift.txt')).questions.map(({ question }) => [question.name, question]));
        const points = (name: string, response: ScoringResponse) => scoreQuestion(byName[name], response).points;

        expect([0, 1, 2].map((i) => points('Wybór tłumacza', { selected: [i] }))).toEqual([1, 0.5, 0]);
        // Three thirds are the full point; the -100% option takes it all away.
        expect(points('Bariery', { selected: [0, 1, 2] })).toBe(1);
        expect(points('Bariery', { selected: [0, 1, 2, 3] })).toBe(0);
        expect(points('Mowa ciała', { value: false })).toBe(1);
        // GIFT has no case sensitivity: answers match in any case; `*` is a wildcard.
        expect(points('Organ odwoławczy', { text: 'udsc' })).toBe(1);
        expect(points('Organ odwoławczy', { text: 'Urząd ds. Cudzoziemców' })).toBe(0.5);
        expect(points('Organ odwoławczy', { text: 'Wojewoda' })).toBe(0);
        // 14:0 exactly, 14:7 half; the `~#` catch-all gives nothing.
        expect([14, 20, 22].map((value) => points('Termin odwołania', { value }))).toEqual([1, 0.5, 0]);
        // The range 1..5.
        expect([1, 5, 5.5].map((value) => points('Zakres', { value }))).toEqual([1, 1, 0]);
        expect(points('Instytucje', { pairs: [{ left: 0, right: 0 }, { left: 1, right: 1 }, { left: 2, right: 2 }] })).toBe(1);
        expect(points('Instytucje', { pairs: [{ left: 0, right: 3 }] })).toBe(0);
        expect(scoreQuestion(byName['Refleksja'], { text: 'Opis' })).toEqual({ points: 0, maxPoints: 1, needsReview: true });
      });
    });

    it('skipped-and-rejected.gift.txt: skips what cannot be imported with its line and the reason, reads the rest', () => {
      const tags = ['prawa-czlowieka'];
      expect(parseGift(fixture('skipped-and-rejected.gift.txt'))).toStrictEqual<ImportResult>({
        questions: [
          {
            position: { line: 7 },
            question: { type: 'true_false', prompt: { pl: 'Czy przed sądem przysługuje tłumacz?' }, format: 'plain', points: 1, tags, correct: true },
          },
          {
            // The parser reads it; Mosty's rules refuse it on import (two options worth 100%).
            position: { line: 32 },
            question: {
              type: 'single_choice',
              name: 'Dwie dobre',
              prompt: { pl: 'Które są poprawne?' },
              format: 'plain',
              points: 1,
              tags,
              options: [
                { text: { pl: 'tak' }, weight: 1 },
                { text: { pl: 'też' }, weight: 1 },
                { text: { pl: 'nie' }, weight: 0 },
              ],
            },
          },
          {
            position: { line: 34 },
            question: {
              type: 'short_answer',
              prompt: { pl: `Zasada ${MISSING_WORD_BLANK} zakazuje wydalenia do kraju prześladowań.` },
              format: 'plain',
              points: 1,
              tags,
              answers: [{ text: 'non-refoulement', weight: 1 }],
            },
          },
        ],
        skipped: [
          { position: { line: 5 }, reason: 'description item, not a question' },
          {
            position: { line: 10 },
            reason: '2 answer blocks in one question (questions must be separated by a blank line; cloze questions with several gaps are not supported)',
          },
          { position: { line: 13 }, reason: 'a "}" without a matching "{"' },
          { position: { line: 15 }, reason: 'the question name after "::" is not closed with "::"' },
          { position: { line: 17 }, reason: 'the question has no text' },
          { position: { line: 19 }, reason: '"czternaście" is not a number' },
          { position: { line: 21 }, reason: 'the range 5..1 runs backwards' },
          { position: { line: 23 }, reason: 'the tolerance in 30:-2 is negative' },
          { position: { line: 25 }, reason: 'the numerical answer "*" (any number) earns points, which Mosty cannot hold' },
          { position: { line: 27 }, reason: 'the matching item "MOPS" has no "->"' },
          { position: { line: 29 }, reason: '"MOPS" is matched to nothing' },
        ],
      });
    });

    it.each([
      ['unclosed-brace.gift.txt', 'the answer block opened with "{" at line 4 is never closed', 4],
      ['brace-opened-twice.gift.txt', 'the answer block opened with "{" at line 1 is not closed before the "{" at line 3', 1],
      ['binary.gift.txt', 'not a GIFT text file (it contains NUL characters)', 3],
    ])('rejects malformed/%s: %s', (name, message, line) => {
      const error = formatError(fixture(`malformed/${name}`));
      expect({ message: error.message, position: error.position }).toStrictEqual({ message, position: { line } });
    });
  });

  describe('the file', () => {
    it.each([
      ['an empty file', ''],
      ['blank lines', '\n\n  \n\t\n'],
      ['comments only', '// nothing here\n\n   // nor here'],
      ['a byte-order mark and a category', '\uFEFF$CATEGORY: $course$/Prawa człowieka\n'],
    ])('gives no questions and no error for %s', (_, text) => {
      expect(parseGift(text)).toStrictEqual({ questions: [], skipped: [] });
    });

    it('drops // comment lines anywhere, which do not end a question, but keeps // inside a line', () => {
      const result = parseGift(
        gift(
          '// Moodle writes one before every question',
          'See https://example.org/a//b first.{',
          '// between the answers',
          '  =yes',
          '  // and again',
          '  ~no',
          '}',
        ),
      );
      expect(result).toStrictEqual({
        questions: [
          {
            position: { line: 2 },
            question: {
              type: 'single_choice',
              prompt: { pl: 'See https://example.org/a//b first.' },
              format: 'plain',
              points: 1,
              options: [
                { text: { pl: 'yes' }, weight: 1 },
                { text: { pl: 'no' }, weight: 0 },
              ],
            },
          },
        ],
        skipped: [],
      });
    });

    it('separates questions by blank lines and reports the first line of each (after its comments)', () => {
      const result = parseGift(
        gift(
          'First?{T}', // 1
          '', // 2
          '', // 3
          '// about the second', // 4
          'Second', // 5
          'over two lines?{F}', // 6
          '   ', // 7
          'Third?{}', // 8
        ),
      );
      expect(result.questions.map((q) => [q.position, q.question.prompt.pl])).toStrictEqual([
        [{ line: 1 }, 'First?'],
        [{ line: 5 }, 'Second\nover two lines?'],
        [{ line: 8 }, 'Third?'],
      ]);
    });

    it('counts lines the same with Windows and old Mac line endings', () => {
      for (const newline of ['\r\n', '\r']) {
        const result = parseGift(['// c', 'A?{T}', '', 'B?{F}'].join(newline));
        expect(result.questions.map((q) => q.position)).toStrictEqual([{ line: 2 }, { line: 4 }]);
      }
    });

    it('tags questions with the categories of the last $CATEGORY, until the next one', () => {
      const result = parseGift(
        gift(
          'Before any category?{T}',
          '',
          '$CATEGORY: $course$/top/Prawa człowieka/Status prawny',
          '',
          'In the first category?{T}',
          '',
          'Still in it?{F}',
          '',
          '// switch category',
          '$CATEGORY: $system$/Komunikacja',
          'On the next line of the same paragraph?{T}',
          '',
          '$CATEGORY: $course$',
          '',
          'At the top again?{T}',
        ),
      );
      expect(result.skipped).toStrictEqual([]);
      expect(result.questions.map((q) => [q.position, q.question.tags])).toStrictEqual([
        [{ line: 1 }, undefined],
        [{ line: 5 }, ['prawa-czlowieka', 'status-prawny']],
        [{ line: 7 }, ['prawa-czlowieka', 'status-prawny']],
        [{ line: 11 }, ['komunikacja']],
        [{ line: 15 }, undefined],
      ]);
    });

    it('gives every question its own tags array', () => {
      const [a, b] = parseGift(gift('$CATEGORY: x', '', 'A?{T}', '', 'B?{T}')).questions.map((q) => q.question);
      expect(a.tags).toStrictEqual(['x']);
      expect(a.tags).not.toBe(b.tags);
    });

    it('worth one point each and never ordering or scenario', () => {
      const result = parseGift(
        gift(
          'A?{T}',
          '',
          'B?{=a ~b}',
          '',
          'C?{~%50%a ~%50%b ~c}',
          '',
          'D?{=a}',
          '',
          'E?{#1}',
          '',
          'F?{=a->1 =b->2}',
          '',
          'G?{}',
        ),
      );
      expect(result.questions.map((q) => [q.question.type, q.question.points])).toStrictEqual([
        ['true_false', 1],
        ['single_choice', 1],
        ['multiple_choice', 1],
        ['short_answer', 1],
        ['numeric', 1],
        ['matching', 1],
        ['essay', 1],
      ]);
    });
  });

  describe('name and format', () => {
    it.each([
      ['::Q::[html]<b>Bold</b>?{T}', 'html', '<b>Bold</b>?'],
      ['::Q::[markdown]**Bold**?{T}', 'markdown', '**Bold**?'],
      ['::Q::[plain]Plain?{T}', 'plain', 'Plain?'],
      ['::Q::[moodle]Auto-formatted?{T}', 'plain', 'Auto-formatted?'],
      ['::Q::No tag?{T}', 'plain', 'No tag?'],
      ['::Q:: [html] After spaces?{T}', 'html', 'After spaces?'],
      ['::Q::[latex]Unknown tags stay text?{T}', 'plain', '[latex]Unknown tags stay text?'],
      ['::Q::[HTML]Tags are lower case?{T}', 'plain', '[HTML]Tags are lower case?'],
    ])('%j → %s', (text, format, prompt) => {
      expect(only(text)).toStrictEqual({
        type: 'true_false',
        name: 'Q',
        prompt: { pl: prompt },
        format,
        points: 1,
        correct: true,
      });
    });

    it('has no name without ::name:: and trims the name; escaped colons do not end it', () => {
      expect(only('Nameless?{T}')).not.toHaveProperty('name');
      expect(only(':: Ratio 1\\:2 ::Is it?{T}').name).toBe('Ratio 1:2');
      expect(only('::::Empty name?{T}')).not.toHaveProperty('name');
    });

    it('removes format tags from options and feedback: a Mosty question has one format', () => {
      expect(only('[html]Colour?{=[plain]yellow#[html]<b>yes</b> ~[markdown]red}')).toStrictEqual({
        type: 'single_choice',
        prompt: { pl: 'Colour?' },
        format: 'html',
        points: 1,
        options: [
          { text: { pl: 'yellow' }, weight: 1, feedback: { pl: '<b>yes</b>' } },
          { text: { pl: 'red' }, weight: 0 },
        ],
      });
    });
  });

  describe('escapes', () => {
    it('turns \\~ \\= \\# \\{ \\} \\: into text that never acts as syntax', () => {
      expect(only('::A\\:B::Is \\{x\\} \\= \\~y \\# 1\\:2?{=yes \\= \\~ \\# \\{\\}#fb \\# \\= ok ~no}')).toStrictEqual({
        type: 'single_choice',
        name: 'A:B',
        prompt: { pl: 'Is {x} = ~y # 1:2?' },
        format: 'plain',
        points: 1,
        options: [
          { text: { pl: 'yes = ~ # {}' }, weight: 1, feedback: { pl: 'fb # = ok' } },
          { text: { pl: 'no' }, weight: 0 },
        ],
      });
    });

    it('reads Moodle\'s "special characters" example as three options', () => {
      const question = only(gift('Which answer equals 5? {', '     ~ \\= 2 + 2', '     = \\= 2 + 3', '     ~ \\= 2 + 4  }'));
      expect(question).toMatchObject({
        type: 'single_choice',
        options: [
          { text: { pl: '= 2 + 2' }, weight: 0 },
          { text: { pl: '= 2 + 3' }, weight: 1 },
          { text: { pl: '= 2 + 4' }, weight: 0 },
        ],
      });
    });

    it('reads \\n as a line break and \\\\ as a backslash; other backslashes stay', () => {
      expect(only('Line one\\nline two, C:\\\\dir, \\\\n, \\(x^2\\)?{=a\\nb}')).toMatchObject({
        prompt: { pl: 'Line one\nline two, C:\\dir, \\n, \\(x^2\\)?' },
        answers: [{ text: 'a\nb', weight: 1 }],
      });
    });

    it('does not see an answer block in escaped braces', () => {
      expect(parseGift('Only \\{text\\} here')).toStrictEqual({
        questions: [],
        skipped: [{ position: { line: 1 }, reason: 'description item, not a question' }],
      });
    });

    it('keeps the private-use character it marks escapes with as ordinary text', () => {
      expect(only('A\uE000e\uE000 {T}').prompt).toStrictEqual({ pl: 'A\uE000e\uE000' });
    });
  });

  describe('multi-line questions', () => {
    it('reads text, answers and feedback spread over lines, blank lines inside the block included', () => {
      const result = parseGift(
        gift(
          '::Hometown::', // 1
          'Jesus Christ', // 2
          '   was from {', // 3
          '    ~Jerusalem#This was an important city,', // 4
          '        but the wrong answer.', // 5
          '', // 6
          '    ~%25%Bethlehem#He was born here, but not raised here.', // 7
          '    ~%50%Galilee#You need to be more specific.', // 8
          '    =Nazareth#Yes! That\'s right!', // 9
          '}.', // 10
        ),
      );
      expect(result).toStrictEqual({
        questions: [
          {
            position: { line: 1 },
            question: {
              type: 'single_choice',
              name: 'Hometown',
              prompt: { pl: `Jesus Christ\nwas from ${MISSING_WORD_BLANK}.` },
              format: 'plain',
              points: 1,
              options: [
                {
                  text: { pl: 'Jerusalem' },
                  weight: 0,
                  feedback: { pl: 'This was an important city,\nbut the wrong answer.' },
                },
                { text: { pl: 'Bethlehem' }, weight: 0.25, feedback: { pl: 'He was born here, but not raised here.' } },
                { text: { pl: 'Galilee' }, weight: 0.5, feedback: { pl: 'You need to be more specific.' } },
                { text: { pl: 'Nazareth' }, weight: 1, feedback: { pl: "Yes! That's right!" } },
              ],
            },
          },
        ],
        skipped: [],
      });
    });
  });

  describe('single and multiple choice', () => {
    it('reads one = answer among ~ answers as single choice weighted 1/0, with feedback per option', () => {
      expect(only("Who's buried in Grant's tomb?{~Grant#No ~Jefferson =no one#Right}")).toStrictEqual({
        type: 'single_choice',
        prompt: { pl: "Who's buried in Grant's tomb?" },
        format: 'plain',
        points: 1,
        options: [
          { text: { pl: 'Grant' }, weight: 0, feedback: { pl: 'No' } },
          { text: { pl: 'Jefferson' }, weight: 0 },
          { text: { pl: 'no one' }, weight: 1, feedback: { pl: 'Right' } },
        ],
      });
    });

    it('keeps partial credit on a one-answer question, as Moodle does (single = 1 when any = is there)', () => {
      expect(only('Difficult question.{~wrong answer ~%50%half credit answer =full credit answer}')).toMatchObject({
        type: 'single_choice',
        options: [
          { text: { pl: 'wrong answer' }, weight: 0 },
          { text: { pl: 'half credit answer' }, weight: 0.5 },
          { text: { pl: 'full credit answer' }, weight: 1 },
        ],
      });
    });

    it('accepts a weight after =', () => {
      expect(only('Q?{=%100%right ~wrong}')).toMatchObject({
        type: 'single_choice',
        options: [
          { text: { pl: 'right' }, weight: 1 },
          { text: { pl: 'wrong' }, weight: 0 },
        ],
      });
    });

    it('reads ~ answers only as multiple choice, with negative weights', () => {
      expect(
        only(
          gift(
            "::colours:: What's between orange and green in the spectrum?",
            '{',
            '    ~%50%yellow # right; good!',
            '    ~%-100%red # [html]wrong',
            '    ~%50%off-beige # right; good!',
            '    ~%-100%[plain]blue # wrong',
            '}',
          ),
        ),
      ).toStrictEqual({
        type: 'multiple_choice',
        name: 'colours',
        prompt: { pl: "What's between orange and green in the spectrum?" },
        format: 'plain',
        points: 1,
        options: [
          { text: { pl: 'yellow' }, weight: 0.5, feedback: { pl: 'right; good!' } },
          { text: { pl: 'red' }, weight: -1, feedback: { pl: 'wrong' } },
          { text: { pl: 'off-beige' }, weight: 0.5, feedback: { pl: 'right; good!' } },
          { text: { pl: 'blue' }, weight: -1, feedback: { pl: 'wrong' } },
        ],
      });
    });

    it('reads Moodle thirds exactly and keeps a lone ~%100% multiple response, as Moodle does', () => {
      expect(only('Q?{~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-50%d}')).toMatchObject({
        type: 'multiple_choice',
        options: [{ weight: 0.3333333 }, { weight: 0.3333333 }, { weight: 0.3333333 }, { weight: -0.5 }],
      });
      expect(only('Q?{~%100%a ~b}')).toMatchObject({
        type: 'multiple_choice',
        options: [
          { text: { pl: 'a' }, weight: 1 },
          { text: { pl: 'b' }, weight: 0 },
        ],
      });
    });

    it('takes an ill-formed percentage as part of the text, as Moodle does', () => {
      expect(only('Q?{=%a% ~%5 of them}')).toMatchObject({
        options: [
          { text: { pl: '%a%' }, weight: 1 },
          { text: { pl: '%5 of them' }, weight: 0 },
        ],
      });
    });

    it('drops options without text, as Moodle does', () => {
      expect(only('Q?{=a ~ ~b ~}')).toMatchObject({
        options: [
          { text: { pl: 'a' }, weight: 1 },
          { text: { pl: 'b' }, weight: 0 },
        ],
      });
    });
  });

  describe('true/false', () => {
    it.each([
      ['{T}', true],
      ['{TRUE}', true],
      ['{F}', false],
      ['{FALSE}', false],
      ['{ true }', true],
      ['{f}', false],
    ])('%s → %s', (block, correct) => {
      expect(only(`The sun rises in the east.${block}`)).toStrictEqual({
        type: 'true_false',
        prompt: { pl: 'The sun rises in the east.' },
        format: 'plain',
        points: 1,
        correct,
      });
    });

    it('reads {TRUE#for a wrong answer#for a right answer}', () => {
      expect(only('Q?{TRUE#Think again.#Well done.}')).toMatchObject({
        correct: true,
        feedbackTrue: { pl: 'Well done.' },
        feedbackFalse: { pl: 'Think again.' },
      });
      expect(only('Q?{FALSE#Think again.#Well done.}')).toMatchObject({
        correct: false,
        feedbackTrue: { pl: 'Think again.' },
        feedbackFalse: { pl: 'Well done.' },
      });
    });

    it('shows a single feedback to the wrong answer', () => {
      expect(only("Grant is buried in Grant's tomb.{FALSE#No one is buried in Grant's tomb.}")).toStrictEqual({
        type: 'true_false',
        prompt: { pl: "Grant is buried in Grant's tomb." },
        format: 'plain',
        points: 1,
        correct: false,
        feedbackTrue: { pl: "No one is buried in Grant's tomb." },
      });
      expect(only('Q?{T##Only when right.}')).toStrictEqual({
        type: 'true_false',
        prompt: { pl: 'Q?' },
        format: 'plain',
        points: 1,
        correct: true,
        feedbackTrue: { pl: 'Only when right.' },
      });
    });
  });

  describe('short answer', () => {
    it('reads = answers with weights, feedback and * wildcards', () => {
      expect(
        only(
          gift(
            "::Jesus' hometown:: Jesus Christ was from {",
            "    =Nazareth#Yes! That's right!",
            '    =%75%Nazereth#Right, but misspelled.',
            '    =%25%Bethle*#He was born here, but not raised here.',
            '    =%0%Rome',
            '}.',
          ),
        ),
      ).toStrictEqual({
        type: 'short_answer',
        name: "Jesus' hometown",
        prompt: { pl: `Jesus Christ was from ${MISSING_WORD_BLANK}.` },
        format: 'plain',
        points: 1,
        answers: [
          { text: 'Nazareth', weight: 1, feedback: { pl: "Yes! That's right!" } },
          { text: 'Nazereth', weight: 0.75, feedback: { pl: 'Right, but misspelled.' } },
          { text: 'Bethle*', weight: 0.25, feedback: { pl: 'He was born here, but not raised here.' } },
          { text: 'Rome', weight: 0 },
        ],
      });
    });

    it('reads several plain = answers, and a lone answer without =, as Moodle does', () => {
      expect(only("Who's buried in Grant's tomb?{=no one =nobody}")).toMatchObject({
        type: 'short_answer',
        answers: [
          { text: 'no one', weight: 1 },
          { text: 'nobody', weight: 1 },
        ],
      });
      expect(only('Capital of France?{Paris}')).toMatchObject({ type: 'short_answer', answers: [{ text: 'Paris', weight: 1 }] });
      expect(only('Answer with a word:{=TRUE}')).toMatchObject({ type: 'short_answer', answers: [{ text: 'TRUE', weight: 1 }] });
    });
  });

  describe('numeric', () => {
    it.each([
      ['{#1822}', 1822, 0],
      ['{#3:2}', 3, 2],
      ['{#1..5}', 3, 2],
      ['{#-5..-1}', -3, 2],
      ['{#3.141..3.142}', 3.1415, 0.0005],
      ['{#3.1415:0.0005}', 3.1415, 0.0005],
      ['{# =2.5e3:.5 }', 2500, 0.5],
    ])('%s → value %d, tolerance %d', (block, value, tolerance) => {
      expect(only(`How much?${block}`)).toStrictEqual({
        type: 'numeric',
        prompt: { pl: 'How much?' },
        format: 'plain',
        points: 1,
        answers: [{ value, tolerance, weight: 1 }],
      });
    });

    it('reads several weighted answers with feedback over several lines', () => {
      expect(
        only(
          gift(
            '::Numerical example::',
            'When was Ulysses S. Grant born? {#',
            '     =1822:0      #Correct! 100% credit',
            '     =%50%1822:2  #He was born in 1822.',
            '                  You get 50% credit for being close.',
            '}',
          ),
        ),
      ).toStrictEqual({
        type: 'numeric',
        name: 'Numerical example',
        prompt: { pl: 'When was Ulysses S. Grant born?' },
        format: 'plain',
        points: 1,
        answers: [
          { value: 1822, tolerance: 0, weight: 1, feedback: { pl: 'Correct! 100% credit' } },
          {
            value: 1822,
            tolerance: 2,
            weight: 0.5,
            feedback: { pl: 'He was born in 1822.\nYou get 50% credit for being close.' },
          },
        ],
      });
      expect(only('Q?{# =%100%3:0 =%50%3:1}')).toMatchObject({
        answers: [
          { value: 3, tolerance: 0, weight: 1 },
          { value: 3, tolerance: 1, weight: 0.5 },
        ],
      });
    });

    it('leaves out the catch-all for other numbers, which Mosty cannot hold', () => {
      expect(only('Q?{#=4#Yes ~#Count again}')).toMatchObject({ answers: [{ value: 4, tolerance: 0, weight: 1, feedback: { pl: 'Yes' } }] });
      expect(only('Q?{#=4 =%0%*#Count again}')).toMatchObject({ answers: [{ value: 4, tolerance: 0, weight: 1 }] });
    });

    it.each([
      ['Q?{#four}', '"four" is not a number'],
      ['Q?{#3,5}', '"3,5" is not a number'],
      ['Q?{#3:x}', '"x" is not a number'],
      ['Q?{#3\\:1}', '"3:1" is not a number'],
      ['Q?{#5..1}', 'the range 5..1 runs backwards'],
      ['Q?{#3:-1}', 'the tolerance in 3:-1 is negative'],
      ['Q?{#=4 =*}', 'the numerical answer "*" (any number) earns points, which Mosty cannot hold'],
    ])('skips %s: %s', (text, reason) => {
      expect(parseGift(text)).toStrictEqual({ questions: [], skipped: [{ position: { line: 1 }, reason }] });
    });
  });

  describe('matching', () => {
    it('reads pairs, with or without spaces around ->, and = -> x as a distractor', () => {
      expect(
        only(
          gift(
            'Match the countries with their capitals. {',
            '    =Canada -> Ottawa',
            '    =Italy->Rome',
            '    =[html]<b>Japan</b>  ->  Tokyo',
            '    = -> Kraków',
            '    =  ->  Lwów',
            '####Capitals are where governments sit.',
            '}',
          ),
        ),
      ).toStrictEqual({
        type: 'matching',
        prompt: { pl: 'Match the countries with their capitals.' },
        format: 'plain',
        points: 1,
        feedback: { pl: 'Capitals are where governments sit.' },
        pairs: [
          { left: { pl: 'Canada' }, right: { pl: 'Ottawa' } },
          { left: { pl: 'Italy' }, right: { pl: 'Rome' } },
          { left: { pl: '<b>Japan</b>' }, right: { pl: 'Tokyo' } },
        ],
        distractors: [{ pl: 'Kraków' }, { pl: 'Lwów' }],
      });
    });

    it('has no distractors key without distractors', () => {
      expect(only('Q?{=a->1 =b->2}')).not.toHaveProperty('distractors');
    });

    it.each([
      ['Q?{=a->1 =b}', 'the matching item "b" has no "->"'],
      ['Q?{=a->1 =b->}', '"b" is matched to nothing'],
    ])('skips %s: %s', (text, reason) => {
      expect(parseGift(text)).toStrictEqual({ questions: [], skipped: [{ position: { line: 1 }, reason }] });
    });
  });

  describe('essay', () => {
    it('reads {} as an essay, and {####…} as an essay with general feedback', () => {
      expect(only('::Q8:: How are you? {}')).toStrictEqual({
        type: 'essay',
        name: 'Q8',
        prompt: { pl: 'How are you?' },
        format: 'plain',
        points: 1,
      });
      expect(only('[markdown]Describe *one* case.{\n####[markdown]Look for **empathy**.\n}')).toStrictEqual({
        type: 'essay',
        prompt: { pl: 'Describe *one* case.' },
        format: 'markdown',
        points: 1,
        feedback: { pl: 'Look for **empathy**.' },
      });
    });
  });

  describe('missing word', () => {
    it('puts a blank where the answer block was when text follows it', () => {
      expect(only("Grant is {~buried =entombed ~living} in Grant's tomb.")).toStrictEqual({
        type: 'single_choice',
        prompt: { pl: "Grant is _____ in Grant's tomb." },
        format: 'plain',
        points: 1,
        options: [
          { text: { pl: 'buried' }, weight: 0 },
          { text: { pl: 'entombed' }, weight: 1 },
          { text: { pl: 'living' }, weight: 0 },
        ],
      });
      expect(only('{=Kraków} is in Małopolska.').prompt).toStrictEqual({ pl: '_____ is in Małopolska.' });
      expect(only('Two plus two equals {=four =4}.').prompt).toStrictEqual({ pl: 'Two plus two equals _____.' });
    });

    it('puts no blank when the block ends the question, even before comments', () => {
      expect(only('Question? {=yes ~no}   \n// trailing comment').prompt).toStrictEqual({ pl: 'Question?' });
    });
  });

  describe('general feedback', () => {
    it('takes the text after #### as the question feedback, for every type', () => {
      expect(only('Q?{=a#fa ~b####General.}')).toStrictEqual({
        type: 'single_choice',
        prompt: { pl: 'Q?' },
        format: 'plain',
        points: 1,
        feedback: { pl: 'General.' },
        options: [
          { text: { pl: 'a' }, weight: 1, feedback: { pl: 'fa' } },
          { text: { pl: 'b' }, weight: 0 },
        ],
      });
      expect(only('Q?{T#wrong#right####General.}')).toStrictEqual({
        type: 'true_false',
        prompt: { pl: 'Q?' },
        format: 'plain',
        points: 1,
        feedback: { pl: 'General.' },
        correct: true,
        feedbackTrue: { pl: 'right' },
        feedbackFalse: { pl: 'wrong' },
      });
      expect(only('Q?{#4\n####General.}')).toMatchObject({ type: 'numeric', feedback: { pl: 'General.' }, answers: [{ value: 4 }] });
    });
  });

  describe('languages', () => {
    it('writes the texts under the language given, and under pl too', () => {
      expect(only('::N::Q?{=a#fa ~b####G}', 'uk')).toStrictEqual({
        type: 'single_choice',
        name: 'N',
        prompt: { pl: 'Q?', uk: 'Q?' },
        format: 'plain',
        points: 1,
        feedback: { pl: 'G', uk: 'G' },
        options: [
          { text: { pl: 'a', uk: 'a' }, weight: 1, feedback: { pl: 'fa', uk: 'fa' } },
          { text: { pl: 'b', uk: 'b' }, weight: 0 },
        ],
      });
      expect(only('Q?{T#x#y}', 'en')).toMatchObject({ feedbackTrue: { pl: 'y', en: 'y' }, feedbackFalse: { pl: 'x', en: 'x' } });
    });
  });

  describe('questions it skips', () => {
    it('skips a description item with its line and goes on', () => {
      const result = parseGift(
        gift(
          '$CATEGORY: Intro', // 1
          '', // 2
          '// a description', // 3
          '::Welcome::Read the rules before you start.', // 4
          'They matter.', // 5
          '', // 6
          'Ready?{T}', // 7
        ),
      );
      expect(result).toStrictEqual({
        questions: [
          {
            position: { line: 7 },
            question: { type: 'true_false', prompt: { pl: 'Ready?' }, format: 'plain', points: 1, tags: ['intro'], correct: true },
          },
        ],
        skipped: [{ position: { line: 4 }, reason: 'description item, not a question' }],
      });
    });

    it.each([
      [
        'two questions without a blank line between them',
        gift('// q', '::Q1::A?{T}', '::Q2::B?{F}'),
        '2 answer blocks in one question (questions must be separated by a blank line; cloze questions with several gaps are not supported)',
      ],
      ['a } without {', gift('// q', 'Stray } here'), 'a "}" without a matching "{"'],
      ['a } after the block', gift('// q', 'Q?{T} and }'), 'a "}" without a matching "{"'],
      ['an unclosed name', gift('// q', '::Name without end {T}'), 'the question name after "::" is not closed with "::"'],
      ['no question text', gift('// q', '::Only a name::{T}'), 'the question has no text'],
      ['only a format tag', gift('// q', '[html]{T}'), 'the question has no text'],
    ])('skips %s, with its line', (_, text, reason) => {
      expect(parseGift(text)).toStrictEqual({ questions: [], skipped: [{ position: { line: 2 }, reason }] });
    });

    it('reads the questions around a skipped one', () => {
      const result = parseGift(gift('A?{T}', '', 'B?{#x}', '', 'C?{F}'));
      expect(result.questions.map((q) => [q.position, q.question.prompt.pl])).toStrictEqual([
        [{ line: 1 }, 'A?'],
        [{ line: 5 }, 'C?'],
      ]);
      expect(result.skipped).toStrictEqual([{ position: { line: 3 }, reason: '"x" is not a number' }]);
    });
  });

  describe('broken files', () => {
    it('throws ImportFormatError with the line of a { never closed', () => {
      const error = formatError(gift('A?{T}', '', '// next', 'B?{', '  =yes', '', '  ~no', ''));
      expect(error).toBeInstanceOf(ImportFormatError);
      expect(error.position).toStrictEqual({ line: 4 });
      expect(error.message).toBe('the answer block opened with "{" at line 4 is never closed');
    });

    it('throws at the unclosed { when another { opens before it is closed', () => {
      const error = formatError(gift('A?{=yes ~no', '', 'B?{T}', '', 'C?{F}'));
      expect(error.position).toStrictEqual({ line: 1 });
      expect(error.message).toBe('the answer block opened with "{" at line 1 is not closed before the "{" at line 3');
    });

    it('throws on binary junk, with the line of the first NUL', () => {
      const error = formatError('PK\u0003\u0004\nabc\n\u0000\u0000{');
      expect(error.position).toStrictEqual({ line: 3 });
      expect(error.message).toBe('not a GIFT text file (it contains NUL characters)');
    });

    it('does not throw for an escaped brace that is never closed', () => {
      expect(() => parseGift('Q \\{ ?{T}')).not.toThrow();
      expect(only('Q \\{ ?{T}').prompt).toStrictEqual({ pl: 'Q { ?' });
    });
  });
});
