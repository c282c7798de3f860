import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { ProblemCode } from '../errors/problem-types';
import { PROBLEM_CONTENT_TYPE, problemBody } from './problem';

type LoggedRequest = Request & { id?: string; log?: Logger };

const send = (req: LoggedRequest, res: Response, code: ProblemCode, detail: string, status?: number) => {
  const body = problemBody(code, detail, {}, status);
  res
    .status(body.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ ...body, instance: req.originalUrl.split('?')[0], requestId: req.id }));
};

/**
 * Last in Express's chain, for what Nest's own handlers never see: paths outside the API
 * prefix that nothing serves, and errors of the middleware before Nest's routes (the web
 * app's static files). Without them Express answers its own HTML page, which outside
 * NODE_ENV=production holds the stack trace.
 */
export function notFoundProblem(req: LoggedRequest, res: Response): void {
  send(req, res, 'not-found', `Cannot ${req.method} ${req.path}`);
}

export function errorProblem(err: unknown, req: LoggedRequest, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(err);
  const status = (err as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) return void send(req, res, status === 404 ? 'not-found' : 'client-error', 'The request could not be read', status);
  req.log?.error({ err, requestId: req.id }, 'Unhandled error');
  send(req, res, 'internal-error', 'An unexpected error occurred');
}
