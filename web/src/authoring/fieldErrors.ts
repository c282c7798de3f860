import { ProblemError } from '../api/problem';
import { inputIdFor, mapFieldErrors, type MappedErrors } from '../common/field-errors';

/**
 * A refused save of one of the editor's forms: the API's field errors at the form's inputs
 * (`prefix` names the form's ids when its paths are the body's: `title.pl` → `new-title-pl`),
 * and `formError`, the error to show above the form when some of it has no input to stand at.
 */
export function refusedForm(error: unknown, inputs: readonly string[], aliases: Record<string, string> = {}, prefix?: string): MappedErrors & { formError?: unknown } {
  const problem = error instanceof ProblemError ? error.problem : undefined;
  const errors = prefix ? problem?.errors?.map((e) => ({ ...e, field: `${prefix}.${e.field}` })) : problem?.errors;
  const mapped = mapFieldErrors(errors, inputs, aliases);
  return { ...mapped, formError: error && (mapped.unmatched.length > 0 || !problem?.errors) ? error : undefined };
}

/** The publish check names modules by index (`modules[2].quiz.draws[0]`): which module, and the rest of the path. */
export function splitModulePath(path: string): { moduleIndex?: number; rest: string } {
  const match = /^modules\[(\d+)\]\.?(.*)$/.exec(path);
  return match ? { moduleIndex: Number(match[1]), rest: match[2] } : { rest: path };
}

export type PublishProblemKind = 'noModules' | 'noText' | 'noQuestions' | 'draw' | 'question' | 'other';

/**
 * Where a publish check's error leads: the module it names (by index, as the check
 * walks them in order), the input that fixes it, and what kind of problem it is (for its words).
 */
export function publishErrorTarget(field: string): { moduleIndex?: number; inputId: string; kind: PublishProblemKind; index?: number } {
  const { moduleIndex, rest } = splitModulePath(field);
  if (moduleIndex === undefined) return { inputId: 'add-module-kind', kind: field === 'modules' ? 'noModules' : 'other' };
  let match: RegExpExecArray | null;
  if (rest === 'body' || rest.startsWith('body.')) return { moduleIndex, inputId: 'body-pl', kind: 'noText' };
  if (rest === 'quiz') return { moduleIndex, inputId: 'quiz-questionIds', kind: 'noQuestions' };
  if ((match = /^quiz\.draws\[(\d+)\]/.exec(rest))) return { moduleIndex, inputId: `quiz-draws-${match[1]}-count`, kind: 'draw', index: Number(match[1]) };
  if ((match = /^quiz\.questionIds\[(\d+)\]/.exec(rest))) return { moduleIndex, inputId: 'quiz-questionIds', kind: 'question', index: Number(match[1]) };
  return { moduleIndex, inputId: inputIdFor(rest) || 'title-pl', kind: 'other' };
}
