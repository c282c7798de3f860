import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { titleOf } from './problem-details.filter';

type LoggedRequest = Request & { id?: string; log?: Logger };

const send = (req: LoggedRequest, res: Response, status: number, detail: string) =>
  res
    .status(status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ type: 'about:blank', title: titleOf(status), status, detail, instance: req.originalUrl.split('?')[0], requestId: req.id }));

/**
 * Last in Express's chain, for what Nest's own handlers never see: paths outside the API
 * prefix that nothing serves, and errors of the middleware before Nest's routes (the web
 * app's static files). Without them Express answers its own HTML page, which outside
 * NODE_ENV=production holds the stack trace.
 */
export function notFoundProblem(req: LoggedRequest, res: Response): void {
  send(req, res, 404, `Cannot ${req.method} ${req.path}`);
}

export function errorProblem(err: unknown, req: LoggedRequest, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(err);
  const status = (err as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) return void send(req, res, status, 'The request could not be read');
  req.log?.error({ err, requestId: req.id }, 'Unhandled error');
  send(req, res, 500, 'An unexpected error occurred');
}
