import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Paths the API answers itself; every other GET that wants HTML is the web app's (its router decides). */
const SERVER_PATHS = /^\/(?:api|health|verify|issuer|metrics|\.well-known|admin\/queues)(?:\/|$)/;

/** Where `npm run build` puts the web app: `dist/web` of the package, whether running from `src` (tests) or `dist`. */
export function webAppDirectory(from = __dirname): string | undefined {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) {
      const web = join(dir, 'dist', 'web');
      return existsSync(join(web, 'index.html')) ? web : undefined;
    }
  }
  return undefined;
}

/**
 * Serves the built web app at `/`: hashed assets cached for a year (a new build has new
 * names), `index.html` never cached, and the app's own paths (`/training/…`) answered with
 * `index.html` so a reload or a shared link opens the right page.
 */
export function serveWebApp(app: NestExpressApplication, dir: string): void {
  // The app's files are compressed (a phone on a weak connection loads a third of the bytes);
  // the API's answers are not: they are small, and the CPU goes to grading instead.
  // The API's requests skip both, rather than being wrapped for compression and looked up on disk.
  const appFilesOnly = (middleware: RequestHandler) => (req: Request, res: Response, next: NextFunction) =>
    SERVER_PATHS.test(req.path) ? next() : middleware(req, res, next);
  app.use(appFilesOnly(compression()));
  app.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, redirect: false }));
  app.use(appFilesOnly(express.static(dir, { index: false, redirect: false, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') })));
  const index = join(dir, 'index.html');
  // Only a navigation (a browser naming text/html) gets the app; a client that accepts
  // anything (curl, a script, no Accept header) gets the API's 404 problem for an unknown path.
  const wantsHtml = (req: Request) => /\btext\/html\b/.test(req.headers.accept ?? '');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_PATHS.test(req.path) || req.path.startsWith('/assets/') || !wantsHtml(req)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
