import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { ProblemCode } from '../errors/problem-types';
import { PROBLEM_CONTENT_TYPE, ProblemBody, problemBody } from './problem';

/** Postgres errors that mean the client sent something the schema refuses. */
const PG_CLIENT_ERRORS: Record<string, { code: ProblemCode; detail: string }> = {
  '23505': { code: 'conflict', detail: 'A record with the same unique value already exists' },
  '23503': { code: 'conflict', detail: 'The record refers to, or is referred to by, another record' },
  '23514': { code: 'constraint-violation', detail: 'The values break a rule of the data model' },
  '22P02': { code: 'bad-request', detail: 'A value has the wrong format' },
  // A NUL character in a query or path value (bodies are refused earlier, in body-parsers.ts).
  '22021': { code: 'nul-character', detail: 'A value contains a character no text may hold (U+0000)' },
  '22P05': { code: 'nul-character', detail: 'A value contains a character no text may hold (U+0000)' },
};

/**
 * The codes of Nest's own HTTP exceptions, by status: an unknown route (404), passport's guard
 * (401), a guard that says no (403), the throttler (429). Any other status keeps itself under
 * the catch-all `client-error` or `internal-error`.
 */
const NEST_CODES: Record<number, ProblemCode> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'body-too-large',
  415: 'unsupported-media-type',
  422: 'constraint-violation',
  429: 'rate-limited',
  503: 'service-unavailable',
};

/** Turns every error into an RFC 9457 problem with a catalogued type; nothing else (no stack trace) leaves the server. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    respondWithProblem(exception, ctx.getRequest(), ctx.getResponse());
  }
}

const logger = new Logger('Problem');

/** The filter's answer, also given by the routes answered outside Nest's pipeline (attempt-direct-routes.ts). */
export function respondWithProblem(exception: unknown, req: Request & { id?: unknown }, res: Response): void {
  const body = toProblem(exception);
  body.instance = req.originalUrl?.split('?')[0];
  if (req.id) body.requestId = String(req.id);
  if (body.status >= 500) {
    logger.error({ err: exception, requestId: req.id }, 'Unhandled error');
  }
  if (res.headersSent) return;
  const retryAfter = exception instanceof DomainError ? exception.extensions.retryAfterSeconds : undefined;
  if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
  res.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}

export function toProblem(exception: unknown): ProblemBody {
  if (exception instanceof DomainError) return problemBody(exception.code, exception.message, exception.extensions);
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
    const code = NEST_CODES[status] ?? (status >= 500 ? 'internal-error' : 'client-error');
    const detail = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : undefined;
    return problemBody(code, status === 429 ? 'Too many requests; try again later' : detail, {}, status);
  }
  if (exception instanceof QueryFailedError) {
    const mapped = PG_CLIENT_ERRORS[(exception.driverError as { code?: string })?.code ?? ''];
    if (mapped) return problemBody(mapped.code, mapped.detail);
  }
  return problemBody('internal-error', 'An unexpected error occurred');
}
