import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import type { ProblemCode } from '../errors/problem-types';
import { PROBLEM_CONTENT_TYPE, problemBody, type ProblemBody } from './problem';

/**
 * The deepest JSON body accepted (the deepest DTO is 4 levels). A body nested thousands deep overflows
 * the stack of class-transformer and of any recursive walk, which answered 500.
 */
export const JSON_DEPTH_LIMIT = 32;
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
    if (index === parsers.length) {
      // Text bodies (rosters, question files) go to their importers, which report a bad byte with its position.
      const refused = typeof req.body === 'object' ? refusedContent(req.body) : undefined;
      return refused ? sendProblem(req, res, problemBody(refused.code, refused.detail)) : next();
    }
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
  sendProblem(req, res, body);
}

function sendProblem(req: Request & { id?: string }, res: Response, body: ProblemBody): void {
  res
    .status(body.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ ...body, instance: req.originalUrl.split('?')[0], requestId: req.id }));
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
export function refusedContent(body: unknown): { code: ProblemCode; detail: string } | undefined {
  const stack: [unknown, number][] = [[body, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (typeof node === 'string') {
      if (node.includes('\u0000')) return { code: 'nul-character', detail: 'The request body contains a NUL character (U+0000), which no text may hold' };
      if (LONE_SURROGATE.test(node)) return { code: 'malformed-text', detail: 'The request body contains a lone UTF-16 surrogate (like \\ud800), which is no character' };
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (depth >= JSON_DEPTH_LIMIT) return { code: 'body-too-deep', detail: `The request body is nested deeper than ${JSON_DEPTH_LIMIT} levels` };
    for (const [key, child] of Object.entries(node)) {
      if (RESERVED_KEYS.has(key)) return { code: 'reserved-key', detail: `The request body has a field named "${key}", which no request may have` };
      stack.push([key, depth + 1], [child, depth + 1]);
    }
  }
  return undefined;
}
