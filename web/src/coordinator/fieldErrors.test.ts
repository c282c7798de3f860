import { describe, expect, it } from 'vitest';
import { ProblemError } from '../api/problem';
import { fieldErrors } from './fieldErrors';

describe('fieldErrors', () => {
  it('puts validation messages next to the form fields, the others under ""', () => {
    const error = new ProblemError(400, {
      errors: [
        { field: 'email', messages: ['email must be an email'] },
        { field: 'password', messages: ['too short', 'too simple'] },
        { field: 'target', message: 'give exactly one' },
      ],
    });
    expect(fieldErrors(error, ['email', 'password'])).toEqual({ email: 'email must be an email', password: 'too short; too simple', '': 'give exactly one' });
  });

  it('gives a duplicate e-mail to the e-mail field', () => {
    const error = new ProblemError(409, { type: 'urn:mosty:problem:duplicate-email', detail: 'A user with this e-mail address already exists' });
    expect(fieldErrors(error, ['email'])).toEqual({ email: 'A user with this e-mail address already exists' });
  });

  it('has nothing to say about other errors', () => {
    expect(fieldErrors(new Error('x'), ['email'])).toEqual({});
    expect(fieldErrors(new ProblemError(404, { detail: 'User not found' }), ['email'])).toEqual({});
  });
});
