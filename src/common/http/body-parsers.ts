import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import { PROBLEM_CONTENT_TYPE, problemBody } from './problem';

/** Roster CSVs and question-bank files arrive as raw text (or, for rosters, multipart). */
export const FILE_BODY_LIMIT_BYTES = 10 * 1024 * 1024;
/** Lessons' Markdown, questions and essays: the bodies that carry a trainer's or trainee's prose. */
export const PROSE_BODY_LIMIT_BYTES = 1024 * 1024;
/** Every other body is a small form: logins, users, assignments (1,000 user ids are 39 kB). */
export const DEFAULT_BODY_LIMIT_BYTES = 100 * 1024;
export const TEXT_CONTENT_TYPES = ['text/csv', 'text/plain', 'application/xml', 'text/xml', 'application/octet-stream'];

/** The limit of a request's body, by its path (first match wins); the default for the rest. */
const ROUTE_LIMITS: [RegExp, number][] = [
  [/^\/api\/v1\/institutions\/[^/]+\/users\/import$/, FILE_BODY_LIMIT_BYTES],
  [/^\/api\/v1\/question-banks\/[^/]+\/import$/, FILE_BODY_LIMIT_BYTES],
  [/^\/api\/v1\/(courses|question-banks|questions|attempts)(\/|$)/, PROSE_BODY_LIMIT_BYTES],
];

export function bodyLimitOf(path: string): number {
  return ROUTE_LIMITS.find(([pattern]) => pattern.test(path))?.[1] ?? DEFAULT_BODY_LIMIT_BYTES;
}

const parsersFor = (limit: number): RequestHandler[] => [
  express.json({ limit, type: ['application/json', 'application/*+json'] }),
  express.text({ limit, type: TEXT_CONTENT_TYPES, defaultCharset: 'utf-8' }),
];
const parsersByLimit = new Map([FILE_BODY_LIMIT_BYTES, PROSE_BODY_LIMIT_BYTES, DEFAULT_BODY_LIMIT_BYTES].map((limit) => [limit, parsersFor(limit)]));

/**
 * Parses JSON and text bodies up to the route's limit (a body over it is a 413 before any
 * handler runs, so nothing changes). body-parser fails before Nest's exception filters
 * run, so its errors (malformed JSON, too large, bad charset) become problem
 * responses here. Registered as Nest middleware after the request logger, so
 * these requests are logged with their request id too.
 */
export function parseBody(req: Request & { id?: string }, res: Response, next: NextFunction): void {
  const parsers = parsersByLimit.get(bodyLimitOf(req.originalUrl.split('?')[0]))!;
  const run = (index: number) => {
    if (index === parsers.length) return next();
    parsers[index](req, res, (err?: unknown) => (err ? sendBodyProblem(err, req, res, next) : run(index + 1)));
  };
  run(0);
}

function sendBodyProblem(err: unknown, req: Request & { id?: string }, res: Response, next: NextFunction): void {
  const { status, type, limit } = err as { status?: number; type?: string; limit?: number };
  if (typeof status !== 'number' || status < 400 || status >= 500) return next(err);
  const body =
    type === 'entity.parse.failed'
      ? problemBody('malformed-json', 'The request body is not valid JSON')
      : type === 'entity.too.large'
        ? problemBody('body-too-large', `The request body is larger than this route accepts (${limit} bytes)`)
        : type === 'charset.unsupported' || type === 'encoding.unsupported'
          ? problemBody('unsupported-encoding', 'The charset or content encoding of the body is not supported')
          : problemBody('bad-body', 'The request body could not be read');
  res
    .status(body.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ ...body, instance: req.originalUrl.split('?')[0], requestId: req.id }));
}
