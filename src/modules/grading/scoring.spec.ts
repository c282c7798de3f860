import type {
  ChoiceOption,
  EssayQuestion,
  LocalizedText,
  MatchingQuestion,
  MultipleChoiceQuestion,
  NumericAnswer,
  NumericQuestion,
  OrderingQuestion,
  QuestionDefinition,
  ScenarioQuestion,
  ShortAnswer,
  ShortAnswerQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from '../questions/question-definition';
import { QUESTION_TYPES } from '../questions/question-definition';
import type { ScoringResponse } from './scoring-response';
import { matchesShortAnswer, scoreQuestion, withinTolerance } from './scoring';

const pl = (text: string): LocalizedText => ({ pl: text });
const options = (...weights: number[]): ChoiceOption[] => weights.map((weight, i) => ({ text: pl(`Opcja ${i}`), weight }));

const singleChoice = (weights: number[], points = 1): SingleChoiceQuestion => ({
  type: 'single_choice',
  prompt: pl('Która odpowiedź?'),
  points,
  options: options(...weights),
});
const multipleChoice = (weights: number[], points = 1): MultipleChoiceQuestion => ({
  type: 'multiple_choice',
  prompt: pl('Które odpowiedzi?'),
  points,
  options: options(...weights),
});
const scenario = (weights: number[], points = 1): ScenarioQuestion => ({
  type: 'scenario',
  prompt: pl('Co robisz?'),
  situation: pl('Cudzoziemiec nie mówi po polsku.'),
  points,
  options: options(...weights),
});
const trueFalse = (correct: boolean, points = 1): TrueFalseQuestion => ({
  type: 'true_false',
  prompt: pl('Prawda?'),
  points,
  correct,
});
const shortAnswer = (answers: [string, number][], points = 1, caseSensitive?: boolean): ShortAnswerQuestion => ({
  type: 'short_answer',
  prompt: pl('Wpisz'),
  points,
  answers: answers.map(([text, weight]): ShortAnswer => ({ text, weight })),
  ...(caseSensitive === undefined ? {} : { caseSensitive }),
});
const numeric = (answers: [number, number, number][], points = 1): NumericQuestion => ({
  type: 'numeric',
  prompt: pl('Ile?'),
  points,
  answers: answers.map(([value, tolerance, weight]): NumericAnswer => ({ value, tolerance, weight })),
});
const matching = (pairCount: number, distractorCount = 0, points = 1): MatchingQuestion => ({
  type: 'matching',
  prompt: pl('Połącz'),
  points,
  pairs: Array.from({ length: pairCount }, (_, i) => ({ left: pl(`L${i}`), right: pl(`R${i}`) })),
  ...(distractorCount ? { distractors: Array.from({ length: distractorCount }, (_, i) => pl(`D${i}`)) } : {}),
});
const ordering = (itemCount: number, points = 1): OrderingQuestion => ({
  type: 'ordering',
  prompt: pl('Ułóż'),
  points,
  items: Array.from({ length: itemCount }, (_, i) => pl(`Krok ${i}`)),
});
const essay = (points = 5): EssayQuestion => ({ type: 'essay', prompt: pl('Opisz'), points });

/** A response as junk may arrive: past the types, straight from JSON. */
const junk = (value: unknown) => value as ScoringResponse;

/** The points scored; also checks the invariant fields of an automatically scored question. */
function pointsOf(question: QuestionDefinition, response: ScoringResponse | undefined): number {
  const score = scoreQuestion(question, response);
  expect(score.maxPoints).toBe(question.points);
  expect(score.needsReview).toBe(false);
  return score.points;
}

/** Responses that are missing or malformed for every type. */
const MISSING_OR_MALFORMED: [string, ScoringResponse | undefined][] = [
  ['no response', undefined],
  ['null', junk(null)],
  ['an empty object', {}],
  ['a string', junk('0')],
  ['a number', junk(0)],
  ['an array', junk([0])],
];

describe('scoreQuestion', () => {
  describe('single_choice', () => {
    const q = singleChoice([1, 0, -0.5, 0.5], 2);

    it.each([
      ['the right option', [0], 2],
      ['a half-right option', [3], 1],
      ['a wrong option', [1], 0],
      ['a negative option: floored at 0', [2], 0],
    ])('scores %s', (_, selected, points) => {
      expect(pointsOf(q, { selected })).toBe(points);
    });

    it.each([
      ['two options, one of them right', [0, 3]],
      ['the right option twice', [0, 0]],
      ['every option', [0, 1, 2, 3]],
      ['nothing', []],
      ['an index past the options', [4]],
      ['a negative index', [-1]],
      ['a fractional index', [0.5]],
      ['NaN', [NaN]],
      ['an index as a string', ['0']],
      ['null inside', [null]],
    ])('gives 0 for %s', (_, selected) => {
      expect(pointsOf(q, junk({ selected }))).toBe(0);
    });

    it.each(MISSING_OR_MALFORMED)('gives 0 for %s', (_, response) => {
      expect(pointsOf(q, response)).toBe(0);
    });

    it.each([
      ['value', { value: 0 }],
      ['text', { text: '0' }],
      ['order', { order: [0] }],
      ['selected not an array', { selected: 0 }],
    ])('gives 0 for the wrong field (%s)', (_, response) => {
      expect(pointsOf(q, junk(response))).toBe(0);
    });

    it('ignores fields of other types next to a right selection', () => {
      expect(pointsOf(q, { selected: [0], text: 'x', value: true })).toBe(2);
    });

    it('clamps a weight above 1 (a definition past validation) to the points', () => {
      expect(pointsOf(singleChoice([1.5, 0], 2), { selected: [0] })).toBe(2);
    });

    it('counts a weight that is not a number as 0', () => {
      expect(pointsOf(singleChoice([NaN, 1], 2), { selected: [0] })).toBe(0);
      expect(pointsOf(singleChoice([NaN, 1], 2), { selected: [1] })).toBe(2);
    });
  });

  describe('scenario', () => {
    const q = scenario([0.5, 1, 0.25, -1, 0], 4);

    it.each([
      ['the best response', [1], 4],
      ['an acceptable response', [0], 2],
      ['a weak response', [2], 1],
      ['a neutral response', [4], 0],
      ['a harmful response: floored at 0', [3], 0],
    ])('scores %s', (_, selected, points) => {
      expect(pointsOf(q, { selected })).toBe(points);
    });

    it.each([
      ['two responses', [1, 0]],
      ['the best response twice', [1, 1]],
      ['nothing', []],
      ['an index past the responses', [5]],
      ['a fractional index', [1.5]],
    ])('gives 0 for %s', (_, selected) => {
      expect(pointsOf(q, { selected })).toBe(0);
    });

    it.each(MISSING_OR_MALFORMED)('gives 0 for %s', (_, response) => {
      expect(pointsOf(q, response)).toBe(0);
    });

    it('gives 0 for the wrong field', () => {
      expect(pointsOf(q, { value: 1 })).toBe(0);
    });
  });

  describe('multiple_choice', () => {
    const q = multipleChoice([0.5, 0.5, -0.5, -1, 0], 4);

    it.each([
      ['both right options', [0, 1], 4],
      ['both right options in another order', [1, 0], 4],
      ['both right options and a neutral one', [0, 1, 4], 4],
      ['one right option', [0], 2],
      ['one right and one half-wrong option', [1, 2], 0],
      ['both right and one half-wrong option', [0, 1, 2], 2],
      ['everything: it cancels out', [0, 1, 2, 3, 4], 0],
      ['a wrong option alone: floored at 0', [2], 0],
      ['only wrong options: floored at 0', [2, 3], 0],
      ['nothing', [], 0],
    ])('scores %s', (_, selected, points) => {
      expect(pointsOf(q, { selected })).toBe(points);
    });

    it.each([
      ['a right option twice (would otherwise be full marks)', [0, 0]],
      ['a right option twice next to the other', [0, 1, 1]],
      ['an index past the options', [0, 1, 5]],
      ['a negative index', [0, 1, -1]],
      ['a fractional index', [0, 1, 0.5]],
      ['an index as a string', [0, '1']],
      ['Infinity', [0, Infinity]],
    ])('gives 0 for %s', (_, selected) => {
      expect(pointsOf(q, junk({ selected }))).toBe(0);
    });

    it.each(MISSING_OR_MALFORMED)('gives 0 for %s', (_, response) => {
      expect(pointsOf(q, response)).toBe(0);
    });

    it('gives 0 for the wrong field', () => {
      expect(pointsOf(q, { order: [0, 1] })).toBe(0);
      expect(pointsOf(q, junk({ selected: '0,1' }))).toBe(0);
    });

    it('clamps a sum above 1 (a definition past validation) to the points', () => {
      expect(pointsOf(multipleChoice([0.75, 0.75], 2), { selected: [0, 1] })).toBe(2);
    });
  });

  describe('float sums', () => {
    it.each([1, 2, 3, 7, 0.5, 10, 1.5])('three weights of 1/3 earn exactly %p points', (points) => {
      expect(pointsOf(multipleChoice([1 / 3, 1 / 3, 1 / 3, -1], points), { selected: [0, 1, 2] })).toBe(points);
    });

    it.each([1, 2, 3, 7, 0.5, 10, 1.5])("three of Moodle's 0.3333333 (33.33333 %%) earn exactly %p points", (points) => {
      expect(pointsOf(multipleChoice([0.3333333, 0.3333333, 0.3333333, -1], points), { selected: [2, 0, 1] })).toBe(points);
    });

    it('two thirds of 3 points are 2, one third 1', () => {
      const q = multipleChoice([1 / 3, 1 / 3, 1 / 3], 3);
      expect(pointsOf(q, { selected: [0, 1] })).toBe(2);
      expect(pointsOf(q, { selected: [2] })).toBe(1);
    });

    it('a third of 1 point is rounded to 7 decimals', () => {
      expect(pointsOf(multipleChoice([1 / 3, 1 / 3, 1 / 3], 1), { selected: [0] })).toBe(0.3333333);
      expect(pointsOf(multipleChoice([1 / 3, 1 / 3, 1 / 3], 1), { selected: [0, 1] })).toBe(0.6666667);
    });

    it('0.1 + 0.2 is 0.3, not 0.30000000000000004', () => {
      expect(0.1 + 0.2).not.toBe(0.3);
      expect(pointsOf(multipleChoice([0.1, 0.2, 0.7], 1), { selected: [0, 1] })).toBe(0.3);
      expect(0.1 * 3).not.toBe(0.3);
      expect(pointsOf(singleChoice([0.1, 1], 3), { selected: [0] })).toBe(0.3);
    });

    it('a fraction just short of 1 by more than the slack is not rounded up to full points', () => {
      expect(pointsOf(multipleChoice([0.99999, 0], 1), { selected: [0] })).toBe(0.99999);
    });

    it('never gives more than the points when they have more than 7 decimals', () => {
      expect(pointsOf(singleChoice([1, 0], 0.123456789), { selected: [0] })).toBe(0.123456789);
      expect(pointsOf(singleChoice([0.5, 1], 0.123456789), { selected: [0] })).toBe(0.0617284);
      expect(pointsOf(singleChoice([0.9999999, 1], 0.123456789), { selected: [0] })).toBe(0.123456789);
      // 0.999998 × 0.0123456789 = 0.01234565…, which rounds up to 0.0123457: capped at the points.
      expect(pointsOf(singleChoice([0.999998, 1], 0.0123456789), { selected: [0] })).toBe(0.0123456789);
    });
  });

  describe('true_false', () => {
    it.each([
      [true, true, 3],
      [true, false, 0],
      [false, false, 3],
      [false, true, 0],
    ])('when the statement is %p, answering %p scores %p', (correct, value, points) => {
      expect(pointsOf(trueFalse(correct, 3), { value })).toBe(points);
    });

    it.each([
      ['1 for true', { value: 1 }],
      ['0 for false', { value: 0 }],
      ['"true" as a string', { value: 'true' }],
      ['"false" as a string', { value: 'false' }],
      ['null', { value: null }],
      ['the text field', { text: 'true' }],
      ['the selected field', { selected: [0] }],
    ])('gives 0 for %s', (_, response) => {
      expect(pointsOf(trueFalse(true, 3), junk(response))).toBe(0);
      expect(pointsOf(trueFalse(false, 3), junk(response))).toBe(0);
    });

    it.each(MISSING_OR_MALFORMED)('gives 0 for %s', (_, response) => {
      expect(pointsOf(trueFalse(true), response)).toBe(0);
      expect(pointsOf(trueFalse(false), response)).toBe(0);
    });
  });

  describe('short_answer', () => {
    const nazareth = shortAnswer(
      [
        ['Nazareth', 1],
        ['Nazereth', 0.75],
        ['Bethle*', 0.25],
        ['Rome', 0],
      ],
      4,
    );

    it.each([
      ['the right answer', 'Nazareth', 4],
      ['an answer worth 75 %', 'Nazereth', 3],
      ['a wildcard answer worth 25 %', 'Bethlehem', 1],
      ['an answer worth 0', 'Rome', 0],
      ['an unlisted answer', 'Jerusalem', 0],
      ['a longer text containing the answer', 'Nazareth city', 0],
      ['a prefix of the answer', 'Nazar', 0],
    ])('scores %s', (_, text, points) => {
      expect(pointsOf(nazareth, { text })).toBe(points);
    });

    it.each([
      ['surrounding spaces', '   Nazareth  '],
      ['tabs and line breaks around', '\t\nNazareth\r\n'],
      ['no-break and ideographic spaces around', '\u00a0Nazareth\u3000'],
      ['another case', 'nAZARETH'],
    ])('accepts the right answer with %s', (_, text) => {
      expect(pointsOf(nazareth, { text })).toBe(4);
    });

    it('collapses inner runs of whitespace in the response and in the accepted answer', () => {
      const q = shortAnswer([['  Straż   Graniczna ', 1]], 2);
      expect(pointsOf(q, { text: 'Straż Graniczna' })).toBe(2);
      expect(pointsOf(q, { text: 'Straż \t\n Graniczna' })).toBe(2);
      expect(pointsOf(q, { text: 'Straż\u00a0Graniczna' })).toBe(2);
      expect(pointsOf(q, { text: 'StrażGraniczna' })).toBe(0);
    });

    it.each([
      ['an empty text', ''],
      ['only spaces', '   '],
      ['only whitespace of several kinds', ' \t\n\u00a0'],
    ])('gives 0 for %s, even against a catch-all *', (_, text) => {
      expect(pointsOf(shortAnswer([['*', 1]]), { text })).toBe(0);
    });

    it.each(MISSING_OR_MALFORMED)('gives 0 for %s', (_, response) => {
      expect(pointsOf(nazareth, response)).toBe(0);
    });

    it.each([
      ['a number', { text: 5 }],
      ['an array of strings', { text: ['Nazareth'] }],
      ['null', { text: null }],
      ['the value field', { value: 'Nazareth' }],
      ['the selected field', { selected: [0] }],
    ])('gives 0 for the text as %s', (_, response) => {
      expect(pointsOf(shortAnswer([['*', 1]]), junk(response))).toBe(0);
    });

    describe('first match in definition order', () => {
      it('takes the first matching answer, even when a later one is worth more', () => {
        const q = shortAnswer(
          [
            ['Naz*', 0.5],
            ['Nazareth', 1],
          ],
          2,
        );
        expect(pointsOf(q, { text: 'Nazareth' })).toBe(1);
      });

      it('takes the exact answer when it comes before the wildcard', () => {
        const q = shortAnswer(
          [
            ['Nazareth', 1],
            ['Naz*', 0.5],
          ],
          2,
        );
        expect(pointsOf(q, { text: 'Nazareth' })).toBe(2);
        expect(pointsOf(q, { text: 'Nazar' })).toBe(1);
      });

      it('a leading catch-all * worth 0 takes everything', () => {
        const q = shortAnswer(
          [
            ['*', 0],
            ['Nazareth', 1],
          ],
          2,
        );
        expect(pointsOf(q, { text: 'Nazareth' })).toBe(0);
      });

      it('a trailing catch-all * worth 0 takes only what the others do not', () => {
        const q = shortAnswer(
          [
            ['Nazareth', 1],
            ['*', 0],
          ],
          2,
        );
        expect(pointsOf(q, { text: 'Nazareth' })).toBe(2);
        expect(pointsOf(q, { text: 'Rzym' })).toBe(0);
      });

      it('a matching answer with a negative weight is floored at 0 and stops the search', () => {
        const q = shortAnswer(
          [
            ['Rzym', -0.5],
            ['*', 0.5],
          ],
          2,
        );
        expect(pointsOf(q, { text: 'Rzym' })).toBe(0);
        expect(pointsOf(q, { text: 'Kraków' })).toBe(1);
      });
    });

    describe('Unicode case folding', () => {
      it.each([
        ['Polish upper case', 'łódź', 'ŁÓDŹ'],
        ['Polish mixed case', 'Żółć gęślą jaźń', 'ŻÓŁĆ GĘŚLĄ JAŹŃ'],
        ['Polish, accepted answer in upper case', 'ŚWIADEK', 'świadek'],
        ['Ukrainian upper case', 'песель', 'ПЕСЕЛЬ'],
        ['Ukrainian letters ї є ґ і', 'їжак, єнот, ґанок, ірис', 'ЇЖАК, ЄНОТ, ҐАНОК, ІРИС'],
        ['Ukrainian mixed case', 'Посвідка на проживання', 'ПОСВІДКА НА ПРОЖИВАННЯ'],
        ['German ẞ', 'straße', 'STRAẞE'],
        ['Greek final sigma in the same position', 'Οδυσσεύς', 'ΟΔΥΣΣΕΎΣ'],
      ])('matches %s when not case-sensitive', (_, accepted, text) => {
        expect(pointsOf(shortAnswer([[accepted, 1]], 2), { text })).toBe(2);
      });

      it.each([
        ['Polish', 'łódź', 'ŁÓDŹ'],
        ['Ukrainian', 'песель', 'ПЕСЕЛЬ'],
        ['Latin', 'KPP', 'kpp'],
      ])('does not fold case when case-sensitive (%s)', (_, accepted, text) => {
        const q = shortAnswer([[accepted, 1]], 2, true);
        expect(pointsOf(q, { text })).toBe(0);
        expect(pointsOf(q, { text: accepted })).toBe(2);
      });

      it('still trims and collapses whitespace when case-sensitive', () => {
        expect(pointsOf(shortAnswer([['Straż Graniczna', 1]], 2, true), { text: '  Straż  Graniczna ' })).toBe(2);
      });

      it('caseSensitive false behaves like absent', () => {
        expect(pointsOf(shortAnswer([['łódź', 1]], 2, false), { text: 'ŁÓDŹ' })).toBe(2);
      });

      it('compares NFC-normalized text, also when case-sensitive', () => {
        const decomposed = 'Krako\u0301w'; // o + combining acute
        expect(decomposed).not.toBe('Kraków');
        expect(pointsOf(shortAnswer([['Kraków', 1]], 2, true), { text: decomposed })).toBe(2);
        expect(pointsOf(shortAnswer([[decomposed, 1]], 2, true), { text: 'Kraków' })).toBe(2);
        expect(pointsOf(shortAnswer([['kraków', 1]], 2), { text: 'KRAKO\u0301W' })).toBe(2);
      });

      it('handles Turkish dotted and dotless I without a locale and without throwing', () => {
        // Locale-independent folding: I → i, İ → i + U+0307, ı stays ı.
        expect(pointsOf(shortAnswer([['istanbul', 1]], 2), { text: 'ISTANBUL' })).toBe(2);
        expect(pointsOf(shortAnswer([['istanbul', 1]], 2), { text: 'İSTANBUL' })).toBe(0);
        expect(pointsOf(shortAnswer([['İstanbul', 1]], 2), { text: 'İSTANBUL' })).toBe(2);
        expect(pointsOf(shortAnswer([['i\u0307stanbul', 1]], 2), { text: 'İSTANBUL' })).toBe(2);
        expect(pointsOf(shortAnswer([['ılık', 1]], 2), { text: 'ILIK' })).toBe(0);
        expect(pointsOf(shortAnswer([['ılık', 1]], 2), { text: 'ılık' })).toBe(2);
        expect(pointsOf(shortAnswer([['I*', 1]], 2), { text: 'ıI' })).toBe(0);
        expect(pointsOf(shortAnswer([['i*', 1]], 2), { text: 'İ' })).toBe(2);
      });

      it('does not throw on lone surrogates or emoji', () => {
        expect(pointsOf(shortAnswer([['\ud800*', 1]], 2), { text: '\ud800x' })).toBe(2);
        expect(pointsOf(shortAnswer([['👮*', 1]], 2), { text: '👮‍♀️ policjantka' })).toBe(2);
        expect(pointsOf(shortAnswer([['👮', 1]], 2), { text: '🚓' })).toBe(0);
      });
    });

    describe('wildcards', () => {
      it.each([
        ['Bethle*', 'Bethlehem', true],
        ['Bethle*', 'Bethle', true],
        ['Bethle*', 'Betlehem', false],
        ['Bethle*', 'xBethlehem', false],
        ['*', 'cokolwiek', true],
        ['*', 'x', true],
        ['*hem', 'Bethlehem', true],
        ['*hem', 'Bethlehemx', false],
        ['*ustaw*', 'zgodnie z ustawą o cudzoziemcach', true],
        ['*ustaw*', 'zgodnie z kodeksem', false],
        ['Komisariat*Policji', 'Komisariat Miejski Policji', true],
        ['Komisariat*Policji', 'KomisariatPolicji', true],
        ['Komisariat*Policji', 'Komisariat Policji Miejski', false],
        ['a*b*c', 'abxbc', true],
        ['a*b*c', 'abc', true],
        ['a*b*c', 'acb', false],
        ['a*b*c', 'ac', false],
        ['ab*ba', 'aba', false],
        ['ab*ba', 'abba', true],
        ['a**b', 'axyzb', true],
        ['a**b', 'ab', true],
        ['x\\*y', 'x*y', true],
        ['x\\*y', 'xzy', false],
        ['x\\**', 'x*yz', true],
        ['x\\**', 'xyz', false],
        ['Nr * ul.', 'nr 5 UL.', true],
      ])('%j accepts %j: %p', (accepted, text, matches) => {
        expect(matchesShortAnswer(text, accepted)).toBe(matches);
        expect(pointsOf(shortAnswer([[accepted, 1]], 2), { text })).toBe(matches ? 2 : 0);
      });

      it.each([
        ['art. 257 k.k.', 'art. 257 k.k.', true],
        ['art. 257 k.k.', 'Art. 257 K.K.', true],
        ['art. 257 k.k.', 'art0 257 kxkx', false],
        ['art. 257 k.k.', 'art. 257 kk.', false],
        ['art. 257 k.k.', 'art. 257 k.k', false],
        ['art. 257*', 'art. 257 kodeksu karnego', true],
        ['art. 257*', 'artX 257 kodeksu karnego', false],
        ['.*', '.abc', true],
        ['.*', 'abc', false],
        ['C++', 'c++', true],
        ['C++', 'ccc', false],
        ['1+1', '11', false],
        ['(a|b)?', '(A|B)?', true],
        ['(a|b)?', 'a', false],
        ['[PESEL]', '[pesel]', true],
        ['[PESEL]', 'P', false],
        ['^112$', '^112$', true],
        ['^112$', '112', false],
        ['a{2}', 'aa', false],
        ['a{2}', 'A{2}', true],
        ['C:\\dane\\*', 'C:\\dane\\plik', false],
        ['C:\\dane\\*', 'C:\\dane*', true],
        ['50 $', '50 $', true],
        ['\\d+', '123', false],
        ['\\d+', '\\d+', true],
        ['*.pdf', 'wniosek.pdf', true],
        ['*.pdf', 'wniosekXpdf', false],
      ])('treats regex characters in %j literally: %j matches %p', (accepted, text, matches) => {
        expect(matchesShortAnswer(text, accepted)).toBe(matches);
        expect(pointsOf(shortAnswer([[accepted, 1]], 2), { text })).toBe(matches ? 2 : 0);
      });

      it('wildcards fold case too, and keep case when case-sensitive', () => {
        expect(matchesShortAnswer('KOMISARIAT POLICJI', 'komisariat*')).toBe(true);
        expect(matchesShortAnswer('KOMISARIAT POLICJI', 'komisariat*', true)).toBe(false);
        expect(matchesShortAnswer('Komisariat Policji', 'Komisariat*', true)).toBe(true);
      });

      it('is fast on patterns that would backtrack badly as a regular expression', () => {
        const started = Date.now();
        const accepted = `${'a*'.repeat(40)}b`;
        expect(matchesShortAnswer('a'.repeat(5000), accepted)).toBe(false);
        expect(matchesShortAnswer(`${'a'.repeat(5000)}b`, accepted)).toBe(true);
        expect(Date.now() - started).toBeLessThan(1000);
      });
    });

    it('an empty accepted answer matches nothing', () => {
      expect(matchesShortAnswer('x', '')).toBe(false);
      expect(matchesShortAnswer('x', '   ')).toBe(false);
      expect(matchesShortAnswer('', '')).toBe(false);
      expect(matchesShortAnswer('', '*')).toBe(false);
      expect(matchesShortAnswer(' \t ', '*')).toBe(false);
      expect(pointsOf(shortAnswer([['', 1], ['x', 0.5]], 2), { text: 'x' })).toBe(1);
    });
  });

  describe('numeric', () => {
    describe('tolerance boundaries', () => {
      const pi = numeric([[3.14, 0.04, 1]], 2);

      it.each([
        [3.14, 2],
        [3.1, 2],
        [3.18, 2],
        [3.12, 2],
        [3.0999, 0],
        [3.09999999, 0],
        [3.1801, 0],
        [3.18000001, 0],
        [-3.14, 0],
      ])('3.14 ± 0.04: %p scores %p', (value, points) => {
        expect(pointsOf(pi, { value })).toBe(points);
      });

      it('accepts values exactly at the tolerance despite float error', () => {
        expect(Math.abs(3.1 - 3.14)).toBeGreaterThan(0.04);
        expect(withinTolerance(3.1, 3.14, 0.04)).toBe(true);
        expect(Math.abs(0.3 - (0.1 + 0.2))).toBeGreaterThan(0);
        expect(withinTolerance(0.1 + 0.2, 0.3, 0)).toBe(true);
      });

      it.each([
        [112, 2],
        [112.000001, 0],
        [111.999999, 0],
        [113, 0],
        [-112, 0],
      ])('112 exactly (tolerance 0): %p scores %p', (value, points) => {
        expect(pointsOf(numeric([[112, 0, 1]], 2), { value })).toBe(points);
      });
    });

    it.each([
      [10, 1],
      [15, 1],
      [20, 1],
      [12.345, 1],
      [9.99, 0],
      [20.01, 0],
      [0, 0],
    ])('a range 10..20 as 15 ± 5: %p scores %p', (value, points) => {
      expect(pointsOf(numeric([[15, 5, 1]]), { value })).toBe(points);
    });

    it.each([
      [-40, 1],
      [-40.5, 1],
      [-39.5, 1],
      [-40.6, 0],
      [-39.4, 0],
      [40, 0],
    ])('a negative answer -40 ± 0.5: %p scores %p', (value, points) => {
      expect(pointsOf(numeric([[-40, 0.5, 1]]), { value })).toBe(points);
    });

    it('accepts -0 for 0', () => {
      expect(pointsOf(numeric([[0, 0, 1]]), { value: -0 })).toBe(1);
    });

    it('takes the first answer in definition order within its tolerance', () => {
      const wideFirst = numeric(
        [
          [10, 5, 0.5],
          [12, 0, 1],
        ],
        2,
      );
      expect(pointsOf(wideFirst, { value: 12 })).toBe(1);
      const exactFirst = numeric(
        [
          [12, 0, 1],
          [10, 5, 0.5],
        ],
        2,
      );
      expect(pointsOf(exactFirst, { value: 12 })).toBe(2);
      expect(pointsOf(exactFirst, { value: 11 })).toBe(1);
      expect(pointsOf(exactFirst, { value: 16 })).toBe(0);
    });

    it('gives partial credit for a wider, lower-weighted answer', () => {
      const q = numeric(
        [
          [100, 0, 1],
          [100, 10, 0.5],
          [100, 50, 0.1],
        ],
        10,
      );
      expect(pointsOf(q, { value: 100 })).toBe(10);
      expect(pointsOf(q, { value: 105 })).toBe(5);
      expect(pointsOf(q, { value: 90 })).toBe(5);
      expect(pointsOf(q, { value: 140 })).toBe(1);
      expect(pointsOf(q, { value: 151 })).toBe(0);
    });

    it('floors a matching answer with a negative weight at 0 (and it stops the search)', () => {
      const q = numeric(
        [
          [0, 0, -1],
          [0, 1, 1],
        ],
        2,
      );
      expect(pointsOf(q, { value: 0 })).toBe(0);
      expect(pointsOf(q, { value: 0.5 })).toBe(2);
    });

    it('treats a negative or non-finite tolerance in a definition as 0', () => {
      expect(pointsOf(numeric([[5, -1, 1]]), { value: 5 })).toBe(1);
      expect(pointsOf(numeric([[5, -1, 1]]), { value: 5.5 })).toBe(0);
      expect(pointsOf(numeric([[5, NaN, 1]]), { value: 5.5 })).toBe(0);
      expect(pointsOf(numeric([[5, Infinity, 1]]), { value: 5.5 })).toBe(0);
    });

    it.each([
      ['a numeric string', { value: '112' }],
      ['a decimal comma string', { value: '3,5' }],
      ['NaN', { value: NaN }],
      ['Infinity', { value: Infinity }],
      ['-Infinity', { value: -Infinity }],
      ['a boolean', { value: true }],
      ['null', { value: null }],
      ['the text field', { text: '112' }],
      ['the selected field', { selected: [112] }],
    ])('gives 0 for %s', (_, response) => {
      const q = numeric(
        [
          [112, 0, 1],
          [3.5, 0, 1],
          [1, 0, 1],
          [0, Infinity, 1],
        ],
        2,
      );
      expect(pointsOf(q, junk(response))).toBe(0);
    });

    it.each(MISSING_OR_MALFORMED)('gives 0 for %s', (_, response) => {
      expect(pointsOf(numeric([[0, 1000, 1]]), response)).toBe(0);
    });

    it('withinTolerance scales the float slack with the value', () => {
      expect(withinTolerance(1e6 + 1e-4, 1e6, 0)).toBe(true);
      expect(withinTolerance(1e6 + 1e-2, 1e6, 0)).toBe(false);
      expect(withinTolerance(1 + 1e-10, 1, 0)).toBe(true);
      expect(withinTolerance(1 + 1e-8, 1, 0)).toBe(false);
      expect(withinTolerance(NaN, 1, 1)).toBe(false);
      expect(withinTolerance(1, NaN, 1)).toBe(false);
    });
  });

  describe('matching', () => {
    // Three pairs (rights 0..2) and one distractor (right index 3).
    const q = matching(3, 1, 3);
    const all = [
      { left: 0, right: 0 },
      { left: 1, right: 1 },
      { left: 2, right: 2 },
    ];

    it.each([
      ['every pair right', all, 3],
      ['every pair right in another order', [...all].reverse(), 3],
      ['a distractor chosen for one left', [{ left: 0, right: 0 }, { left: 1, right: 3 }, { left: 2, right: 2 }], 2],
      ['two sides swapped', [{ left: 0, right: 1 }, { left: 1, right: 0 }, { left: 2, right: 2 }], 1],
      ['every pair rotated', [{ left: 0, right: 1 }, { left: 1, right: 2 }, { left: 2, right: 0 }], 0],
      ['the distractor for every left', [{ left: 0, right: 3 }, { left: 1, right: 3 }, { left: 2, right: 3 }], 0],
      ['one left unanswered', [{ left: 0, right: 0 }, { left: 2, right: 2 }], 2],
      ['only one left answered', [{ left: 1, right: 1 }], 1],
      ['nothing answered', [], 0],
      ['one right chosen for two lefts', [{ left: 0, right: 0 }, { left: 1, right: 0 }, { left: 2, right: 2 }], 2],
      ['a left paired twice: both pairings wrong', [...all, { left: 0, right: 1 }], 2],
      ['a left paired twice with its own right both times', [...all, { left: 0, right: 0 }], 2],
      ['every left paired with every right', [0, 1, 2].flatMap((left) => [0, 1, 2, 3].map((right) => ({ left, right }))), 0],
      ['a right past the distractors', [{ left: 0, right: 0 }, { left: 1, right: 4 }, { left: 2, right: 2 }], 2],
      ['a negative right', [{ left: 0, right: -1 }, { left: 1, right: 1 }, { left: 2, right: 2 }], 2],
      ['a fractional right', [{ left: 0, right: 0.5 }, { left: 1, right: 1 }, { left: 2, right: 2 }], 2],
      ['a left past the pairs (ignored)', [...all, { left: 3, right: 3 }], 3],
      ['a negative left (ignored)', [{ left: -1, right: 0 }, { left: 1, right: 1 }], 1],
    ])('scores %s', (_, pairs, points) => {
      expect(pointsOf(q, { pairs })).toBe(points);
    });

    it.each([
      ['null entries', [null, { left: 1, right: 1 }], 1],
      ['string indexes', [{ left: '0', right: '0' }, { left: 1, right: 1 }], 1],
      ['a string right', [{ left: 0, right: '0' }, { left: 1, right: 1 }], 1],
      ['a missing right', [{ left: 0 }, { left: 1, right: 1 }], 1],
      ['arrays as entries', [[0, 0], { left: 1, right: 1 }], 1],
      ['NaN indexes', [{ left: NaN, right: NaN }, { left: 1, right: 1 }], 1],
    ])('counts malformed entries as wrong, not the whole response: %s', (_, pairs, points) => {
      expect(pointsOf(q, junk({ pairs }))).toBe(points);
    });

    it('a malformed entry for a left makes that left paired twice', () => {
      expect(pointsOf(q, junk({ pairs: [...all, { left: 0, right: 'x' }] }))).toBe(2);
    });

    it('without distractors, the index after the last pair is out of range', () => {
      const noDistractors = matching(3, 0, 3);
      expect(pointsOf(noDistractors, { pairs: all })).toBe(3);
      expect(pointsOf(noDistractors, { pairs: [{ left: 0, right: 3 }, { left: 1, right: 1 }, { left: 2, right: 2 }] })).toBe(2);
    });

    it('gives partial credit in thirds, rounded to 7 decimals', () => {
      const onePoint = matching(3, 2, 1);
      expect(pointsOf(onePoint, { pairs: [{ left: 0, right: 0 }, { left: 1, right: 4 }] })).toBe(0.3333333);
      expect(pointsOf(onePoint, { pairs: [{ left: 0, right: 0 }, { left: 1, right: 1 }, { left: 2, right: 3 }] })).toBe(0.6666667);
      expect(pointsOf(onePoint, { pairs: all })).toBe(1);
    });

    it.each(MISSING_OR_MALFORMED)('gives 0 for %s', (_, response) => {
      expect(pointsOf(q, response)).toBe(0);
    });

    it.each([
      ['pairs not an array', { pairs: { left: 0, right: 0 } }],
      ['pairs as a string', { pairs: '0-0,1-1,2-2' }],
      ['the order field', { order: [0, 1, 2] }],
      ['the selected field', { selected: [0, 1, 2] }],
    ])('gives 0 for %s', (_, response) => {
      expect(pointsOf(q, junk(response))).toBe(0);
    });

    it('gives 0 rather than dividing by zero for a question without pairs', () => {
      expect(pointsOf(matching(0, 2, 3), { pairs: [{ left: 0, right: 0 }] })).toBe(0);
    });
  });

  describe('ordering', () => {
    const q = ordering(4, 4);

    it.each([
      ['the right order', [0, 1, 2, 3], 4],
      ['the first two swapped', [1, 0, 2, 3], 2],
      ['the middle two swapped', [0, 2, 1, 3], 2],
      ['three in a cycle', [1, 2, 0, 3], 1],
      ['reversed', [3, 2, 1, 0], 0],
      ['shifted by one: no item at its absolute position', [1, 2, 3, 0], 0],
      ['only the ends right', [0, 2, 1, 3], 2],
    ])('scores %s', (_, order, points) => {
      expect(pointsOf(q, { order })).toBe(points);
    });

    it.each([
      ['too short', [0, 1, 2]],
      ['too long', [0, 1, 2, 3, 4]],
      ['empty', []],
      ['a duplicate', [0, 0, 2, 3]],
      ['an index past the items', [0, 1, 2, 4]],
      ['a negative index', [-1, 1, 2, 3]],
      ['a fractional index', [0, 1, 2, 2.5]],
      ['an index as a string', [0, 1, 2, '3']],
      ['null inside', [0, 1, 2, null]],
    ])('gives 0 when the order is not a permutation: %s', (_, order) => {
      expect(pointsOf(q, junk({ order }))).toBe(0);
    });

    it.each(MISSING_OR_MALFORMED)('gives 0 for %s', (_, response) => {
      expect(pointsOf(q, response)).toBe(0);
    });

    it.each([
      ['order not an array', { order: '0,1,2,3' }],
      ['the selected field', { selected: [0, 1, 2, 3] }],
    ])('gives 0 for %s', (_, response) => {
      expect(pointsOf(q, junk(response))).toBe(0);
    });

    it('gives partial credit in thirds, rounded to 7 decimals', () => {
      expect(pointsOf(ordering(3, 1), { order: [0, 2, 1] })).toBe(0.3333333);
      expect(pointsOf(ordering(3, 3), { order: [0, 2, 1] })).toBe(1);
      expect(pointsOf(ordering(3, 3), { order: [0, 1, 2] })).toBe(3);
    });

    it('gives 0 rather than dividing by zero for a question without items', () => {
      expect(pointsOf(ordering(0, 3), { order: [] })).toBe(0);
    });
  });

  describe('essay', () => {
    it.each([
      ['a written answer', { text: 'Wezwałbym tłumacza i wyjaśnił procedurę.' }],
      ['an empty answer', { text: '' }],
      ['whitespace only', { text: '   ' }],
      ['no response', undefined],
      ['null', junk(null)],
      ['a malformed response', junk({ text: 42 })],
      ['fields of other types', { selected: [0], value: true }],
    ])('needs review and scores 0 until a trainer grades it: %s', (_, response) => {
      expect(scoreQuestion(essay(5), response)).toStrictEqual({ points: 0, maxPoints: 5, needsReview: true });
    });
  });

  it('does not mutate the question or the response', () => {
    const q = matching(3, 1, 3);
    const response: ScoringResponse = { pairs: [{ left: 2, right: 2 }, { left: 0, right: 1 }] };
    const before = JSON.stringify([q, response]);
    expect(scoreQuestion(q, response).points).toBe(1);
    expect(JSON.stringify([q, response])).toBe(before);
  });
});

describe('scoreQuestion on random questions and responses', () => {
  /** mulberry32: a small seeded PRNG, so a failure reproduces. */
  function prng(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function generator(seed: number) {
    const random = prng(seed);
    const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
    const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
    const chance = (p: number) => random() < p;

    const WEIGHTS = [1, 0.5, 1 / 3, 0.3333333, 0.25, 0.1, 0, -0.1, -1 / 3, -0.5, -1, 1.5, -2];
    const POINTS = [1, 2, 3, 0.5, 0.1, 7, 10, 100, 0.123456789, 1 / 3, 1e-6, 12345.6789];
    const WORDS = ['łódź', 'ŁÓDŹ', 'песель', 'ПЕСЕЛЬ', 'art. 257 k.k.', 'İ', 'ı', '*', 'a*b', '\\*', ' ', '', 'x.y', 'C++', '(', '['];
    const JUNK: unknown[] = [null, undefined, NaN, Infinity, -1, 0.5, 1e9, '0', '', 'x', true, false, [], {}, [null], [NaN], [[0]]];

    const weight = () => pick(WEIGHTS);
    const text = () => Array.from({ length: int(0, 3) }, () => pick(WORDS)).join(pick(['', ' ', '  ', '\t']));
    const indexes = (length: number, count: number) => Array.from({ length: count }, () => int(-1, length + 1));
    const permutation = (length: number) => {
      const items = Array.from({ length }, (_, i) => i);
      for (let i = length - 1; i > 0; i--) {
        const j = int(0, i);
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    };

    function question(): QuestionDefinition {
      const points = pick(POINTS);
      const type = pick(QUESTION_TYPES);
      const n = int(0, 6);
      switch (type) {
        case 'single_choice':
        case 'multiple_choice':
        case 'scenario': {
          const weights = Array.from({ length: n }, weight);
          if (n && chance(0.7)) weights[int(0, n - 1)] = 1;
          if (type === 'scenario') return scenario(weights, points);
          return type === 'single_choice' ? singleChoice(weights, points) : multipleChoice(weights, points);
        }
        case 'true_false':
          return trueFalse(chance(0.5), points);
        case 'short_answer':
          return shortAnswer(
            Array.from({ length: n }, (): [string, number] => [text(), weight()]),
            points,
            pick([undefined, true, false]),
          );
        case 'numeric':
          return numeric(
            Array.from({ length: n }, (): [number, number, number] => [int(-50, 50) / pick([1, 10, 3]), pick([0, 0.5, 1, 0.04, -1, NaN]), weight()]),
            points,
          );
        case 'matching':
          return matching(n, int(0, 2), points);
        case 'ordering':
          return ordering(n, points);
        case 'essay':
          return essay(points);
      }
    }

    /** Mostly well-typed responses (some of them right), some of them junk. */
    function response(q: QuestionDefinition): ScoringResponse | undefined {
      if (chance(0.1)) return pick(JUNK) as ScoringResponse | undefined;
      const r: Record<string, unknown> = {};
      if (chance(0.1)) r[pick(['selected', 'value', 'text', 'pairs', 'order'])] = pick(JUNK);
      switch (q.type) {
        case 'single_choice':
        case 'scenario':
        case 'multiple_choice': {
          const n = q.options.length;
          r.selected = chance(0.6) ? permutation(n).slice(0, int(0, n)) : indexes(n, int(0, 3));
          break;
        }
        case 'true_false':
          r.value = chance(0.8) ? chance(0.5) : pick(JUNK);
          break;
        case 'short_answer':
          r.text = chance(0.5) && q.answers.length ? pick(q.answers).text.replace(/\*/g, pick(['', 'x', 'ą ę'])) : text();
          break;
        case 'numeric':
          r.value = chance(0.5) && q.answers.length ? pick(q.answers).value + pick([0, 0.04, -0.5, 1, 1e-10]) : pick(JUNK);
          break;
        case 'matching': {
          const n = q.pairs.length;
          const rights = n + (q.distractors?.length ?? 0);
          r.pairs = chance(0.5)
            ? permutation(n).map((left) => ({ left, right: chance(0.6) ? left : int(-1, rights) }))
            : Array.from({ length: int(0, n + 2) }, () => (chance(0.9) ? { left: int(-1, n), right: int(-1, rights) } : pick(JUNK)));
          break;
        }
        case 'ordering': {
          const n = q.items.length;
          const order = chance(0.5) ? Array.from({ length: n }, (_, i) => i) : permutation(n);
          if (n > 1 && chance(0.3)) [order[0], order[1]] = [order[1], order[0]];
          r.order = chance(0.85) ? order : indexes(n, n);
          break;
        }
        case 'essay':
          r.text = text();
          break;
      }
      return r;
    }

    return { question, response };
  }

  const SEED = 20240611;
  const CASES = 20_000;

  it(`keeps 0 <= points <= maxPoints for ${CASES} random cases (seed ${SEED})`, () => {
    const { question, response } = generator(SEED);
    let partial = 0;
    let full = 0;
    let zero = 0;
    for (let i = 0; i < CASES; i++) {
      const q = question();
      const r = response(q);
      const context = `case ${i}: ${JSON.stringify({ q, r })}`;
      const before = JSON.stringify([q, r]);
      const score = scoreQuestion(q, r);
      // Only checked when it fails, so the message names the case.
      if (!(Number.isFinite(score.points) && score.points >= 0 && score.points <= score.maxPoints)) {
        throw new Error(`points out of bounds (${score.points} of ${score.maxPoints}) in ${context}`);
      }
      if (score.maxPoints !== q.points) throw new Error(`maxPoints ${score.maxPoints} in ${context}`);
      if (score.needsReview !== (q.type === 'essay')) throw new Error(`needsReview ${score.needsReview} in ${context}`);
      if (score.points !== score.maxPoints && Math.round(score.points * 1e7) / 1e7 !== score.points) {
        throw new Error(`points ${score.points} not rounded to 7 decimals in ${context}`);
      }
      if (JSON.stringify([q, r]) !== before) throw new Error(`mutated its input in ${context}`);
      if (scoreQuestion(q, r).points !== score.points) throw new Error(`not deterministic in ${context}`);
      if (score.points === 0) zero++;
      else if (score.points === score.maxPoints) full++;
      else partial++;
    }
    // The generator must reach every kind of outcome, or the bounds above prove little.
    expect(zero).toBeGreaterThan(CASES / 20);
    expect(full).toBeGreaterThan(CASES / 20);
    expect(partial).toBeGreaterThan(CASES / 20);
  });

  it('gives full points for the answer key of random valid questions', () => {
    const random = prng(SEED + 1);
    const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
    let checked = 0;
    for (let i = 0; i < 2000; i++) {
      const n = int(3, 8);
      const points = int(1, 1000) / int(1, 7);
      const key = int(0, n - 1);
      const weights = Array.from({ length: n }, (_, j) => (j === key ? 1 : -random()));
      const thirds = Array.from({ length: n }, (_, j) => (j < 3 ? 1 / 3 : -random()));
      const identity = Array.from({ length: n }, (_, j) => j);
      const cases: [QuestionDefinition, ScoringResponse][] = [
        [singleChoice(weights, points), { selected: [key] }],
        [scenario(weights, points), { selected: [key] }],
        [multipleChoice(thirds, points), { selected: [2, 0, 1] }],
        [matching(n, int(0, 3), points), { pairs: identity.map((j) => ({ left: j, right: j })).reverse() }],
        [ordering(n, points), { order: identity }],
        [numeric([[points, 0, 1]], points), { value: points }],
        [shortAnswer([[`Odpowiedź ${n}`, 1]], points), { text: ` ODPOWIEDŹ  ${n} ` }],
        [trueFalse(n % 2 === 0, points), { value: n % 2 === 0 }],
      ];
      for (const [q, r] of cases) {
        const score = scoreQuestion(q, r);
        if (score.points !== points) throw new Error(`${score.points} instead of ${points} for ${JSON.stringify({ q, r })}`);
        checked++;
      }
    }
    expect(checked).toBe(2000 * 8);
  });
});
