import { describe, expect, it } from 'vitest';
import { inputIdFor, mapFieldErrors } from '../common/field-errors';
import { ProblemError } from '../api/problem';
import { publishErrorTarget, refusedForm, splitModulePath } from './fieldErrors';

describe('API validation errors next to their inputs', () => {
  it('turns a field path into the input id the editor uses', () => {
    expect(inputIdFor('quiz.draws[0].count')).toBe('quiz-draws-0-count');
    expect(inputIdFor('title.pl')).toBe('title-pl');
    expect(inputIdFor('passMarkPercent')).toBe('passMarkPercent');
  });

  it('puts each error at its input, the nearest enclosing one, an alias, or above the form', () => {
    const inputs = ['quiz-passMarkPercent', 'quiz-draws-0-count', 'quiz-draws-0-bankId', 'title-pl', 'quiz-questionIds'];
    const mapped = mapFieldErrors(
      [
        { field: 'quiz.passMarkPercent', messages: ['passMarkPercent must not be greater than 100'] },
        { field: 'quiz.draws[0].count', messages: ['count must not be less than 1', 'count must be an integer number'] },
        { field: 'title.pl.extra', message: 'nested' },
        { field: 'quiz.draws[0]', messages: ['the bank has 2 questions; the draw needs 5'] },
        { field: 'quiz.questionIds[3]', messages: ['question q no longer exists'] },
        { field: 'audience', messages: ['audience must be an array'] },
      ],
      inputs,
      { 'quiz-draws-0': 'quiz-draws-0-count' },
    );
    expect(mapped.byInput).toEqual({
      'quiz-passMarkPercent': ['passMarkPercent must not be greater than 100'],
      'quiz-draws-0-count': ['count must not be less than 1', 'count must be an integer number', 'the bank has 2 questions; the draw needs 5'],
      'title-pl': ['nested'],
      'quiz-questionIds': ['question q no longer exists'],
    });
    expect(mapped.unmatched.map((e) => e.field)).toEqual(['audience']);
  });

  it('no errors: nothing to show', () => {
    expect(mapFieldErrors(undefined, ['a'])).toEqual({ byInput: {}, unmatched: [] });
  });

  it('finds the module a publish error names', () => {
    expect(splitModulePath('modules[2].quiz.draws[0]')).toEqual({ moduleIndex: 2, rest: 'quiz.draws[0]' });
    expect(splitModulePath('modules[0].body')).toEqual({ moduleIndex: 0, rest: 'body' });
    expect(splitModulePath('modules')).toEqual({ rest: 'modules' });
  });
});

describe('where a publish error leads', () => {
  it('to the input that fixes it, in the module it names', () => {
    expect(publishErrorTarget('modules')).toEqual({ inputId: 'add-module-kind', kind: 'noModules' });
    expect(publishErrorTarget('modules[0].body')).toEqual({ moduleIndex: 0, inputId: 'body-pl', kind: 'noText' });
    expect(publishErrorTarget('modules[1].quiz')).toEqual({ moduleIndex: 1, inputId: 'quiz-questionIds', kind: 'noQuestions' });
    expect(publishErrorTarget('modules[1].quiz.draws[2]')).toEqual({ moduleIndex: 1, inputId: 'quiz-draws-2-count', kind: 'draw', index: 2 });
    expect(publishErrorTarget('modules[1].quiz.questionIds[0]')).toEqual({ moduleIndex: 1, inputId: 'quiz-questionIds', kind: 'question', index: 0 });
    expect(publishErrorTarget('modules[3].title.pl')).toEqual({ moduleIndex: 3, inputId: 'title-pl', kind: 'other' });
  });

  it('a refused form: errors at their inputs (prefixed to the form\'s ids), and the error above the form only for what no input shows', () => {
    const placed = new ProblemError(400, { type: 'urn:mosty:problem:validation', errors: [{ field: 'title.pl', messages: ['title is required'] }] });
    expect(refusedForm(placed, ['new-title-pl'], {}, 'new')).toEqual({ byInput: { 'new-title-pl': ['title is required'] }, unmatched: [], formError: undefined });
    const stray = new ProblemError(400, { type: 'urn:mosty:problem:validation', errors: [{ field: 'nowhere', messages: ['?'] }] });
    expect(refusedForm(stray, ['new-title-pl'], {}, 'new').formError).toBe(stray);
    const conflict = new ProblemError(409, { type: 'urn:mosty:problem:course-archived' });
    expect(refusedForm(conflict, ['title-pl']).formError).toBe(conflict);
    expect(refusedForm(null, ['title-pl'])).toEqual({ byInput: {}, unmatched: [], formError: undefined });
  });
});
