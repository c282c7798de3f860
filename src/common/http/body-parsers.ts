import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import { PROBLEM_CONTENT_TYPE, problemBody } from './problem';

export const JSON_BODY_LIMIT = '1mb';
/** Roster CSVs and question-bank files arrive as raw text. */
export const FILE_BODY_LIMIT_BYTES = 10 * 1024 * 1024;
export const TEXT_CONTENT_TYPES = ['text/csv', 'text/plain', 'application/xml', 'text/xml', 'application/octet-stream'];

const parsers: RequestHandler[] = [
  express.json({ limit: JSON_BODY_LIMIT, type: ['application/json', 'application/*+json'] }),
  express.text({ limit: FILE_BODY_LIMIT_BYTES, type: TEXT_CONTENT_TYPES, defaultCharset: 'utf-8' }),
];

/**
 * Parses JSON and text bodies. body-parser fails before Nest's exception filters
 * run, so its errors (malformed JSON, too large, bad charset) become problem
 * responses here. Registered as Nest middleware after the request logger, so
 * these requests are logged with their request id too.
 */
export function parseBody(req: Request & { id?: string }, res: Response, next: NextFunction): void {
  const run = (index: number) => {
    if (index === parsers.length) return next();
    parsers[index](req, res, (err?: unknown) => (err ? sendBodyProblem(err, req, res, next) : run(index + 1)));
  };
  run(0);
}

function sendBodyProblem(err: unknown, req: Request & { id?: string }, res: Response, next: NextFunction): void {
  const { status, type } = err as { status?: number; type?: string };
  if (typeof status !== 'number' || status < 400 || status >= 500) return next(err);
  const body =
    type === 'entity.parse.failed'
      ? problemBody('malformed-json', 'The request body is not valid JSON')
      : type === 'entity.too.large'
        ? problemBody('body-too-large', 'The request body is too large')
        : type === 'charset.unsupported' || type === 'encoding.unsupported'
          ? problemBody('unsupported-encoding', 'The charset or content encoding of the body is not supported')
          : problemBody('bad-body', 'The request body could not be read');
  res
    .status(body.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ ...body, instance: req.originalUrl.split('?')[0], requestId: req.id }));
}
