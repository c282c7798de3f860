import { ProblemCode, ProblemError } from '../api/problem';

/** Problem codes that are about one field of a form, though the API sends them as a whole-request problem. */
const FIELD_OF_CODE: Partial<Record<ProblemCode, string>> = {
  'duplicate-email': 'email',
  'duplicate-code': 'code',
  'unknown-unit': 'unitId',
};

/**
 * The messages of a refused form, by field (`email`, `fullName`…), for showing next to
 * the inputs; the fields the form does not have go under `''`, to be shown above it.
 */
export function fieldErrors(error: unknown, fields: readonly string[]): Record<string, string> {
  if (!(error instanceof ProblemError)) return {};
  const byField: Record<string, string> = {};
  const add = (field: string, message: string) => {
    const key = fields.includes(field) ? field : '';
    byField[key] = byField[key] ? `${byField[key]}; ${message}` : message;
  };
  for (const e of error.problem.errors ?? []) add(e.field, e.messages?.join('; ') ?? e.message ?? '');
  const field = error.code ? FIELD_OF_CODE[error.code] : undefined;
  if (field && fields.includes(field)) add(field, error.problem.detail ?? error.problem.title ?? error.message);
  return byField;
}
