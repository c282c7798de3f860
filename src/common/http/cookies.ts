/** The routes a browser sends the refresh cookie to (the auth routes), and the only ones that allow credentials cross-origin. */
export const REFRESH_COOKIE_PATH = '/api/v1/auth';

import type { Request } from 'express';

/** The value of one cookie of the request, or undefined (no cookie parser: two cookies are read in all of Mosty). */
export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}
