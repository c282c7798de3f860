import { inputIdFor } from '../common/field-errors';

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
