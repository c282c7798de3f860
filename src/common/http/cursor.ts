import { DomainError } from '../errors/domain-error';

/** A keyset position handed to clients as an opaque token: base64url of a JSON array. */
export function encodeCursor(position: (string | number)[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** The position a cursor carries, checked against `valid`; anything else is a 400 problem, never a database error. */
export function decodeCursor<T extends unknown[]>(cursor: string, valid: (position: unknown[]) => position is T): T {
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    position = undefined;
  }
  if (!Array.isArray(position) || !valid(position)) throw new DomainError('invalid-cursor', 'The cursor is not one this list handed out');
  return position;
}

export interface CursorPage<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}
