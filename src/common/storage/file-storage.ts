import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type FileHandle, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where generated files (certificate PDFs, exports) are kept, by key such as
 * `certificates/2026/0f3c….pdf`. Callers depend only on this interface: an S3-compatible
 * object store (keys map one to one to object keys; `put` is a PutObject, which is atomic there)
 * can implement it later without touching them.
 */
export interface FileStorage {
  /** Stores `data` under `key`, replacing what was there; readers never see a partial file. */
  put(key: string, data: Buffer): Promise<void>;
  /** Stores several files as `put` does each; cheaper than a `put` per file where a store can share its flushes. */
  putAll(files: { key: string; data: Buffer }[]): Promise<void>;
  /** The stored bytes, or null when nothing is stored under `key`. */
  get(key: string): Promise<Buffer | null>;
  exists(key: string): Promise<boolean>;
  /** Stores the file at `sourcePath` under `key` as `put` does, without reading it into memory (exports of any size). */
  putFile(key: string, sourcePath: string): Promise<void>;
  /** The stored bytes as a stream with their size, or null when nothing is stored under `key`. */
  openRead(key: string): Promise<{ stream: Readable; size: number } | null>;
  /** Removes what is stored under `key`; nothing stored is not an error. */
  remove(key: string): Promise<void>;
}

const KEY_PATTERN = /^[A-Za-z0-9/_.-]+$/;
const MAX_KEY_LENGTH = 512;

/**
 * Throws unless `key` is a relative path of [A-Za-z0-9/_.-] characters with no `..` anywhere and
 * no empty or `.` segment: no traversal, no absolute paths, nothing a shell or an object store
 * would treat specially. The same rule suits S3 object keys.
 */
export function assertValidKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new Error(`Invalid storage key: must be 1 to ${MAX_KEY_LENGTH} characters`);
  }
  if (!KEY_PATTERN.test(key)) {
    throw new Error(`Invalid storage key ${JSON.stringify(key)}: only A-Z a-z 0-9 / _ . - are allowed`);
  }
  if (key.includes('..')) {
    throw new Error(`Invalid storage key ${JSON.stringify(key)}: ".." is not allowed`);
  }
  if (key.startsWith('/')) {
    throw new Error(`Invalid storage key ${JSON.stringify(key)}: must be relative`);
  }
  for (const segment of key.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') {
      throw new Error(`Invalid storage key ${JSON.stringify(key)}: empty or "." path segment`);
    }
  }
}

/**
 * Files under one root directory. `put` writes a temporary file (`.tmp-<pid>-<random>`) in the
 * target's directory, flushes it to disk and renames it over the target (atomic on one
 * filesystem), so a reader sees the old file or the new one, never a partial one, and a crash
 * cannot leave an empty file under the key. The temporary file is removed if the write fails.
 * The rename is made durable by flushing the directory; `putAll` flushes each directory once
 * for all its files.
 */
export class LocalDiskStorage implements FileStorage {
  private readonly root: string;

  constructor(rootDir: string) {
    if (!rootDir) throw new Error('LocalDiskStorage needs a root directory');
    this.root = resolve(rootDir);
  }

  put(key: string, data: Buffer): Promise<void> {
    return this.putAll([{ key, data }]);
  }

  async putAll(files: { key: string; data: Buffer }[]): Promise<void> {
    // Every key is checked before anything is written.
    const targets = files.map(({ key, data }) => ({ path: this.pathOf(key), data }));
    // All settle before a failure is reported, so no write goes on behind the caller's back.
    const failure = (await Promise.allSettled(targets.map(({ path, data }) => writeAtomically(path, data)))).find((r) => r.status === 'rejected');
    if (failure) throw failure.reason;
    await Promise.all([...new Set(targets.map(({ path }) => dirname(path)))].map(syncDir));
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (err) {
      if (isMissing(err)) return false;
      throw err;
    }
  }

  async putFile(key: string, sourcePath: string): Promise<void> {
    const target = this.pathOf(key);
    await writeAtomically(target, (file) => copyInto(sourcePath, file));
    await syncDir(dirname(target));
  }

  async openRead(key: string): Promise<{ stream: Readable; size: number } | null> {
    const path = this.pathOf(key);
    let handle: FileHandle;
    try {
      handle = await open(path, 'r');
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
    // The handle stays valid if the key is replaced or removed meanwhile: the reader gets the whole file it opened.
    const { size } = await handle.stat();
    return { stream: createReadStream('', { fd: handle, autoClose: true }), size };
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** Absolute path of a key; validates it and checks, as a second guard, that it stays under root. */
  private pathOf(key: string): string {
    assertValidKey(key);
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root.endsWith(sep) ? this.root : this.root + sep)) {
      throw new Error(`Invalid storage key ${JSON.stringify(key)}: outside the storage root`);
    }
    return path;
  }
}

/** Writes (`data`, or what `fill` writes into the file) and flushes a temporary file next to `target`, then renames it over `target`. */
async function writeAtomically(target: string, data: Buffer | ((file: FileHandle) => Promise<void>)): Promise<void> {
  const temp = join(dirname(target), `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    const file = await createFile(temp);
    try {
      if (Buffer.isBuffer(data)) await file.writeFile(data);
      else await data(file);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/** Copies `sourcePath` into an open file in chunks, so a file of any size takes no more memory than one chunk. */
async function copyInto(sourcePath: string, file: FileHandle): Promise<void> {
  for await (const chunk of createReadStream(sourcePath, { highWaterMark: 1024 * 1024 })) await file.write(chunk as Buffer);
}

/** A new file; its directories are made only when missing, which saves a call per file once they exist. */
async function createFile(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    await mkdir(dirname(path), { recursive: true });
    return open(path, 'wx');
  }
}

/** Makes the rename itself durable; best effort (some filesystems refuse fsync on a directory). */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // not fatal: the file is complete either way
  }
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  // ENOTDIR: a path segment of the key is a file (e.g. `a` stored, `a/b` asked for).
  return code === 'ENOENT' || code === 'ENOTDIR';
}
