import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { PROBLEM_CONTENT_TYPE, Problem, ProblemBody, problemType } from './problem';
import { ValidationProblem } from './validation';

/** Postgres errors that mean the client sent something the schema refuses. */
const PG_CLIENT_ERRORS: Record<string, { status: number; code: string; detail: string }> = {
  '23505': { status: HttpStatus.CONFLICT, code: 'conflict', detail: 'A record with the same unique value already exists' },
  '23503': { status: HttpStatus.CONFLICT, code: 'conflict', detail: 'The record refers to, or is referred to by, another record' },
  '23514': { status: HttpStatus.UNPROCESSABLE_ENTITY, code: 'constraint-violation', detail: 'The values break a rule of the data model' },
  '22P02': { status: HttpStatus.BAD_REQUEST, code: 'bad-request', detail: 'A value has the wrong format' },
  // A NUL character in a query or path value (bodies are refused earlier, in body-parsers.ts).
  '22021': { status: HttpStatus.BAD_REQUEST, code: 'nul-character', detail: 'A value contains a character no text may hold (U+0000)' },
  '22P05': { status: HttpStatus.BAD_REQUEST, code: 'nul-character', detail: 'A value contains a character no text may hold (U+0000)' },
};

/** Turns every error into an RFC 9457 problem; nothing else (no stack trace) leaves the server. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request & { id?: string }>();
    const res = ctx.getResponse<Response>();
    const body = this.toProblem(exception);
    body.instance = req.originalUrl?.split('?')[0];
    if (req.id) body.requestId = String(req.id);
    if (body.status >= 500) {
      this.logger.error({ err: exception, requestId: req.id }, 'Unhandled error');
    }
    if (res.headersSent) return;
    if (exception instanceof HttpException) {
      const retryAfter = (exception as Problem).extensions?.retryAfterSeconds;
      if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
    }
    res.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  private toProblem(exception: unknown): ProblemBody {
    if (exception instanceof ValidationProblem) {
      return {
        type: problemType('validation'),
        title: 'Validation failed',
        status: 400,
        detail: 'The request has fields that are missing, unknown or invalid',
        errors: exception.errors,
      };
    }
    if (exception instanceof Problem) {
      return {
        type: problemType(exception.code),
        title: titleOf(exception.getStatus()),
        status: exception.getStatus(),
        detail: exception.message,
        ...exception.extensions,
      };
    }
    if (exception instanceof ThrottlerException) {
      return { type: problemType('rate-limited'), title: titleOf(429), status: 429, detail: 'Too many requests; try again later' };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
      return {
        type: 'about:blank',
        title: titleOf(status),
        status,
        detail: Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : undefined,
      };
    }
    if (exception instanceof QueryFailedError) {
      const mapped = PG_CLIENT_ERRORS[(exception.driverError as { code?: string })?.code ?? ''];
      if (mapped) return { type: problemType(mapped.code), title: titleOf(mapped.status), status: mapped.status, detail: mapped.detail };
    }
    return { type: 'about:blank', title: titleOf(500), status: 500, detail: 'An unexpected error occurred' };
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function titleOf(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}
