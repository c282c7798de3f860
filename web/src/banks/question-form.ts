import type { components } from '../api/schema';

/**
 * The question editor's form state and its mapping to and from the API's bodies,
 * one per question type. Pure, so every type's mapping is tested without a browser.
 *
 * Weights are typed as percentages (Moodle shows them so: 100 %, 50 %, -33.33333 %)
 * and sent as fractions of the points, -1..1.
 */

export type QuestionView = components['schemas']['QuestionView'];
export type QuestionType = QuestionView['type'];
type LocalizedText = components['schemas']['LocalizedTextView'];

export const QUESTION_TYPES: QuestionType[] = [
  'single_choice',
  'multiple_choice',
  'true_false',
  'short_answer',
  'numeric',
  'matching',
  'ordering',
  'essay',
  'scenario',
];

export const isQuestionType = (value: string | null | undefined): value is QuestionType => QUESTION_TYPES.includes(value as QuestionType);

/** A text in the three languages as typed; empty translations are left out of the body. */
export interface Texts {
  pl: string;
  en: string;
  uk: string;
}

export interface ChoiceRow {
  text: Texts;
  /** Percent of the points, as typed: "100", "-50", "33.33333". */
  weight: string;
  feedback: Texts;
}

export interface ShortAnswerRow {
  text: string;
  weight: string;
  feedback: Texts;
}

export interface NumericRow {
  value: string;
  tolerance: string;
  weight: string;
  feedback: Texts;
}

export interface PairRow {
  left: Texts;
  right: Texts;
}

/** Every type's fields in one shape; each type's mapping reads only its own. */
export interface QuestionForm {
  type: QuestionType;
  name: string;
  prompt: Texts;
  /** Kept as the question had it (imported questions may be html or plain). */
  format?: 'markdown' | 'html' | 'plain';
  points: string;
  tags: string[];
  feedback: Texts;
  /** single_choice, multiple_choice, scenario */
  options: ChoiceRow[];
  /** scenario */
  situation: Texts;
  /** true_false */
  correct: boolean;
  feedbackTrue: Texts;
  feedbackFalse: Texts;
  /** short_answer */
  shortAnswers: ShortAnswerRow[];
  caseSensitive: boolean;
  /** numeric */
  numericAnswers: NumericRow[];
  /** matching */
  pairs: PairRow[];
  distractors: Texts[];
  /** ordering, in the correct order */
  items: Texts[];
  /** essay */
  graderInfo: Texts;
  responseTemplate: Texts;
}

export const emptyTexts = (): Texts => ({ pl: '', en: '', uk: '' });
export const emptyChoice = (weight = '0'): ChoiceRow => ({ text: emptyTexts(), weight, feedback: emptyTexts() });
export const emptyShortAnswer = (weight = '100'): ShortAnswerRow => ({ text: '', weight, feedback: emptyTexts() });
export const emptyNumeric = (weight = '100'): NumericRow => ({ value: '', tolerance: '0', weight, feedback: emptyTexts() });
export const emptyPair = (): PairRow => ({ left: emptyTexts(), right: emptyTexts() });

/** A new question of the type, with the rows a trainer fills in first. */
export function emptyForm(type: QuestionType): QuestionForm {
  const choices = type === 'multiple_choice' ? [emptyChoice('50'), emptyChoice('50'), emptyChoice('-100')] : [emptyChoice('100'), emptyChoice('0'), emptyChoice('0')];
  return {
    type,
    name: '',
    prompt: emptyTexts(),
    points: type === 'essay' ? '5' : '1',
    tags: [],
    feedback: emptyTexts(),
    options: type === 'single_choice' || type === 'multiple_choice' || type === 'scenario' ? choices : [],
    situation: emptyTexts(),
    correct: true,
    feedbackTrue: emptyTexts(),
    feedbackFalse: emptyTexts(),
    shortAnswers: type === 'short_answer' ? [emptyShortAnswer()] : [],
    caseSensitive: false,
    numericAnswers: type === 'numeric' ? [emptyNumeric()] : [],
    pairs: type === 'matching' ? [emptyPair(), emptyPair(), emptyPair()] : [],
    distractors: [],
    items: type === 'ordering' ? [emptyTexts(), emptyTexts(), emptyTexts()] : [],
    graderInfo: emptyTexts(),
    responseTemplate: emptyTexts(),
  };
}

// ---- form → API ----------------------------------------------------------------

/** `{pl, en?, uk?}` with blank translations left out; undefined when even Polish is blank. */
export function toLocalized(texts: Texts): LocalizedText | undefined {
  const pl = texts.pl.trim();
  const en = texts.en.trim();
  const uk = texts.uk.trim();
  if (!pl && !en && !uk) return undefined;
  return { pl, ...(en ? { en } : {}), ...(uk ? { uk } : {}) };
}

/** The required texts: sent even when blank, so the API names the field that is missing. */
const required = (texts: Texts): LocalizedText => toLocalized(texts) ?? { pl: '' };

/** "33,33333" or "33.33333" % → 0.3333333 (7 decimals, Moodle's precision). Not a number stays NaN for the API to refuse. */
export function percentToWeight(percent: string): number {
  const value = Number(percent.trim().replace(',', '.'));
  if (percent.trim() === '' || !Number.isFinite(value)) return Number.NaN;
  return Math.round(value * 100_000) / 10_000_000;
}

/** 0.3333333 → "33.33333"; 1 → "100". */
export function weightToPercent(weight: number): string {
  return String(Math.round(weight * 10_000_000) / 100_000);
}

export function parseNumber(text: string): number {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() === '' ? Number.NaN : value;
}

type Body = Record<string, unknown>;

/** Adds the optional texts that were filled in. */
function withOptional(body: Body, fields: Record<string, Texts>): Body {
  for (const [key, texts] of Object.entries(fields)) {
    const value = toLocalized(texts);
    if (value) body[key] = value;
  }
  return body;
}

const choiceBody = (o: ChoiceRow) => withOptional({ text: required(o.text), weight: percentToWeight(o.weight) }, { feedback: o.feedback });

/** The body of POST /question-banks/:id/questions for the form's type: only that type's fields. */
export function toPayload(form: QuestionForm): Body {
  const base: Body = { type: form.type, prompt: required(form.prompt), points: parseNumber(form.points) };
  if (form.name.trim()) base.name = form.name.trim();
  if (form.format) base.format = form.format;
  if (form.tags.length) base.tags = form.tags;
  withOptional(base, { feedback: form.feedback });
  switch (form.type) {
    case 'single_choice':
    case 'multiple_choice':
      return { ...base, options: form.options.map(choiceBody) };
    case 'scenario':
      return { ...base, situation: required(form.situation), options: form.options.map(choiceBody) };
    case 'true_false':
      return withOptional({ ...base, correct: form.correct }, { feedbackTrue: form.feedbackTrue, feedbackFalse: form.feedbackFalse });
    case 'short_answer':
      return {
        ...base,
        answers: form.shortAnswers.map((a) => withOptional({ text: a.text.trim(), weight: percentToWeight(a.weight) }, { feedback: a.feedback })),
        caseSensitive: form.caseSensitive,
      };
    case 'numeric':
      return {
        ...base,
        answers: form.numericAnswers.map((a) =>
          withOptional({ value: parseNumber(a.value), tolerance: parseNumber(a.tolerance), weight: percentToWeight(a.weight) }, { feedback: a.feedback }),
        ),
      };
    case 'matching':
      return {
        ...base,
        pairs: form.pairs.map((p) => ({ left: required(p.left), right: required(p.right) })),
        ...(form.distractors.length ? { distractors: form.distractors.map(required) } : {}),
      };
    case 'ordering':
      return { ...base, items: form.items.map(required) };
    case 'essay':
      return withOptional(base, { graderInfo: form.graderInfo, responseTemplate: form.responseTemplate });
  }
}

/** The optional fields of each type: a PATCH sends null for those left empty, which the API takes as "remove". */
const OPTIONAL_FIELDS: Record<QuestionType, string[]> = {
  single_choice: [],
  multiple_choice: [],
  scenario: [],
  true_false: ['feedbackTrue', 'feedbackFalse'],
  short_answer: [],
  numeric: [],
  matching: ['distractors'],
  ordering: [],
  essay: ['graderInfo', 'responseTemplate'],
};

/** The body of PATCH /questions/:id: the whole question, emptied optional fields as null (the API merges the body into what it has). */
export function toPatch(form: QuestionForm): Body {
  const body = toPayload(form);
  for (const field of ['name', 'tags', 'feedback', ...OPTIONAL_FIELDS[form.type]]) if (!(field in body)) body[field] = null;
  delete body.type;
  return body;
}

// ---- API → form ----------------------------------------------------------------

export function fromLocalized(text: LocalizedText | null | undefined): Texts {
  return { pl: text?.pl ?? '', en: text?.en ?? '', uk: text?.uk ?? '' };
}

interface AnswerView {
  text?: string;
  value?: number;
  tolerance?: number;
  weight: number;
  feedback?: LocalizedText;
}

/** A stored question as the editor's form. */
export function fromQuestion(q: QuestionView): QuestionForm {
  const form = emptyForm(q.type);
  const answers = (q.answers ?? []) as AnswerView[];
  return {
    ...form,
    name: q.name ?? '',
    prompt: fromLocalized(q.prompt),
    format: q.format,
    points: String(q.points),
    tags: q.tags ?? [],
    feedback: fromLocalized(q.feedback),
    options: (q.options ?? []).map((o) => ({ text: fromLocalized(o.text), weight: weightToPercent(o.weight), feedback: fromLocalized(o.feedback) })),
    situation: fromLocalized(q.situation),
    correct: q.correct ?? true,
    feedbackTrue: fromLocalized(q.feedbackTrue),
    feedbackFalse: fromLocalized(q.feedbackFalse),
    shortAnswers:
      q.type === 'short_answer' ? answers.map((a) => ({ text: a.text ?? '', weight: weightToPercent(a.weight), feedback: fromLocalized(a.feedback) })) : [],
    caseSensitive: q.caseSensitive ?? false,
    numericAnswers:
      q.type === 'numeric'
        ? answers.map((a) => ({ value: String(a.value ?? ''), tolerance: String(a.tolerance ?? 0), weight: weightToPercent(a.weight), feedback: fromLocalized(a.feedback) }))
        : [],
    pairs: (q.pairs ?? []).map((p) => ({ left: fromLocalized(p.left), right: fromLocalized(p.right) })),
    distractors: (q.distractors ?? []).map(fromLocalized),
    items: (q.items ?? []).map(fromLocalized),
    graderInfo: fromLocalized(q.graderInfo),
    responseTemplate: fromLocalized(q.responseTemplate),
  };
}

// ---- scoring rules shown to the author ---------------------------------------------

/**
 * What the weights of the form add up to and whether that fits the type's rule
 * (the same rules the API checks), so the editor can say it before saving.
 * - single_choice: exactly one option worth 100 %.
 * - multiple_choice: the positive weights add up to 100 % (choosing every right option earns the points; negative weights subtract).
 * - scenario: the best response worth 100 %; others earn partial credit.
 * - short_answer, numeric: at least one answer worth 100 %; the first matching answer gives its weight.
 * - matching, ordering: equal credit per pair / item in place.
 */
export interface WeightSummary {
  /** Sum of the positive weights, in percent. */
  positiveSum: number;
  /** Options / answers worth 100 %. */
  full: number;
  /** The best a response can earn, in percent (capped at 100 by the scoring). */
  best: number;
  ok: boolean;
  /** Points per correct pair (matching) or item in place (ordering). */
  perPart?: number;
}

const FULL = (percent: number) => Math.abs(percent - 100) < 0.01;

export function weightSummary(form: QuestionForm): WeightSummary {
  const points = parseNumber(form.points);
  const percents = (() => {
    switch (form.type) {
      case 'single_choice':
      case 'multiple_choice':
      case 'scenario':
        return form.options.map((o) => percentToWeight(o.weight) * 100);
      case 'short_answer':
        return form.shortAnswers.map((a) => percentToWeight(a.weight) * 100);
      case 'numeric':
        return form.numericAnswers.map((a) => percentToWeight(a.weight) * 100);
      default:
        return [];
    }
  })().map((p) => (Number.isFinite(p) ? p : 0));
  const positiveSum = round(percents.filter((p) => p > 0).reduce((a, b) => a + b, 0));
  const full = percents.filter(FULL).length;
  const best = percents.length ? round(Math.max(0, ...percents)) : 0;
  switch (form.type) {
    case 'single_choice':
      return { positiveSum, full, best, ok: full === 1 };
    case 'multiple_choice':
      return { positiveSum, full, best: Math.min(100, positiveSum), ok: Math.abs(positiveSum - 100) < 0.01 };
    case 'scenario':
    case 'short_answer':
    case 'numeric':
      return { positiveSum, full, best, ok: full >= 1 };
    case 'matching':
      return { positiveSum, full, best: 100, ok: form.pairs.length >= 2, perPart: perPart(points, form.pairs.length) };
    case 'ordering':
      return { positiveSum, full, best: 100, ok: form.items.length >= 2, perPart: perPart(points, form.items.length) };
    default:
      return { positiveSum, full, best: 100, ok: true };
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const perPart = (points: number, parts: number) => (Number.isFinite(points) && parts > 0 ? round(points / parts) : undefined);

/** Points an option or answer of this weight (percent) earns, never below 0 (Moodle: a question never scores below zero). */
export function pointsForPercent(points: string, percent: string): number | undefined {
  const p = parseNumber(points);
  const w = percentToWeight(percent);
  if (!Number.isFinite(p) || !Number.isFinite(w)) return undefined;
  return round(p * w);
}

// ---- tags --------------------------------------------------------------------------

const FOLD: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe' };

/** "Prawa człowieka" → "prawa-czlowieka": the API's tags are lower-case ASCII slugs (the same rule as src/modules/questions/tags.ts). */
export function slugifyTag(text: string): string {
  return text
    .replace(/[łŁøØđĐßæÆœŒ]/g, (c) => FOLD[c])
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Tags used in the bank, for suggestions, in alphabetical order. */
export function bankTags(questions: { tags?: string[] }[]): string[] {
  return [...new Set(questions.flatMap((q) => q.tags ?? []))].sort();
}
