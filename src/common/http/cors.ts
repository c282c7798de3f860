import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { REFRESH_COOKIE_PATH } from './cookies';

const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE';
const ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key, X-Request-Id';
const EXPOSED_HEADERS = 'X-Request-Id, Retry-After, Content-Disposition';

/**
 * CORS for the origins CORS_ORIGINS names, exactly (no wildcard, no pattern). Every
 * other route authenticates with a bearer token, which a page of a listed origin
 * sends itself; only the refresh cookie's routes (/api/v1/auth) allow credentials,
 * so no other route ever answers a credentialed cross-origin request. An unlisted
 * origin gets no CORS header at all, and the browser keeps the answer from its page.
 */
export function corsFor(origins: string[]): RequestHandler | undefined {
  if (origins.length === 0) return undefined;
  const allowed = new Set(origins);
  return (req: Request, res: Response, next: NextFunction) => {
    // The answer depends on Origin whether or not it is allowed: caches must keep them apart.
    res.vary('Origin');
    const origin = req.headers.origin;
    const listed = origin !== undefined && allowed.has(origin);
    if (listed) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
      if (req.path === REFRESH_COOKIE_PATH || req.path.startsWith(`${REFRESH_COOKIE_PATH}/`)) {
        res.setHeader('Access-Control-Allow-Credentials', 'true');
      }
    }
    const preflight = req.method === 'OPTIONS' && origin !== undefined && req.headers['access-control-request-method'] !== undefined;
    if (!preflight) return next();
    if (listed) {
      res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
    }
    res.status(204).end();
  };
}
