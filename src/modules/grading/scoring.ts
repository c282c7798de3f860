import type {
  ChoiceOption,
  MatchingQuestion,
  NumericQuestion,
  OrderingQuestion,
  QuestionDefinition,
  ShortAnswerQuestion,
  TrueFalseQuestion,
} from '../questions/question-definition';
import type { QuestionScore, ScoringResponse } from './scoring-response';

/**
 * The automatic scoring of one question, following Moodle's conventions.
 *
 * Pure and total: whatever the response holds (nothing, the wrong field, indexes
 * out of range, junk sent past the API's validation), it returns a score and never
 * throws. In every case `maxPoints` is the question's points and
 * `0 <= points <= maxPoints`: the fraction earned is clamped to [0, 1], so a
 * question never scores below zero and never above its points.
 *
 * Per type:
 * - single_choice, scenario: exactly one selected option; its weight (floored at 0).
 *   None, two or more, an index out of range or not an integer: 0.
 * - multiple_choice: the sum of the selected options' weights (negative weights
 *   subtract), clamped to [0, 1]. An index out of range, not an integer, or chosen
 *   twice makes the whole response worth 0; no selection is worth 0.
 * - true_false: a boolean equal to `correct` earns 1, anything else 0.
 * - short_answer: see {@link matchesShortAnswer}; the FIRST accepted answer in
 *   definition order that matches gives its weight (as in Moodle, a later answer
 *   worth more is never considered once an earlier one matched).
 * - numeric: a finite number; the FIRST answer in definition order within its
 *   tolerance gives its weight (see {@link withinTolerance}).
 * - matching: the share of left sides paired with their own right side. Scored
 *   per pairing, not all-or-nothing: a pairing whose right index is out of range
 *   or a distractor is wrong; a left side paired twice has both pairings wrong (no
 *   hedging); an entry whose left index is out of range or not an integer matches
 *   nothing and is ignored; unanswered left sides are wrong. One right side chosen
 *   for several left sides is allowed (Moodle's drop-downs allow it): only the
 *   pairing with its own left side counts.
 * - ordering: qtype_ordering's "absolute position" grading, the share of items at
 *   their correct position. `order` must be a permutation of 0..n-1, else 0.
 * - essay: 0 points and `needsReview: true`, whatever the response, including an
 *   empty or missing one: a trainer grades it (and may well give 0). Every other
 *   type has `needsReview: false`.
 *
 * Defensive about the definition too: a weight that is not a finite number counts
 * as 0; points that are not a positive finite number give 0 points; a question with
 * no pairs or items scores 0 rather than dividing by zero.
 */
export function scoreQuestion(question: QuestionDefinition, response: ScoringResponse | undefined): QuestionScore {
  const maxPoints = question.points;
  if (question.type === 'essay') return { points: 0, maxPoints, needsReview: true };
  const r = isObject(response) ? response : undefined;
  const fraction = r ? rawFraction(question, r) : 0;
  return { points: pointsFor(fraction, maxPoints), maxPoints, needsReview: false };
}

/** Points are rounded to this many decimals (Moodle stores fractions with 7). */
const DECIMALS = 7;
/** A fraction this close to 1 is 1: three weights of 0.3333333 earn the full points. */
const FULL_SLACK = 1e-6;

/** fraction (clamped to [0, 1]) × points, rounded to 7 decimals, never above points. */
function pointsFor(rawFractionValue: number, maxPoints: number): number {
  if (!(Number.isFinite(maxPoints) && maxPoints > 0)) return 0;
  const fraction = clampFraction(rawFractionValue);
  if (fraction === 1) return maxPoints;
  if (fraction === 0) return 0;
  const factor = 10 ** DECIMALS;
  const points = Math.round(fraction * maxPoints * factor) / factor;
  // Rounding may carry past points with more than 7 decimals (0.123456789 → 0.1234568).
  return Math.min(points, maxPoints);
}

function clampFraction(fraction: number): number {
  if (!Number.isFinite(fraction) || fraction <= 0) return 0;
  if (fraction >= 1 || Math.abs(fraction - 1) < FULL_SLACK) return 1;
  return fraction;
}

function rawFraction(question: Exclude<QuestionDefinition, { type: 'essay' }>, response: ScoringResponse): number {
  switch (question.type) {
    case 'single_choice':
    case 'scenario':
      return singleChoiceFraction(question.options, response.selected);
    case 'multiple_choice':
      return multipleChoiceFraction(question.options, response.selected);
    case 'true_false':
      return trueFalseFraction(question, response.value);
    case 'short_answer':
      return shortAnswerFraction(question, response.text);
    case 'numeric':
      return numericFraction(question, response.value);
    case 'matching':
      return matchingFraction(question, response.pairs);
    case 'ordering':
      return orderingFraction(question, response.order);
    default: {
      // A type this code does not know (a corrupted snapshot): nothing to give.
      const unknown: never = question;
      void unknown;
      return 0;
    }
  }
}

function singleChoiceFraction(options: ChoiceOption[], selected: unknown): number {
  const indexes = validIndexes(selected, options.length);
  if (!indexes || indexes.length !== 1) return 0;
  return weightOf(options[indexes[0]]);
}

function multipleChoiceFraction(options: ChoiceOption[], selected: unknown): number {
  const indexes = validIndexes(selected, options.length);
  if (!indexes) return 0;
  return indexes.reduce((sum, i) => sum + weightOf(options[i]), 0);
}

function trueFalseFraction(question: TrueFalseQuestion, value: unknown): number {
  return typeof value === 'boolean' && value === question.correct ? 1 : 0;
}

function shortAnswerFraction(question: ShortAnswerQuestion, text: unknown): number {
  if (typeof text !== 'string' || normalizeWhitespace(text) === '') return 0;
  const caseSensitive = question.caseSensitive === true;
  const first = question.answers.find((a) => typeof a.text === 'string' && matchesShortAnswer(text, a.text, caseSensitive));
  return first ? weightOf(first) : 0;
}

function numericFraction(question: NumericQuestion, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  const first = question.answers.find((a) => withinTolerance(value, a.value, a.tolerance));
  return first ? weightOf(first) : 0;
}

function matchingFraction(question: MatchingQuestion, pairs: unknown): number {
  const count = question.pairs.length;
  if (count === 0 || !Array.isArray(pairs)) return 0;
  const rightsByLeft = new Map<number, unknown[]>();
  for (const pair of pairs) {
    if (!isObject(pair)) continue;
    const left = (pair as { left?: unknown }).left;
    if (!isIndex(left, count)) continue;
    const rights = rightsByLeft.get(left) ?? [];
    rights.push((pair as { right?: unknown }).right);
    rightsByLeft.set(left, rights);
  }
  let correct = 0;
  for (const [left, rights] of rightsByLeft) {
    // A right side equal to the left index is its own pair's right: never a distractor, never out of range.
    if (rights.length === 1 && rights[0] === left) correct++;
  }
  return correct / count;
}

function orderingFraction(question: OrderingQuestion, order: unknown): number {
  const count = question.items.length;
  if (count === 0) return 0;
  const indexes = validIndexes(order, count);
  if (!indexes || indexes.length !== count) return 0;
  return indexes.filter((item, position) => item === position).length / count;
}

/**
 * The indexes when `value` is an array of distinct integers in 0..length-1
 * (possibly empty); undefined when it is anything else.
 */
function validIndexes(value: unknown, length: number): number[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const seen = new Set<number>();
  for (const index of value) {
    if (!isIndex(index, length) || seen.has(index)) return undefined;
    seen.add(index);
  }
  return [...seen];
}

function isIndex(value: unknown, length: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < length;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function weightOf(entry: { weight: number } | undefined): number {
  const weight = entry?.weight;
  return typeof weight === 'number' && Number.isFinite(weight) ? weight : 0;
}

/**
 * Whether `value` is accepted by a numeric answer: |value − answer| ≤ tolerance,
 * with a relative slack of 1e-9 × max(1, |value|) so that float error does not
 * reject a value exactly at the tolerance (|3.1 − 3.14| is 0.040000000000000036).
 * A tolerance that is negative or not finite counts as 0; an answer value that is
 * not finite accepts nothing.
 */
export function withinTolerance(value: number, answer: number, tolerance: number): boolean {
  if (!Number.isFinite(value) || typeof answer !== 'number' || !Number.isFinite(answer)) return false;
  const slack = typeof tolerance === 'number' && Number.isFinite(tolerance) && tolerance > 0 ? tolerance : 0;
  return Math.abs(value - answer) <= slack + 1e-9 * Math.max(1, Math.abs(value));
}

/**
 * Whether a trainee's text matches one accepted short answer, as Moodle's
 * qtype_shortanswer compares them:
 * - both are NFC-normalized, trimmed, and inner runs of whitespace (any Unicode
 *   space, tab or line break) become one space;
 * - unless `caseSensitive`, both are case-folded with the locale-independent
 *   `toLowerCase` (ŁÓDŹ = łódź, ПЕСЕЛЬ = песель; Turkish İ folds to i + U+0307 and
 *   dotless ı stays ı, so neither equals a plain i);
 * - in the accepted answer a run of `*` is a wildcard for any run of characters,
 *   possibly empty (`Bethle*` accepts `Bethlehem` and `Bethle`); `\*` is a literal
 *   asterisk (Moodle's escape); every other character, `.` included, is literal.
 * An empty text matches nothing, nor does an empty accepted answer.
 */
export function matchesShortAnswer(text: string, accepted: string, caseSensitive = false): boolean {
  const fold = (s: string) => (caseSensitive ? s : s.toLowerCase().normalize('NFC'));
  const subject = fold(normalizeWhitespace(text));
  const pattern = fold(normalizeWhitespace(accepted));
  if (subject === '' || pattern === '') return false;
  // Split on runs of unescaped asterisks; then unescape \* inside each literal part.
  const parts = pattern.split(/(?<!\\)\*+/u).map((part) => part.replace(/\\\*/g, '*'));
  return matchesGlob(subject, parts);
}

function normalizeWhitespace(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * `parts` are the literal pieces between wildcards: one piece is an exact match;
 * otherwise the subject must start with the first, end with the last and hold the
 * middle ones in order between them (leftmost matching is enough for `*` globs).
 * No regular expression, so no escaping and no catastrophic backtracking.
 */
function matchesGlob(subject: string, parts: string[]): boolean {
  if (parts.length === 1) return subject === parts[0];
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (subject.length < first.length + last.length) return false;
  if (!subject.startsWith(first) || !subject.endsWith(last)) return false;
  let position = first.length;
  const end = subject.length - last.length;
  for (const middle of parts.slice(1, -1)) {
    const found = subject.indexOf(middle, position);
    if (found < 0 || found + middle.length > end) return false;
    position = found + middle.length;
  }
  return true;
}
