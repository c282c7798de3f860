/**
 * The canonical shape of a question: the body of POST /question-banks/:id/questions,
 * what importers produce, what exporters read, and what a published course version
 * freezes. Plain types, no framework: parsers and scoring import only this.
 */

export const LANGUAGES = ['pl', 'en', 'uk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in several languages; Polish is always there. */
export type LocalizedText = { pl: string } & Partial<Record<Exclude<Language, 'pl'>, string>>;

/** How prompt and feedback texts are written. Moodle's own "moodle_auto_format" is imported as plain. */
export const TEXT_FORMATS = ['markdown', 'html', 'plain'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

export const QUESTION_TYPES = [
  'single_choice',
  'multiple_choice',
  'true_false',
  'short_answer',
  'numeric',
  'matching',
  'ordering',
  'essay',
  'scenario',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

interface QuestionBase {
  /** A short title for trainers (GIFT `::title::`, Moodle `<name>`). */
  name?: string;
  prompt: LocalizedText;
  /** Format of prompt and feedback texts; markdown when absent. */
  format?: TextFormat;
  /** Points for a fully correct answer (Moodle's defaultgrade); > 0. */
  points: number;
  /** Competency tags, lower-case slugs such as `komunikacja` or `status-prawny`. */
  tags?: string[];
  /** General feedback, shown after submission when the review policy allows. */
  feedback?: LocalizedText;
}

/** weight: the fraction of the points this option earns, -1..1 (Moodle's convention). */
export interface ChoiceOption {
  text: LocalizedText;
  weight: number;
  feedback?: LocalizedText;
}

export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single_choice';
  options: ChoiceOption[];
}

export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple_choice';
  options: ChoiceOption[];
}

/** A situational-judgement item: a situation and weighted responses, one to be chosen. */
export interface ScenarioQuestion extends QuestionBase {
  type: 'scenario';
  situation: LocalizedText;
  options: ChoiceOption[];
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'true_false';
  correct: boolean;
  feedbackTrue?: LocalizedText;
  feedbackFalse?: LocalizedText;
}

/** `text` may hold `*` as a wildcard (Moodle). */
export interface ShortAnswer {
  text: string;
  weight: number;
  feedback?: LocalizedText;
}

export interface ShortAnswerQuestion extends QuestionBase {
  type: 'short_answer';
  answers: ShortAnswer[];
  caseSensitive?: boolean;
}

/** Accepted when |response - value| <= tolerance. */
export interface NumericAnswer {
  value: number;
  tolerance: number;
  weight: number;
  feedback?: LocalizedText;
}

export interface NumericQuestion extends QuestionBase {
  type: 'numeric';
  answers: NumericAnswer[];
}

export interface MatchingPair {
  left: LocalizedText;
  right: LocalizedText;
}

export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  pairs: MatchingPair[];
  /** Extra right-hand choices that match nothing. */
  distractors?: LocalizedText[];
}

export interface OrderingQuestion extends QuestionBase {
  type: 'ordering';
  /** In the correct order. */
  items: LocalizedText[];
}

/** Graded by a trainer. */
export interface EssayQuestion extends QuestionBase {
  type: 'essay';
  /** Guidance for the grader (Moodle's graderinfo); never shown to trainees. */
  graderInfo?: LocalizedText;
  /** Text the answer box starts with. */
  responseTemplate?: LocalizedText;
}

export type QuestionDefinition =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | ScenarioQuestion
  | TrueFalseQuestion
  | ShortAnswerQuestion
  | NumericQuestion
  | MatchingQuestion
  | OrderingQuestion
  | EssayQuestion;

/** What an importer hands back: the questions it read and what it could not hold. */
export interface ImportResult {
  questions: { position: ImportPosition; question: QuestionDefinition }[];
  skipped: { position: ImportPosition; reason: string }[];
}

/** Where in the file: a 1-based line (GIFT) or the 1-based index of the <question> element (Moodle XML). */
export type ImportPosition = { line: number } | { index: number };

/** A broken file (not a single skipped question): the importer throws this with the position. */
export class ImportFormatError extends Error {
  constructor(
    message: string,
    readonly position: ImportPosition,
  ) {
    super(message);
  }
}
