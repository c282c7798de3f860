import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import { PROBLEM_CONTENT_TYPE, problemType } from './problem';
import { titleOf } from './problem-details.filter';

export const JSON_BODY_LIMIT = '1mb';
/**
 * The deepest JSON body accepted (the deepest DTO is 4 levels). A body nested thousands deep overflows
 * the stack of class-transformer and of any recursive walk, which answered 500.
 */
export const JSON_DEPTH_LIMIT = 32;
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
    if (index === parsers.length) {
      // Text bodies (rosters, question files) go to their importers, which report a bad byte with its position.
      const refused = typeof req.body === 'object' ? refusedContent(req.body) : undefined;
      return refused ? sendProblem(req, res, 400, refused.slug, refused.detail) : next();
    }
    parsers[index](req, res, (err?: unknown) => (err ? sendBodyProblem(err, req, res, next) : run(index + 1)));
  };
  run(0);
}

function sendBodyProblem(err: unknown, req: Request & { id?: string }, res: Response, next: NextFunction): void {
  const { status, type } = err as { status?: number; type?: string };
  if (typeof status !== 'number' || status < 400 || status >= 500) return next(err);
  const [slug, detail] =
    type === 'entity.parse.failed'
      ? ['malformed-json', 'The request body is not valid JSON']
      : type === 'entity.too.large'
        ? ['body-too-large', 'The request body is too large']
        : ['bad-body', 'The request body could not be read'];
  sendProblem(req, res, status, slug, detail);
}

function sendProblem(req: Request & { id?: string }, res: Response, status: number, slug: string, detail: string): void {
  res
    .status(status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ type: problemType(slug), title: titleOf(status), status, detail, instance: req.originalUrl.split('?')[0], requestId: req.id }));
}

/** Half of a surrogate pair without its other half: validator's isEmail threw a URIError on it (a 500). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Keys that reach objects' prototypes: class-transformer threw on `{"constructor": {…}}` (a 500). */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * What a parsed body holds that no handler may see: nesting deeper than JSON_DEPTH_LIMIT, a NUL
 * character, which PostgreSQL refuses in text and JSONB (that answered 500), a lone surrogate, or a key in
 * RESERVED_KEYS. Iterative, so that it cannot overflow the stack itself.
 */
export function refusedContent(body: unknown): { slug: string; detail: string } | undefined {
  const stack: [unknown, number][] = [[body, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (typeof node === 'string') {
      if (node.includes('\u0000')) return { slug: 'nul-character', detail: 'The request body contains a NUL character (U+0000), which no text may hold' };
      if (LONE_SURROGATE.test(node)) return { slug: 'malformed-text', detail: 'The request body contains a lone UTF-16 surrogate (like \\ud800), which is no character' };
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (depth >= JSON_DEPTH_LIMIT) return { slug: 'body-too-deep', detail: `The request body is nested deeper than ${JSON_DEPTH_LIMIT} levels` };
    for (const [key, child] of Object.entries(node)) {
      if (RESERVED_KEYS.has(key)) return { slug: 'reserved-key', detail: `The request body has a field named "${key}", which no request may have` };
      stack.push([key, depth + 1], [child, depth + 1]);
    }
  }
  return undefined;
}
