import { execFileSync } from 'node:child_process';
import { chmodSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** The uid and gid PostgreSQL's programs run as, when they cannot run as the current user. */
export interface ServerUser {
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root. As root (Docker, CI) its programs run as
 * the existing unprivileged user `nobody`; no user is ever created on the host.
 * Undefined when the current user can run them itself.
 */
export function serverUser(): ServerUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const id = (flag: '-u' | '-g') => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('The embedded PostgreSQL cannot run as root and there is no user `nobody` to run it as: run the demo as an ordinary user, or set DATABASE_URL.');
  }
}

/**
 * Lets `user` reach `dir`: adds the search (x) permission for others to `dir`
 * and every ancestor that `user` could not traverse otherwise (a project under
 * /root, a 0700 temporary directory). Only traversal: nothing becomes listable.
 */
export function makeTraversable(dir: string, user: ServerUser): void {
  for (let current = dir; ; current = dirname(current)) {
    const { mode, uid, gid } = statSync(current);
    const traversable = uid === user.uid ? mode & 0o100 : gid === user.gid ? mode & 0o010 : mode & 0o001;
    if (!traversable) chmodSync(current, (mode & 0o7777) | 0o001);
    if (dirname(current) === current) return;
  }
}
