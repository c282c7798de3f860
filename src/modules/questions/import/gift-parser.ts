/**
 * Reads a GIFT file (docs.moodle.org "GIFT format"), following Moodle's own reader
 * (qformat_gift in question/format/gift/format.php) wherever the format leaves a choice open.
 *
 * What it makes of the file:
 * - Questions are separated by blank lines; lines are trimmed and `//` comment lines dropped.
 *   A blank line inside an open `{…}` does not end the question (Moodle would cut it there).
 * - `$CATEGORY: path` sets the tags (tagsFromCategoryPath) of the questions after it, until the
 *   next one. Lines after it in the same paragraph are read as a question (Moodle drops them).
 * - `::name::` → name. A leading `[html]`, `[markdown]` or `[plain]` tag on the question text sets
 *   the format; `[moodle]` (moodle_auto_format) and no tag give plain. Tags on answers and
 *   feedback are removed and otherwise ignored: a Mosty question has one format.
 * - `\:` `\#` `\=` `\{` `\}` `\~` `\\` are literal characters, `\n` a line break.
 * - Text after the answer block makes a missing-word question: `before _____ after`.
 * - `####text` at the end of the answer block is the general feedback; `#text` after an answer
 *   its feedback.
 * - The type is decided in Moodle's order: `{}` essay; `{#…}` numeric; any `~` single_choice
 *   when some answer is marked `=` (Moodle's single = 1, partial credit `~%50%` allowed),
 *   otherwise multiple_choice; `=…->…` matching (`= -> x` is a distractor); `T`, `TRUE`, `F`,
 *   `FALSE` (any case) true_false; anything else short_answer. Ordering and scenario never.
 * - Weights: `%50%` → 0.5 after `~` or `=`; unweighted `=` counts 1, unweighted `~` 0, and
 *   unweighted short and numeric answers 1. Numbers: `3`, `3:2` (value:tolerance), `1..5`
 *   (value 3, tolerance 2). A numeric catch-all (`~#feedback`, or `*` worth nothing) is
 *   dropped: Mosty has none; a `*` answer that earns points is skipped.
 * - Every question is worth 1 point (GIFT has no points); caseSensitive is never set.
 * - Skipped with a reason and the question's first line: text without an answer block (a
 *   description item, not a question), several answer blocks in one paragraph, an unmatched
 *   `}`, an unclosed `::name`, an empty question text, numbers that are not numbers, a range that
 *   runs backwards, a negative tolerance, a matching item without `->` or without a right side.
 * - Rules about content (how many options, what the weights add up to, duplicates) are not
 *   checked here: every imported question goes through checkQuestion like an API body.
 * - A `{` that is never closed (or a second `{` before the first is closed) or NUL characters
 *   throw ImportFormatError with the line: the file's structure cannot be trusted after it.
 */
import {
  ImportFormatError,
  type ChoiceOption,
  type ImportResult,
  type Language,
  type LocalizedText,
  type MatchingPair,
  type NumericAnswer,
  type QuestionDefinition,
  type ShortAnswer,
  type TextFormat,
} from '../question-definition';
import { tagsFromCategoryPath } from '../tags';

/** Where Moodle writes "_____" for the gap of a missing-word question. */
export const MISSING_WORD_BLANK = '_____';

/** A question that cannot become a Mosty question; the file itself is fine. */
class NotImportable extends Error {}

/*
 * Escapes. `\:` `\#` `\=` `\{` `\}` `\~` `\\` and `\n` are replaced by a marker before any
 * syntax is looked for, so an escaped character never acts as syntax, and turned back into
 * text at the very end. A marker is U+E000 and one letter; a U+E000 already in the file is
 * itself marked, so nothing in the file can pass for a marker.
 */
const MARK = '\uE000';
const MARK_LETTER: Record<string, string> = {
  ':': 'c',
  '#': 'h',
  '=': 'e',
  '{': 'o',
  '}': 'x',
  '~': 't',
  '\\': 'b',
  n: 'n',
  [MARK]: 'm',
};
const MARKED_TEXT: Record<string, string> = {
  c: ':',
  h: '#',
  e: '=',
  o: '{',
  x: '}',
  t: '~',
  b: '\\',
  n: '\n',
  m: MARK,
};

function protect(text: string): string {
  return text.replace(/\\([:#={}~\\n])|\uE000/g, (found, escaped?: string) => MARK + MARK_LETTER[escaped ?? found]);
}

function restore(text: string): string {
  return text.replace(/\uE000(.)/g, (_, letter: string) => MARKED_TEXT[letter]);
}

/** One question's lines, or a `$CATEGORY:` switch, in file order. */
type Item = { kind: 'category'; path: string } | { kind: 'question'; line: number; text: string };

/**
 * Splits the file into questions. As in Moodle, a blank line ends a question, lines are
 * trimmed and `//` comment lines are dropped (they do not end a question). Unlike Moodle, a
 * blank line inside an open `{…}` does not end it, so an unclosed `{` is found rather than
 * silently cutting the file into the wrong questions.
 */
function splitIntoItems(text: string): Item[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const items: Item[] = [];
  let current: { line: number; lines: string[] } | undefined;
  let openedAt: number | undefined;

  const finishQuestion = () => {
    if (current) items.push({ kind: 'question', line: current.line, text: current.lines.join('\n') });
    current = undefined;
  };

  lines.forEach((rawLine, index) => {
    const lineNumber = index + 1;
    const line = rawLine.trim();
    if (line.startsWith('//')) return;
    if (line === '') {
      if (openedAt === undefined) finishQuestion();
      else current?.lines.push('');
      return;
    }
    if (!current && /^\$CATEGORY:/i.test(line)) {
      items.push({ kind: 'category', path: line.slice('$CATEGORY:'.length).trim() });
      return;
    }
    current ??= { line: lineNumber, lines: [] };
    current.lines.push(line);
    for (const char of protect(line)) {
      if (char === '{') {
        if (openedAt !== undefined) {
          throw new ImportFormatError(
            `the answer block opened with "{" at line ${openedAt} is not closed before the "{" at line ${lineNumber}`,
            { line: openedAt },
          );
        }
        openedAt = lineNumber;
      } else if (char === '}') {
        openedAt = undefined;
      }
    }
  });

  if (openedAt !== undefined) {
    throw new ImportFormatError(`the answer block opened with "{" at line ${openedAt} is never closed`, {
      line: openedAt,
    });
  }
  finishQuestion();
  return items;
}

/** Reads GIFT text. Blank input gives no questions; a file whose structure is broken throws ImportFormatError. */
export function parseGift(text: string, lang: Language = 'pl'): ImportResult {
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const line = text.slice(0, nul).split(/\r\n|\r|\n/).length;
    throw new ImportFormatError('not a GIFT text file (it contains NUL characters)', { line });
  }

  const result: ImportResult = { questions: [], skipped: [] };
  let tags: string[] = [];
  for (const item of splitIntoItems(text)) {
    if (item.kind === 'category') {
      tags = tagsFromCategoryPath(restore(protect(item.path)));
      continue;
    }
    const position = { line: item.line };
    try {
      result.questions.push({ position, question: readQuestion(item.text, lang, tags) });
    } catch (error) {
      if (!(error instanceof NotImportable)) throw error;
      result.skipped.push({ position, reason: error.message });
    }
  }
  return result;
}

const FORMAT_TAGS: Record<string, TextFormat> = {
  html: 'html',
  markdown: 'markdown',
  plain: 'plain',
  moodle: 'plain',
};

/** A leading `[html]`-style tag, as Moodle reads it: only the four known names, lower case. */
function splitFormat(text: string): { format?: TextFormat; text: string } {
  const match = /^\[([a-z]+)\]/.exec(text);
  const format = match ? FORMAT_TAGS[match[1]] : undefined;
  return format ? { format, text: text.slice(match![0].length) } : { text };
}

/** Protected text → the final text: format tag dropped (one format per Mosty question), escapes undone. */
function finalText(text: string): string {
  return restore(splitFormat(text.trim()).text.trim()).trim();
}

/** Splits at the first `#`: the answer (still protected, format tag dropped) and its final feedback. */
function splitFeedbackProtected(text: string): { text: string; feedback: string } {
  const hash = text.indexOf('#');
  const answer = hash < 0 ? text : text.slice(0, hash);
  return {
    text: splitFormat(answer.trim()).text.trim(),
    feedback: hash < 0 ? '' : finalText(text.slice(hash + 1)),
  };
}

/** Splits at the first `#`: the final answer text and its final feedback. */
function splitFeedback(text: string): { text: string; feedback: string } {
  const { text: answer, feedback } = splitFeedbackProtected(text);
  return { text: restore(answer).trim(), feedback };
}

/** Splits an answer list at each marker; like Moodle, a first piece before any marker counts as an answer too. */
function splitAnswers(text: string, marker: string): string[] {
  const pieces = text.split(marker).map((piece) => piece.trim());
  if (pieces[0] === '') pieces.shift();
  return pieces;
}

/** A leading `%50%` weight, as a fraction (`%33.33333%` → 0.3333333). */
function takeWeight(text: string): { weight: number; rest: string } | undefined {
  const match = /^%(-?\d+(?:\.\d*)?)%/.exec(text);
  if (!match) return undefined;
  // Shifting the decimal point in the text keeps 33.33333 % exactly 0.3333333.
  return { weight: Number(`${match[1]}e-2`), rest: text.slice(match[0].length) };
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function toNumber(text: string): number {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) throw new NotImportable(`"${restore(trimmed)}" is not a number`);
  return Number(trimmed);
}

/** Drops binary noise such as 3.1415000000000002 that range arithmetic leaves behind. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

const TRUE_FALSE = /^(T|TRUE|F|FALSE)$/i;

function readQuestion(text: string, lang: Language, tags: string[]): QuestionDefinition {
  const localized = (value: string): LocalizedText =>
    lang === 'pl' ? { pl: value } : ({ pl: value, [lang]: value } as LocalizedText);
  const optionalFeedback = (feedback: string) => (feedback ? { feedback: localized(feedback) } : {});

  let body = protect(text).trim();
  let name: string | undefined;
  if (body.startsWith('::')) {
    const end = body.indexOf('::', 2);
    if (end < 0) throw new NotImportable('the question name after "::" is not closed with "::"');
    name = restore(body.slice(2, end)).trim() || undefined;
    body = body.slice(end + 2).trim();
  }

  const opens = [...body.matchAll(/\{/g)].map((match) => match.index);
  const closes = [...body.matchAll(/\}/g)].map((match) => match.index);
  if (opens.length === 0 && closes.length === 0) throw new NotImportable('description item, not a question');
  if (opens.length > 1) {
    throw new NotImportable(
      `${opens.length} answer blocks in one question (questions must be separated by a blank line; cloze questions with several gaps are not supported)`,
    );
  }
  if (opens.length === 0 || closes.length > 1) throw new NotImportable('a "}" without a matching "{"');
  const [open, close] = [opens[0], closes[0]];

  const after = body.slice(close + 1);
  const questionText = after.trim() === '' ? body.slice(0, open) : body.slice(0, open) + MISSING_WORD_BLANK + after;
  let answerText = body.slice(open + 1, close).trim();

  const { format = 'plain', text: promptText } = splitFormat(questionText.trim());
  const prompt = restore(promptText.trim()).trim();
  if (!prompt) throw new NotImportable('the question has no text');

  let generalFeedback = '';
  const separator = answerText.lastIndexOf('####');
  if (separator >= 0) {
    generalFeedback = finalText(answerText.slice(separator + 4));
    answerText = answerText.slice(0, separator).trim();
  }

  const base = {
    ...(name ? { name } : {}),
    prompt: localized(prompt),
    format,
    points: 1,
    ...(tags.length > 0 ? { tags: [...tags] } : {}),
    ...(generalFeedback ? { feedback: localized(generalFeedback) } : {}),
  };

  // The order of these tests is Moodle's: it decides what an ambiguous block is.
  if (answerText === '') return { ...base, type: 'essay' };

  if (answerText.startsWith('#')) {
    let numbers = answerText.slice(1);
    // `~#feedback` answers every other number; Mosty has no such catch-all, so it is left out.
    const tilde = numbers.indexOf('~');
    if (tilde >= 0) numbers = numbers.slice(0, tilde);
    const answers: NumericAnswer[] = [];
    for (const piece of splitAnswers(numbers, '=')) {
      const weighted = takeWeight(piece);
      const weight = weighted ? weighted.weight : 1;
      const { text: value, feedback } = splitFeedbackProtected(weighted ? weighted.rest : piece);
      if (value === '*') {
        if (weight > 0) throw new NotImportable('the numerical answer "*" (any number) earns points, which Mosty cannot hold');
        continue;
      }
      answers.push({ ...readNumericValue(value), weight, ...optionalFeedback(feedback) });
    }
    return { ...base, type: 'numeric', answers };
  }

  if (answerText.includes('~')) {
    // Moodle: a `=` anywhere makes it a one-answer question; only `~` answers make it multiple response.
    const single = answerText.includes('=');
    const options = splitAnswers(answerText.replace(/=/g, '~='), '~')
      .map((piece): ChoiceOption => {
        const marked = piece.startsWith('=');
        const unmarked = marked ? piece.slice(1).trim() : piece;
        const weighted = takeWeight(unmarked);
        const { text: optionText, feedback } = splitFeedback(weighted ? weighted.rest : unmarked);
        const weight = weighted ? weighted.weight : marked ? 1 : 0;
        return { text: localized(optionText), weight, ...optionalFeedback(feedback) };
      })
      // Moodle keeps no option without text either.
      .filter((option) => option.text.pl !== '');
    return { ...base, type: single ? 'single_choice' : 'multiple_choice', options };
  }

  if (answerText.includes('=') && answerText.includes('->')) {
    const pairs: MatchingPair[] = [];
    const distractors: LocalizedText[] = [];
    for (const piece of splitAnswers(answerText, '=')) {
      const arrow = piece.indexOf('->');
      if (arrow < 0) throw new NotImportable(`the matching item "${restore(piece)}" has no "->"`);
      const left = finalText(piece.slice(0, arrow));
      const right = restore(piece.slice(arrow + 2).trim()).trim();
      if (!left && !right) continue;
      if (!right) throw new NotImportable(`"${left}" is matched to nothing`);
      if (left) pairs.push({ left: localized(left), right: localized(right) });
      else distractors.push(localized(right));
    }
    return { ...base, type: 'matching', pairs, ...(distractors.length > 0 ? { distractors } : {}) };
  }

  const hash = answerText.indexOf('#');
  if (TRUE_FALSE.test(hash > 0 ? answerText.slice(0, hash).trim() : answerText)) {
    // `{TRUE#shown after a wrong answer#shown after a right answer}` (Moodle's split_truefalse_comment).
    const [answer, wrong = '', right = ''] = splitLimit(answerText, '#', 3);
    const correct = /^T(RUE)?$/i.test(answer.trim());
    const feedbackTrue = finalText(correct ? right : wrong);
    const feedbackFalse = finalText(correct ? wrong : right);
    return {
      ...base,
      type: 'true_false',
      correct,
      ...(feedbackTrue ? { feedbackTrue: localized(feedbackTrue) } : {}),
      ...(feedbackFalse ? { feedbackFalse: localized(feedbackFalse) } : {}),
    };
  }

  const answers = splitAnswers(answerText, '=')
    .map((piece): ShortAnswer => {
      const weighted = takeWeight(piece);
      const { text: answer, feedback } = splitFeedback(weighted ? weighted.rest : piece);
      return { text: answer, weight: weighted ? weighted.weight : 1, ...optionalFeedback(feedback) };
    })
    .filter((answer) => answer.text !== '');
  return { ...base, type: 'short_answer', answers };
}

/** `3`, `3:0.5` (value:tolerance) or `1..5` (a range: value 3, tolerance 2); `text` is still protected. */
function readNumericValue(text: string): { value: number; tolerance: number } {
  const range = text.indexOf('..');
  if (range > 0) {
    const min = toNumber(text.slice(0, range));
    const max = toNumber(text.slice(range + 2));
    if (min > max) throw new NotImportable(`the range ${restore(text)} runs backwards`);
    const value = (min + max) / 2;
    return { value: tidy(value), tolerance: tidy(max - value) };
  }
  const colon = text.indexOf(':');
  if (colon > 0) {
    const tolerance = toNumber(text.slice(colon + 1));
    if (tolerance < 0) throw new NotImportable(`the tolerance in ${restore(text)} is negative`);
    return { value: toNumber(text.slice(0, colon)), tolerance };
  }
  return { value: toNumber(text), tolerance: 0 };
}

/** PHP's explode with a limit: at most `limit` pieces, the last one keeping the rest. */
function splitLimit(text: string, separator: string, limit: number): string[] {
  const pieces = text.split(separator);
  return pieces.length <= limit ? pieces : [...pieces.slice(0, limit - 1), pieces.slice(limit - 1).join(separator)];
}
