// The API's validation errors (problem+json `errors[]`, each a field path such as
// `quiz.draws[0].count` or `options[1].weight`) placed next to the inputs that fix them.
// Every editor names its inputs by the path of the value they edit, so a path finds its
// input, or the nearest enclosing one.

/** One entry of a problem's `errors[]`: a field path such as `quiz.draws[0].count`, and what is wrong with it. */
export interface FieldProblem {
  field: string;
  message?: string;
  messages?: string[];
}

/** `quiz.draws[0].count` → `quiz-draws-0-count`: the id the editor gives the input for that path. */
export function inputIdFor(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean).join('-');
}

export interface MappedErrors {
  /** Messages per input id, for the inputs that exist on the page. */
  byInput: Record<string, string[]>;
  /** Errors with no input of their own here: shown above the form. */
  unmatched: FieldProblem[];
}

/**
 * Puts each API validation error next to its input: the input for the exact path, or else
 * for the nearest enclosing path that has one (`title.pl.x` → `title-pl`). `inputs` are the
 * ids the page rendered; `aliases` name the input of a path that has none of its own
 * (`quiz-draws-0`, a whole draw → its count).
 */
export function mapFieldErrors(errors: readonly FieldProblem[] | undefined, inputs: readonly string[], aliases: Record<string, string> = {}): MappedErrors {
  const known = new Set(inputs);
  const result: MappedErrors = { byInput: {}, unmatched: [] };
  for (const error of errors ?? []) {
    const messages = error.messages ?? (error.message ? [error.message] : []);
    const target = targetInput(error.field, known, aliases);
    if (target) (result.byInput[target] ??= []).push(...messages);
    else result.unmatched.push(error);
  }
  return result;
}

function targetInput(path: string, known: Set<string>, aliases: Record<string, string>): string | undefined {
  const parts = inputIdFor(path).split('-');
  for (let n = parts.length; n > 0; n--) {
    const id = parts.slice(0, n).join('-');
    const candidate = aliases[id] ?? id;
    if (known.has(candidate)) return candidate;
  }
  return undefined;
}
