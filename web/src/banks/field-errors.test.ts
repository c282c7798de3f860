import { describe, expect, it } from 'vitest';
import { formFields, inputId, placeErrors } from './field-errors';
import { emptyForm } from './question-form';

describe("the API's validation errors at the editor's inputs", () => {
  it('an API path names its input', () => {
    expect(inputId('options[1].weight')).toBe('q-options-1-weight');
    expect(inputId('prompt.pl')).toBe('q-prompt-pl');
    expect(inputId('answers[0].tolerance')).toBe('q-answers-0-tolerance');
  });

  it('every input of each type is known by its path', () => {
    expect(formFields(emptyForm('numeric'))).toEqual(expect.arrayContaining(['answers', 'answers[0].value', 'answers[0].tolerance', 'answers[0].weight', 'prompt.pl', 'points']));
    expect(formFields(emptyForm('scenario'))).toEqual(expect.arrayContaining(['situation.pl', 'options[2].text.uk', 'options[2].weight']));
    expect(formFields(emptyForm('matching'))).toEqual(expect.arrayContaining(['pairs[2].right.pl', 'distractors']));
    expect(formFields(emptyForm('short_answer'))).toEqual(expect.arrayContaining(['answers[0].text', 'caseSensitive']));
    expect(formFields(emptyForm('true_false'))).toEqual(expect.arrayContaining(['correct', 'feedbackFalse.en']));
    expect(formFields(emptyForm('ordering'))).toEqual(expect.arrayContaining(['items[1].pl']));
    expect(formFields(emptyForm('essay'))).toEqual(expect.arrayContaining(['graderInfo.pl', 'responseTemplate.uk']));
  });

  it('places each error at its field, the closest one, or the form', () => {
    const fields = formFields(emptyForm('single_choice'));
    const placed = placeErrors(
      [
        { field: 'options[1].weight', messages: ['weight must not be greater than 1'] },
        { field: 'prompt', messages: ['prompt should not be null or undefined'] },
        { field: 'options[0].text', messages: ['nested property text must be either object or array'] },
        { field: 'options', messages: ['exactly one option must be worth 100% (weight 1); found 2'] },
        { field: 'options[7].weight', messages: ['no such row'] },
        { field: 'body', message: 'a question must be a JSON object' },
        { field: 'points', messages: ['points must not be less than 0.01', 'points must be a number'] },
      ],
      fields,
    );
    expect(placed).toEqual({
      'options[1].weight': ['weight must not be greater than 1'],
      'prompt.pl': ['prompt should not be null or undefined'],
      'options[0].text.pl': ['nested property text must be either object or array'],
      options: ['exactly one option must be worth 100% (weight 1); found 2', 'no such row'],
      '': ['a question must be a JSON object'],
      points: ['points must not be less than 0.01', 'points must be a number'],
    });
  });
});
