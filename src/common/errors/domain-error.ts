import { ProblemCode, problemTypeOf } from './problem-types';

/** One field that failed validation: `pairs[0].left`, with what is wrong with it. */
export interface FieldError {
  field: string;
  messages: string[];
}

/**
 * A refusal raised by the domain — by a service, a guard or the worker — with a code of the
 * catalogue, a human detail and optional extension members. It knows nothing of HTTP: the
 * problem-details filter turns it into a response with the code's status.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ProblemCode,
    detail: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'DomainError';
  }

  get status(): number {
    return problemTypeOf(this.code).status;
  }
}

/** Fields that are missing, unknown or invalid: a `validation` problem listing each one. */
export class ValidationProblem extends DomainError {
  constructor(readonly errors: FieldError[]) {
    super('validation', 'The request has fields that are missing, unknown or invalid', { errors });
  }
}
