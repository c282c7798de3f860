import type { components } from './schema';

/** The codes of the API's problem catalogue (its OpenAPI `ProblemType`): `attempt-open`, `deadline-passed`… */
export type ProblemCode = CodeOf<components['schemas']['ProblemType']>;
type CodeOf<Type> = Type extends `urn:mosty:problem:${infer Code}` ? Code : never;

/** An RFC 9457 problem the API answered with, as an Error the pages can show in words. */
export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  /** Validation problems: which field, and why. */
  errors?: { field: string; message?: string; messages?: string[] }[];
  [extension: string]: unknown;
}

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemBody,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ProblemError';
  }

  /** The last part of a Mosty problem type (`urn:mosty:problem:attempt-open` → `attempt-open`). */
  get code(): ProblemCode | undefined {
    return this.problem.type?.startsWith('urn:mosty:problem:') ? (this.problem.type.slice('urn:mosty:problem:'.length) as ProblemCode) : undefined;
  }
}

/** No answer at all: the network, not the API. */
export class OfflineError extends Error {
  constructor(cause: unknown) {
    super('The server could not be reached', { cause });
    this.name = 'OfflineError';
  }
}

/** Turns a non-2xx response into a ProblemError, whatever its body. */
export async function problemFrom(response: Response): Promise<ProblemError> {
  let body: ProblemBody = {};
  try {
    const parsed: unknown = await response.clone().json();
    if (parsed && typeof parsed === 'object') body = parsed as ProblemBody;
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  return new ProblemError(response.status, body);
}
