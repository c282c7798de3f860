import { ProblemCode, problemType, problemTypeOf } from '../errors/problem-types';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The RFC 9457 body of a catalogued code; `status` only for the catch-all codes that keep the status they were raised with. */
export function problemBody(code: ProblemCode, detail: string | undefined, extensions: Record<string, unknown> = {}, status?: number): ProblemBody {
  const entry = problemTypeOf(code);
  return { type: problemType(code), title: entry.title, status: status ?? entry.status, detail, ...extensions };
}
