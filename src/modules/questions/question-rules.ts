import type { ChoiceOption, LocalizedText, QuestionDefinition } from './question-definition';

export interface RuleViolation {
  field: string;
  message: string;
}

/** Moodle writes thirds as 33.33333 %: sums of weights are compared with this slack. */
const EPSILON = 1e-4;
const isFull = (weight: number) => Math.abs(weight - 1) < EPSILON;

/**
 * The rules of each question type beyond field shapes (which the DTOs check):
 * what makes a question answerable and its key consistent. Pure, so importers and
 * the API apply exactly the same rules.
 */
export function questionRuleViolations(q: QuestionDefinition): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const fail = (field: string, message: string) => violations.push({ field, message });

  if (q.tags && new Set(q.tags).size !== q.tags.length) fail('tags', 'tags must not repeat');

  switch (q.type) {
    case 'single_choice': {
      const full = q.options.filter((o) => isFull(o.weight)).length;
      if (full !== 1) fail('options', `exactly one option must be worth 100% (weight 1); found ${full}`);
      distinctTexts(q.options.map((o) => o.text), 'options', 'option texts', fail);
      break;
    }
    case 'scenario': {
      if (!q.options.some((o) => isFull(o.weight))) fail('options', 'the best response must be worth 100% (weight 1)');
      distinctTexts(q.options.map((o) => o.text), 'options', 'responses', fail);
      break;
    }
    case 'multiple_choice': {
      const positive = sumPositive(q.options);
      if (Math.abs(positive - 1) > EPSILON) fail('options', `the positive weights must add up to 1; they add up to ${round(positive)}`);
      distinctTexts(q.options.map((o) => o.text), 'options', 'option texts', fail);
      break;
    }
    case 'short_answer': {
      if (!q.answers.some((a) => isFull(a.weight))) fail('answers', 'at least one answer must be worth 100% (weight 1)');
      const key = (text: string) => (q.caseSensitive ? text.trim() : text.trim().toLocaleLowerCase('pl'));
      if (new Set(q.answers.map((a) => key(a.text))).size !== q.answers.length) fail('answers', 'accepted answers must differ');
      break;
    }
    case 'numeric':
      if (!q.answers.some((a) => isFull(a.weight))) fail('answers', 'at least one answer must be worth 100% (weight 1)');
      break;
    case 'matching': {
      distinctTexts(q.pairs.map((p) => p.left), 'pairs', 'left-hand sides', fail);
      distinctTexts(q.pairs.map((p) => p.right).concat(q.distractors ?? []), 'pairs', 'right-hand sides and distractors', fail);
      break;
    }
    case 'ordering':
      distinctTexts(q.items, 'items', 'items', fail);
      break;
    case 'true_false':
    case 'essay':
      break;
  }
  return violations;
}

function sumPositive(options: ChoiceOption[]): number {
  return options.reduce((sum, o) => sum + Math.max(0, o.weight), 0);
}

function distinctTexts(texts: LocalizedText[], field: string, what: string, fail: (field: string, message: string) => void): void {
  const normalized = texts.map((t) => t.pl.trim().toLocaleLowerCase('pl'));
  if (new Set(normalized).size !== normalized.length) fail(field, `${what} must all differ`);
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;
