import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  ChoiceOption,
  ImportFormatError,
  ImportResult,
  Language,
  LocalizedText,
  MatchingPair,
  NumericAnswer,
  QuestionDefinition,
  ShortAnswer,
  TextFormat,
} from '../question-definition';
import { slugifyTag, tagsFromCategoryPath } from '../tags';

/**
 * Reads a Moodle XML question file (docs.moodle.org "Moodle XML format"; Moodle's own
 * reader is qformat_xml in question/format/xml/format.php, whose conventions this follows).
 *
 * What it makes of the file:
 * - `<question type="category">` sets the category for the questions after it; every
 *   category of its path becomes a tag (tagsFromCategoryPath). `<tags>` and `<coursetags>`
 *   of a question are added, slugified (tags whose slug is empty are dropped).
 * - multichoice → single_choice (`<single>true`, the default) or multiple_choice;
 *   truefalse → true_false; shortanswer → short_answer; numerical → numeric;
 *   matching (or match) → matching; essay → essay; ordering (qtype_ordering) → ordering.
 * - `<description>` items are not questions: they are passed over silently.
 * - Types Mosty cannot hold (cloze/multianswer, calculated*, drag-and-drop, gapselect,
 *   random, randomsamatch, anything unknown) are listed in `skipped`, with their index.
 * - A question whose values cannot be read (a grade that is not a positive number, a
 *   fraction or numerical answer that is not a number, a true/false question without
 *   exactly one correct answer, a matching subquestion without an answer, markup inside
 *   `<text>` outside CDATA) is skipped with the reason.
 * - Rules about content (how many options, what the weights add up to, duplicates) are not
 *   checked here: every imported question goes through checkQuestion like an API body.
 *
 * Texts are trimmed as Moodle trims them. Outside CDATA, the XML entities, numeric character
 * references and the common HTML entities (&nbsp;, &copy;, &hellip;, currency signs…) are
 * decoded, so `&lt;p&gt;` is `<p>`; other named entities stay as written. CDATA is taken as
 * written. The format of `<questiontext>` is the format of the whole question (html → html,
 * markdown → markdown, plain_text, moodle_auto_format and wiki_like → plain; absent or
 * unknown → html, as Moodle assumes); the formats written on feedback, answers and other
 * texts are ignored.
 *
 * Ignored because Mosty has no place for them: `<shuffleanswers>` (shuffling is decided
 * per quiz in Mosty, not per question), penalty, hidden, idnumber, answer numbering,
 * combined feedback (correct/partially correct/incorrect), hints, numerical units,
 * essay response settings (format, lines, attachments, word limits), ordering layout and
 * grading options, embedded files.
 *
 * A broken file throws ImportFormatError: not well-formed XML (unclosed tags, text that is
 * not XML) with the line the XML validator reports; a `<!DOCTYPE` (Moodle never writes one,
 * and entities declared in an upload are not expanded) with its line; an empty file or a
 * root element other than one `<quiz>` with `{ index: 0 }`. A byte order mark and blank
 * lines before the XML declaration are accepted. `<quiz/>` holds no questions.
 */
export function parseMoodleXml(xml: string, lang: Language = 'pl'): ImportResult {
  const quiz = readQuiz(xml);
  const result: ImportResult = { questions: [], skipped: [] };
  let categoryTags: string[] = [];

  children(quiz, 'question').forEach((element, i) => {
    const position = { index: i + 1 };
    const type = (attribute(element, 'type') ?? '').trim();
    try {
      if (type === 'category') {
        categoryTags = tagsFromCategoryPath(textOf(child(element, 'category')));
      } else if (type !== 'description') {
        result.questions.push({ position, question: readQuestion(type, element, { lang, categoryTags }) });
      }
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error;
      result.skipped.push({ position, reason: error.message });
    }
  });
  return result;
}

/** Moodle question types that Mosty has no equivalent for, with what they are. */
const UNSUPPORTED: Record<string, string> = {
  cloze: 'embedded answers (Cloze)',
  multianswer: 'embedded answers (Cloze)',
  calculated: 'calculated',
  calculatedsimple: 'simple calculated',
  calculatedmulti: 'calculated multichoice',
  ddwtos: 'drag and drop into text',
  gapselect: 'select missing words',
  ddimageortext: 'drag and drop onto image',
  ddmarker: 'drag and drop markers',
  randomsamatch: 'random short-answer matching',
  random: 'random question',
};

/** One question cannot be read; the others can. */
class Unreadable extends Error {}

interface Context {
  lang: Language;
  categoryTags: string[];
}

/* ------------------------------------------------------------------ the XML tree */

/**
 * The parser is set up like Moodle's xmlize: every child element is an array, attributes
 * are `@_name`, an element's own text is `#text`, and an element holding only text (or
 * nothing) is that string.
 */
type XmlNode = string | XmlElement;
interface XmlElement {
  [key: string]: XmlNode[] | string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
});

/** A `<!DOCTYPE` in the prolog: after the declaration, comments and processing instructions. */
const PROLOG_DOCTYPE = /^((?:\s|<\?[^]*?\?>|<!--[^]*?-->)*)<!DOCTYPE/i;

function readQuiz(xml: string): XmlNode {
  if (xml.trim() === '') throw new ImportFormatError('The file is empty; a Moodle XML file is a <quiz> element', { index: 0 });
  // A byte order mark or blank lines before the XML declaration are harmless. The validator
  // refuses them before a declaration, so the declaration (which nothing needs) is blanked
  // out rather than the lines removed: the lines the validator reports stay those of the file.
  const text = xml
    .replace(/^\uFEFF/, ' ')
    .replace(/^(\s*)(<\?xml\b[^]*?\?>)/, (_match, space: string, declaration: string) => space + declaration.replace(/[^\n]/g, ' '));

  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    const where = col ? `line ${line}, column ${col}` : `line ${line}`;
    throw new ImportFormatError(`The file is not well-formed XML (${where}): ${validatorMessage(msg)}`, { line });
  }
  // Moodle files never declare a DTD; its entities are not expanded from an uploaded file.
  const doctype = PROLOG_DOCTYPE.exec(text);
  if (doctype) {
    throw new ImportFormatError('A Moodle XML file has no <!DOCTYPE>', { line: doctype[1].split('\n').length });
  }

  const document = parser.parse(text) as XmlElement;
  const roots = Object.keys(document).filter((key) => key !== '#text');
  const quizzes = children(document, 'quiz');
  if (roots.length !== 1 || quizzes.length !== 1) {
    const found = roots.length ? roots.map((r) => `<${r}>`).join(', ') : 'none';
    throw new ImportFormatError(`The root element of a Moodle XML file must be <quiz>; found ${found}`, { index: 0 });
  }
  return quizzes[0];
}

/** The validator lists tags left open at the end of the file as a JSON array. */
function validatorMessage(message: string): string {
  const open = /^Invalid '(\[[^]*\])' found\.$/.exec(message);
  if (!open) return message;
  try {
    const tags = JSON.parse(open[1]) as string[];
    return `the file ends before ${tags.map((t) => `<${t}>`).join(', ')} ${tags.length > 1 ? 'are' : 'is'} closed`;
  } catch {
    return message;
  }
}

function children(node: XmlNode | undefined, name: string): XmlNode[] {
  if (node === undefined || typeof node === 'string') return [];
  const value = node[name];
  return Array.isArray(value) ? value : [];
}

function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

function attribute(node: XmlNode | undefined, name: string): string | undefined {
  if (node === undefined || typeof node === 'string') return undefined;
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

/** The text directly inside an element, beside any child elements. */
function ownText(node: XmlNode | undefined): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node;
  const text = node['#text'];
  return typeof text === 'string' ? text : '';
}

/** The text of an element that holds only text: markup inside it (HTML neither escaped nor in CDATA) makes the question unreadable. */
function pureText(node: XmlNode | undefined, name: string): string {
  if (node !== undefined && typeof node !== 'string') {
    const element = Object.keys(node).find((key) => key !== '#text' && !key.startsWith('@_'));
    if (element) throw new Unreadable(`<${name}> holds the element <${element}>: HTML in a text must be escaped or inside CDATA`);
  }
  return ownText(node);
}

/**
 * The trimmed `<text>` of an element (`<name><text>…</text></name>`); without a `<text>`
 * child, the element's own text (old files write numerical answers and categories so).
 */
function textOf(node: XmlNode | undefined): string {
  const text = child(node, 'text');
  return (text === undefined ? ownText(node) : pureText(text, 'text')).trim();
}

/* ------------------------------------------------------------------ questions */

function readQuestion(type: string, element: XmlNode, context: Context): QuestionDefinition {
  switch (type) {
    case 'multichoice':
      return readMultichoice(element, context);
    case 'truefalse':
      return readTrueFalse(element, context);
    case 'shortanswer':
      return readShortAnswer(element, context);
    case 'numerical':
      return readNumerical(element, context);
    case 'matching':
    case 'match':
      return readMatching(element, context);
    case 'ordering':
      return readOrdering(element, context);
    case 'essay':
      return readEssay(element, context);
    case '':
      throw new Unreadable('the <question> has no type attribute');
    default: {
      const what = UNSUPPORTED[type];
      throw new Unreadable(
        what
          ? `question type "${type}" (${what}) is not supported by Mosty`
          : `question type "${type}" is not a Moodle question type Mosty can import`,
      );
    }
  }
}

function readMultichoice(element: XmlNode, context: Context): QuestionDefinition {
  const base = readHeaders(element, context);
  const options: ChoiceOption[] = children(element, 'answer')
    .map((answer) => ({ answer, text: textOf(answer) }))
    // Moodle drops blank answers when it saves the question.
    .filter(({ text }) => text !== '')
    .map(({ answer, text }) => ({ text: localized(text, context), weight: fraction(answer), ...answerFeedback(answer, context) }));
  const single = moodleBoolean(child(element, 'single'), 'single', true);
  return single ? { type: 'single_choice', ...base, options } : { type: 'multiple_choice', ...base, options };
}

/**
 * Moodle's reader: the answer whose text is `true` (or, in old files with translated texts,
 * the first answer) is "true", the other "false". The answer worth 100% is the correct one.
 */
function readTrueFalse(element: XmlNode, context: Context): QuestionDefinition {
  const base = readHeaders(element, context);
  let feedbackTrue: LocalizedText | undefined;
  let feedbackFalse: LocalizedText | undefined;
  const correct = new Set<boolean>();
  children(element, 'answer').forEach((answer, i) => {
    const text = textOf(answer).toLowerCase();
    const isTrue = text === 'true' || text === 'false' ? text === 'true' : i === 0;
    const feedback = answerFeedback(answer, context).feedback;
    if (isTrue) feedbackTrue = feedback;
    else feedbackFalse = feedback;
    if (fraction(answer) === 1) correct.add(isTrue);
  });
  if (correct.size !== 1) {
    throw new Unreadable(
      correct.size === 0
        ? 'true/false question: neither answer has fraction 100'
        : 'true/false question: both answers have fraction 100',
    );
  }
  return {
    type: 'true_false',
    ...base,
    correct: [...correct][0],
    ...(feedbackTrue ? { feedbackTrue } : {}),
    ...(feedbackFalse ? { feedbackFalse } : {}),
  };
}

function readShortAnswer(element: XmlNode, context: Context): QuestionDefinition {
  const base = readHeaders(element, context);
  const answers: ShortAnswer[] = children(element, 'answer')
    .map((answer) => ({ answer, text: textOf(answer) }))
    .filter(({ text }) => text !== '')
    .map(({ answer, text }) => ({ text, weight: fraction(answer), ...answerFeedback(answer, context) }));
  return { type: 'short_answer', ...base, answers, caseSensitive: moodleBoolean(child(element, 'usecase'), 'usecase', false) };
}

/**
 * `*` (or, as Moodle reads it, an empty answer) means "any other answer". Mosty has no such
 * answer: worth nothing, it only carries feedback and is dropped; worth points, the
 * question cannot be held and is skipped.
 */
function readNumerical(element: XmlNode, context: Context): QuestionDefinition {
  const base = readHeaders(element, context);
  const answers: NumericAnswer[] = [];
  for (const answer of children(element, 'answer')) {
    const text = textOf(answer);
    const weight = fraction(answer);
    if (text === '*' || text === '') {
      if (weight > 0) throw new Unreadable('numerical question: the answer "*" (any answer) earns points, which Mosty cannot hold');
      continue;
    }
    const value = decimal(text);
    if (value === undefined) throw new Unreadable(`numerical question: the answer "${text}" is not a number`);
    const toleranceText = pureText(child(answer, 'tolerance'), 'tolerance').trim();
    const tolerance = toleranceText === '' ? 0 : decimal(toleranceText);
    if (tolerance === undefined || tolerance < 0) {
      throw new Unreadable(`numerical question: the tolerance "${toleranceText}" is not a number of at least 0`);
    }
    answers.push({ value, tolerance, weight, ...answerFeedback(answer, context) });
  }
  return { type: 'numeric', ...base, answers };
}

/** A subquestion with an empty text is a distractor: its answer is a right-hand choice that matches nothing. */
function readMatching(element: XmlNode, context: Context): QuestionDefinition {
  const base = readHeaders(element, context);
  const pairs: MatchingPair[] = [];
  const distractors: LocalizedText[] = [];
  children(element, 'subquestion').forEach((subquestion, i) => {
    const left = textOf(subquestion);
    const right = textOf(child(subquestion, 'answer'));
    if (left === '' && right === '') return;
    if (right === '') throw new Unreadable(`matching question: subquestion ${i + 1} has no answer`);
    if (left === '') distractors.push(localized(right, context));
    else pairs.push({ left: localized(left, context), right: localized(right, context) });
  });
  return { type: 'matching', ...base, pairs, ...(distractors.length ? { distractors } : {}) };
}

/**
 * qtype_ordering lists the items in the correct order. Like Moodle's own reader, the
 * order of the `<answer>` elements counts, not their fraction (Moodle writes 1, 2, 3…).
 */
function readOrdering(element: XmlNode, context: Context): QuestionDefinition {
  const base = readHeaders(element, context);
  const items = children(element, 'answer')
    .map((answer) => textOf(answer))
    .filter((text) => text !== '')
    .map((text) => localized(text, context));
  return { type: 'ordering', ...base, items };
}

function readEssay(element: XmlNode, context: Context): QuestionDefinition {
  const base = readHeaders(element, context);
  const graderInfo = textOf(child(element, 'graderinfo'));
  const responseTemplate = textOf(child(element, 'responsetemplate'));
  return {
    type: 'essay',
    ...base,
    ...(graderInfo ? { graderInfo: localized(graderInfo, context) } : {}),
    ...(responseTemplate ? { responseTemplate: localized(responseTemplate, context) } : {}),
  };
}

/* ------------------------------------------------------------------ common parts */

interface Headers {
  name?: string;
  prompt: LocalizedText;
  format: TextFormat;
  points: number;
  tags?: string[];
  feedback?: LocalizedText;
}

function readHeaders(element: XmlNode, context: Context): Headers {
  const questionText = child(element, 'questiontext');
  const name = textOf(child(element, 'name'));
  const feedback = textOf(child(element, 'generalfeedback'));
  const tags = [...new Set([...context.categoryTags, ...questionTags(element, 'tags'), ...questionTags(element, 'coursetags')])];
  return {
    ...(name ? { name } : {}),
    prompt: localized(textOf(questionText), context),
    format: textFormat(attribute(questionText, 'format')),
    points: points(child(element, 'defaultgrade')),
    ...(tags.length ? { tags } : {}),
    ...(feedback ? { feedback: localized(feedback, context) } : {}),
  };
}

function questionTags(element: XmlNode, list: 'tags' | 'coursetags'): string[] {
  return children(child(element, list), 'tag')
    .map((tag) => slugifyTag(textOf(tag)))
    .filter(Boolean);
}

/** Moodle's format names; Moodle takes an absent or unknown format as html. */
function textFormat(moodleFormat: string | undefined): TextFormat {
  switch (moodleFormat?.trim()) {
    case 'markdown':
      return 'markdown';
    case 'plain_text':
    case 'moodle_auto_format':
    case 'wiki_like':
      return 'plain';
    default:
      return 'html';
  }
}

/** `<defaultgrade>`: 1 when absent; Mosty's points must be greater than 0. */
function points(element: XmlNode | undefined): number {
  if (element === undefined) return 1;
  const text = pureText(element, 'defaultgrade').trim();
  const value = decimal(text);
  if (value === undefined || value <= 0) throw new Unreadable(`defaultgrade "${text}" is not a number greater than 0`);
  return value;
}

/** The `fraction` attribute is a percentage (Moodle writes thirds as 33.33333); a weight is its hundredth. */
function fraction(answer: XmlNode): number {
  const text = (attribute(answer, 'fraction') ?? '0').trim();
  const percent = decimal(text);
  if (percent === undefined) throw new Unreadable(`answer fraction "${text}" is not a number`);
  // toPrecision removes the binary noise of the division: 33.33333 / 100 → 0.3333333, not 0.33333330000000003.
  return Number((percent / 100).toPrecision(12));
}

function answerFeedback(answer: XmlNode, context: Context): { feedback?: LocalizedText } {
  const feedback = textOf(child(answer, 'feedback'));
  return feedback ? { feedback: localized(feedback, context) } : {};
}

/** Moodle's trans_single: "false", "0" and an empty value are false; anything else is true. */
function moodleBoolean(element: XmlNode | undefined, name: string, absent: boolean): boolean {
  if (element === undefined) return absent;
  const text = pureText(element, name).trim().toLowerCase();
  return !(text === 'false' || text === '0' || text === '');
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

function decimal(text: string): number | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Polish is always there: a file read as another language fills `pl` with the same text. */
function localized(text: string, { lang }: Context): LocalizedText {
  return lang === 'pl' ? { pl: text } : { pl: text, [lang]: text };
}
