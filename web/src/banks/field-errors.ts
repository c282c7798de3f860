import type { QuestionForm } from './question-form';

/**
 * The API's validation errors (`options[1].weight`, `prompt.pl`, `answers`) placed at the
 * editor's inputs. Each input of the editor is named by the API path of the value it
 * edits, so a path finds its input; a path with no input of its own (`prompt`, a rule
 * on `options`) goes to the closest one: its Polish text, or the group around it.
 */

export interface ApiFieldError {
  field: string;
  message?: string;
  messages?: string[];
}

/** An element id for an API path: `options[1].weight` → `q-options-1-weight`. */
export function inputId(path: string): string {
  return `q-${path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}`;
}

/** The error messages by the field they belong to; '' holds those that fit no field. */
export function placeErrors(errors: ApiFieldError[], fields: Iterable<string>): Record<string, string[]> {
  const known = new Set(fields);
  const placed: Record<string, string[]> = {};
  for (const error of errors) {
    const target = closestField(error.field, known);
    const messages = error.messages ?? (error.message ? [error.message] : []);
    (placed[target] ??= []).push(...messages);
  }
  return placed;
}

function closestField(path: string, known: Set<string>): string {
  if (known.has(path)) return path;
  if (known.has(`${path}.pl`)) return `${path}.pl`;
  // Up the path: `options[1].text.en` → `options[1].text` → `options[1]` → `options`.
  let rest = path;
  while (rest) {
    const cut = Math.max(rest.lastIndexOf('.'), rest.lastIndexOf('['));
    if (cut <= 0) break;
    rest = rest.slice(0, cut);
    if (known.has(rest)) return rest;
    if (known.has(`${rest}.pl`)) return `${rest}.pl`;
  }
  return '';
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
