import { FieldProblem, inputIdFor, mapFieldErrors } from '../common/field-errors';
import type { QuestionForm } from './question-form';

/** An element id for an API path: `options[1].weight` → `q-options-1-weight` (the editor's inputs share the page with others). */
export function inputId(path: string): string {
  return `q-${inputIdFor(path)}`;
}

/**
 * The error messages by the API path of the input they belong to ('' holds those that
 * fit none): a path with no input of its own (`prompt`, a rule on `options[0].text`) goes
 * to its Polish text, else to the group around it.
 */
export function placeErrors(errors: FieldProblem[], fields: readonly string[]): Record<string, string[]> {
  const pathOf = new Map(fields.map((field) => [inputIdFor(field), field]));
  const polish: Record<string, string> = {};
  for (const field of fields) if (field.endsWith('.pl')) polish[inputIdFor(field.slice(0, -3))] = inputIdFor(field);
  const { byInput, unmatched } = mapFieldErrors(errors, [...pathOf.keys()], polish);
  const placed: Record<string, string[]> = {};
  for (const [id, messages] of Object.entries(byInput)) placed[pathOf.get(id)!] = messages;
  for (const error of unmatched) (placed[''] ??= []).push(...(error.messages ?? (error.message ? [error.message] : [])));
  return placed;
}

const LANGS = ['pl', 'en', 'uk'] as const;
const texts = (path: string) => LANGS.map((l) => `${path}.${l}`);

/** The API path of every input (and of every group of inputs) the editor shows for this form. */
export function formFields(form: QuestionForm): string[] {
  const fields = ['type', 'name', ...texts('prompt'), 'points', 'tags', ...texts('feedback')];
  const rows = (group: string, count: number, parts: (row: string) => string[]) => {
    fields.push(group);
    for (let i = 0; i < count; i++) fields.push(...parts(`${group}[${i}]`));
  };
  if (form.type === 'scenario') fields.push(...texts('situation'));
  switch (form.type) {
    case 'scenario':
    case 'single_choice':
    case 'multiple_choice':
      rows('options', form.options.length, (o) => [...texts(`${o}.text`), `${o}.weight`, ...texts(`${o}.feedback`)]);
      break;
    case 'true_false':
      fields.push('correct', ...texts('feedbackTrue'), ...texts('feedbackFalse'));
      break;
    case 'short_answer':
      rows('answers', form.shortAnswers.length, (a) => [`${a}.text`, `${a}.weight`, ...texts(`${a}.feedback`)]);
      fields.push('caseSensitive');
      break;
    case 'numeric':
      rows('answers', form.numericAnswers.length, (a) => [`${a}.value`, `${a}.tolerance`, `${a}.weight`, ...texts(`${a}.feedback`)]);
      break;
    case 'matching':
      rows('pairs', form.pairs.length, (p) => [...texts(`${p}.left`), ...texts(`${p}.right`)]);
      rows('distractors', form.distractors.length, (d) => texts(d));
      break;
    case 'ordering':
      rows('items', form.items.length, (item) => texts(item));
      break;
    case 'essay':
      fields.push(...texts('graderInfo'), ...texts('responseTemplate'));
      break;
  }
  return fields;
}
