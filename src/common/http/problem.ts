import { HttpException, HttpStatus } from '@nestjs/common';

/** One field that failed validation: `pairs[0].left`, with what is wrong with it. */
export interface FieldError {
  field: string;
  messages: string[];
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Stable problem type URIs that clients may switch on. */
export const problemType = (slug: string) => `urn:mosty:problem:${slug}`;

/**
 * An RFC 9457 problem raised by the domain: a stable `code` (the type's slug),
 * a human detail, and optional extension members.
 */
export class Problem extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: string,
    detail: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail, status);
  }
}
