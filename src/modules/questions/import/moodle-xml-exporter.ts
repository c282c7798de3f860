import { XMLBuilder } from 'fast-xml-parser';
import { ChoiceOption, Language, LocalizedText, QuestionDefinition, TextFormat } from '../question-definition';

export interface MoodleXmlExportOptions {
  /** Which text of each LocalizedText to write (Polish when a text lacks it); 'pl' by default. */
  lang?: Language;
  /**
   * A Moodle category path written first, e.g. `$course$/Mosty/Komunikacja`: Moodle files
   * the questions there. `/` separates categories, `//` is a `/` inside a name.
   */
  category?: string;
}

/**
 * Writes questions as a Moodle XML file that Moodle's qformat_xml imports, and that
 * parseMoodleXml reads back to the same questions, except for what is listed here.
 *
 * Types: single_choice and multiple_choice → multichoice (`<single>` true/false);
 * true_false → truefalse; short_answer → shortanswer; numeric → numerical;
 * matching → matching (distractors as subquestions with an empty text); ordering →
 * ordering (qtype_ordering, core since Moodle 4.4): items in the correct order, all shown,
 * graded by absolute position; essay → essay.
 *
 * What does not survive the trip:
 * - scenario has no Moodle type: it is written as a single-choice multichoice whose text is
 *   the situation followed by the prompt, and comes back as single_choice.
 * - One language per file: `lang` (or Polish); read back, the text fills `pl` and `lang`.
 * - Tags are written as Moodle tags; `category` becomes tags of every question on import.
 * - A question without a name gets one from its prompt (Moodle requires a name).
 * - An absent format is written as markdown (Mosty's default) and read back as 'markdown';
 *   an absent caseSensitive is written as `<usecase>0` and read back as false.
 * - Leading and trailing white space of texts is trimmed on import (as Moodle does);
 *   characters XML 1.0 forbids (control characters other than tab and line breaks) are dropped.
 * - Weights are written as percentages with 12 significant digits. Moodle itself accepts
 *   only its list of grades (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333,
 *   30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0 and their negatives): another
 *   weight stops Moodle's import unless "nearest grade" is chosen there.
 * - Moodle shows the right-hand sides of matching questions as plain text.
 * - `<shuffleanswers>` is written true so that a Moodle quiz may shuffle; Mosty decides
 *   shuffling per quiz and ignores it on import.
 */
export function toMoodleXml(questions: QuestionDefinition[], options: MoodleXmlExportOptions = {}): string {
  const lang = options.lang ?? 'pl';
  const elements: XmlObject[] = [];
  const category = options.category?.trim();
  if (category) elements.push({ '@_type': 'category', category: { text: xmlText(category) } });
  questions.forEach((question, i) => elements.push(questionElement(question, i + 1, lang)));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ quiz: { question: elements } })}`;
}

type XmlValue = string | XmlObject | XmlObject[];
interface XmlObject {
  [key: string]: XmlValue;
}

/** Entities are not processed: every text goes through xmlText, which escapes it or wraps it in CDATA. */
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: false,
  processEntities: false,
});

const MOODLE_FORMATS: Record<TextFormat, string> = { html: 'html', markdown: 'markdown', plain: 'plain_text' };

function questionElement(q: QuestionDefinition, n: number, lang: Language): XmlObject {
  const format = MOODLE_FORMATS[q.format ?? 'markdown'];
  const text = (value: LocalizedText) => value[lang] ?? value.pl;
  const formatted = (value: LocalizedText | undefined): XmlObject => ({ '@_format': format, text: xmlText(value ? text(value) : '') });
  const feedback = (value: LocalizedText | undefined): XmlObject => ({ feedback: formatted(value) });

  const prompt =
    q.type === 'scenario'
      ? q.format === 'html'
        ? `<div>${text(q.situation)}</div>\n<div>${text(q.prompt)}</div>`
        : `${text(q.situation)}\n\n${text(q.prompt)}`
      : text(q.prompt);

  const element: XmlObject = {
    '@_type': moodleType(q),
    name: { text: xmlText(q.name?.trim() ? q.name : nameFromPrompt(prompt, n)) },
    questiontext: { '@_format': format, text: xmlText(prompt) },
    generalfeedback: formatted(q.feedback),
    defaultgrade: String(q.points),
  };

  const choices = (options: ChoiceOption[]): XmlObject[] =>
    options.map((o) => ({ '@_fraction': percent(o.weight), '@_format': format, text: xmlText(text(o.text)), ...feedback(o.feedback) }));

  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'scenario':
      Object.assign(element, {
        single: q.type === 'multiple_choice' ? 'false' : 'true',
        shuffleanswers: 'true',
        answernumbering: 'abc',
        answer: choices(q.options),
      });
      break;
    case 'true_false':
      element.answer = [
        { '@_fraction': q.correct ? '100' : '0', '@_format': 'moodle_auto_format', text: 'true', ...feedback(q.feedbackTrue) },
        { '@_fraction': q.correct ? '0' : '100', '@_format': 'moodle_auto_format', text: 'false', ...feedback(q.feedbackFalse) },
      ];
      break;
    case 'short_answer':
      element.usecase = q.caseSensitive ? '1' : '0';
      element.answer = q.answers.map((a) => ({
        '@_fraction': percent(a.weight),
        '@_format': 'moodle_auto_format',
        text: xmlText(a.text),
        ...feedback(a.feedback),
      }));
      break;
    case 'numeric':
      element.answer = q.answers.map((a) => ({
        '@_fraction': percent(a.weight),
        '@_format': 'moodle_auto_format',
        text: String(a.value),
        ...feedback(a.feedback),
        tolerance: String(a.tolerance),
      }));
      break;
    case 'matching':
      element.shuffleanswers = 'true';
      element.subquestion = [
        ...q.pairs.map((p) => ({ '@_format': format, text: xmlText(text(p.left)), answer: { text: xmlText(text(p.right)) } })),
        ...(q.distractors ?? []).map((d) => ({ '@_format': format, text: '', answer: { text: xmlText(text(d)) } })),
      ];
      break;
    case 'ordering':
      Object.assign(element, {
        layouttype: 'VERTICAL',
        selecttype: 'ALL',
        selectcount: String(q.items.length),
        gradingtype: 'ABSOLUTE_POSITION',
        showgrading: 'SHOW',
        numberingstyle: 'none',
        // Moodle's own export numbers the items 1, 2, 3…; its reader takes them in file order.
        answer: q.items.map((item, i) => ({ '@_fraction': String(i + 1), '@_format': format, text: xmlText(text(item)) })),
      });
      break;
    case 'essay':
      Object.assign(element, {
        responseformat: 'editor',
        responserequired: '1',
        responsefieldlines: '15',
        attachments: '0',
        attachmentsrequired: '0',
        graderinfo: formatted(q.graderInfo),
        responsetemplate: formatted(q.responseTemplate),
      });
      break;
  }

  if (q.tags?.length) element.tags = { tag: q.tags.map((tag) => ({ text: xmlText(tag) })) };
  return element;
}

function moodleType(q: QuestionDefinition): string {
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'scenario':
      return 'multichoice';
    case 'true_false':
      return 'truefalse';
    case 'short_answer':
      return 'shortanswer';
    case 'numeric':
      return 'numerical';
    case 'matching':
      return 'matching';
    case 'ordering':
      return 'ordering';
    case 'essay':
      return 'essay';
  }
}

/** Weight 0.5 → "50", 0.3333333 → "33.33333", -1 → "-100"; toPrecision removes the binary noise of the product. */
function percent(weight: number): string {
  return String(Number((weight * 100).toPrecision(12)));
}

/** Like Moodle's create_default_question_name: the start of the prompt as plain text. */
function nameFromPrompt(prompt: string, n: number): string {
  const plain = prompt
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain === '') return `Question ${n}`;
  return plain.length > 80 ? `${plain.slice(0, 79).trimEnd()}…` : plain;
}

/** Characters XML 1.0 does not allow, even escaped. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text content as Moodle's xml_escape writes it: in CDATA when it holds markup or entities
 * (a `]]>` inside is split across two CDATA sections), as it is otherwise.
 */
function xmlText(value: string): string {
  const text = value.replace(NOT_XML, '');
  if (!/[<>&]/.test(text)) return text;
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
