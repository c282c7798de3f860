import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertValidKey, LocalDiskStorage, type FileStorage } from './file-storage';

/** Every file under `dir`, relative, sorted (temporary files included). */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('LocalDiskStorage', () => {
  let parent: string;
  let root: string;
  let storage: FileStorage;

  beforeEach(async () => {
    parent = await mkdtemp(join(tmpdir(), 'mosty-storage-'));
    root = join(parent, 'root');
    storage = new LocalDiskStorage(root);
  });

  afterEach(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('round-trips put, get and exists, creating the root on first write', async () => {
    expect(await storage.exists('a.pdf')).toBe(false);
    expect(await storage.get('a.pdf')).toBeNull();

    const data = Buffer.from('%PDF-1.7 Zażółć gęślą jaźń', 'utf8');
    await storage.put('a.pdf', data);

    expect(await storage.exists('a.pdf')).toBe(true);
    expect(await storage.get('a.pdf')).toEqual(data);
    expect(await readFile(join(root, 'a.pdf'))).toEqual(data);
    expect(await listFiles(root)).toEqual(['a.pdf']);
  });

  it('stores binary data byte for byte, including an empty file', async () => {
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    await storage.put('bin/all-bytes.bin', bytes);
    await storage.put('bin/empty.bin', Buffer.alloc(0));
    expect(await storage.get('bin/all-bytes.bin')).toEqual(bytes);
    expect(await storage.get('bin/empty.bin')).toEqual(Buffer.alloc(0));
    expect(await storage.exists('bin/empty.bin')).toBe(true);
  });

  it('creates the directories of nested keys', async () => {
    await storage.put('certificates/2026/11/MOS-2026-000123.pdf', Buffer.from('one'));
    await storage.put('certificates/2026/12/MOS-2026-000124.pdf', Buffer.from('two'));

    expect((await storage.get('certificates/2026/11/MOS-2026-000123.pdf'))?.toString()).toBe('one');
    expect((await storage.get('certificates/2026/12/MOS-2026-000124.pdf'))?.toString()).toBe('two');
    expect(await listFiles(root)).toEqual([
      'certificates/2026/11/MOS-2026-000123.pdf',
      'certificates/2026/12/MOS-2026-000124.pdf',
    ]);
  });

  it('reports directories and paths through files as absent', async () => {
    await storage.put('certificates/2026/a.pdf', Buffer.from('x'));
    expect(await storage.exists('certificates/2026')).toBe(false);
    expect(await storage.exists('certificates/2026/a.pdf/b')).toBe(false);
    expect(await storage.get('certificates/2026/a.pdf/b')).toBeNull();
  });

  it.each([
    ['..'],
    ['../escape.pdf'],
    ['a/../../escape.pdf'],
    ['a/..'],
    ['a..b'],
    ['a/b..'],
    ['./a.pdf'],
    ['a/./b.pdf'],
    ['/etc/passwd'],
    ['//server/share'],
    ['a//b.pdf'],
    ['a/'],
    [''],
    ['a\\..\\b.pdf'],
    ['C:/x.pdf'],
    ['a b.pdf'],
    ['zaświadczenie.pdf'],
    ['a\u0000b'],
    ['a?b'],
    ['~/x'],
    ['x'.repeat(513)],
  ])('refuses the key %j for put, get and exists', async (key) => {
    expect(() => assertValidKey(key)).toThrow(/Invalid storage key/);
    await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow(/Invalid storage key/);
    await expect(storage.get(key)).rejects.toThrow(/Invalid storage key/);
    await expect(storage.exists(key)).rejects.toThrow(/Invalid storage key/);
  });

  it('writes nothing outside its root, even for refused keys', async () => {
    await mkdir(root, { recursive: true });
    await writeFile(join(parent, 'outside.txt'), 'keep');
    await expect(storage.put('../outside.txt', Buffer.from('overwritten'))).rejects.toThrow();
    await expect(storage.put('../sibling/new.txt', Buffer.from('new'))).rejects.toThrow();
    expect(await readFile(join(parent, 'outside.txt'), 'utf8')).toBe('keep');
    expect((await readdir(parent)).sort()).toEqual(['outside.txt', 'root']);
  });

  it('accepts keys of letters, digits, /, _, . and -', async () => {
    for (const key of ['a', 'A-Z_0.9', 'certificates/2026/MOS-2026-000123.pdf', '.hidden', 'a.b.c', 'x'.repeat(512)]) {
      expect(() => assertValidKey(key)).not.toThrow();
    }
    await storage.put('a.b/.hidden_file-1.txt', Buffer.from('ok'));
    expect((await storage.get('a.b/.hidden_file-1.txt'))?.toString()).toBe('ok');
  });

  it('overwrites by rename: the new content replaces the old, no temporary file remains', async () => {
    await storage.put('certificates/a.pdf', Buffer.from('first version'));
    await storage.put('certificates/a.pdf', Buffer.from('second'));
    expect((await storage.get('certificates/a.pdf'))?.toString()).toBe('second');
    expect(await listFiles(root)).toEqual(['certificates/a.pdf']);
  });

  it('never shows a reader a partial file while the key is overwritten concurrently', async () => {
    const big = Buffer.alloc(4 * 1024 * 1024, 'a');
    const small = Buffer.alloc(64 * 1024, 'b');
    await storage.put('race.bin', big);

    const reads: Array<Promise<Buffer | null>> = [];
    const writes: Array<Promise<void>> = [];
    for (let i = 0; i < 20; i++) {
      writes.push(storage.put('race.bin', i % 2 ? big : small));
      reads.push(storage.get('race.bin'), storage.get('race.bin'));
    }
    await Promise.all(writes);
    for (const read of await Promise.all(reads)) {
      expect(read).not.toBeNull();
      // Exactly one of the two versions: never empty, cut short or mixed.
      expect(read!.equals(big) || read!.equals(small)).toBe(true);
    }
    expect(await listFiles(root)).toEqual(['race.bin']);
  });

  it('removes its temporary file when the write fails', async () => {
    await storage.put('taken/inner.pdf', Buffer.from('x'));
    // `taken` is a directory: renaming the temporary file onto it fails.
    await expect(storage.put('taken', Buffer.from('y'))).rejects.toThrow();
    expect(await listFiles(root)).toEqual(['taken/inner.pdf']);
  });

  it('putAll stores every file, in one directory or several, and leaves no temporary file', async () => {
    const files = [
      { key: 'certificates/a.pdf', data: Buffer.from('a') },
      { key: 'certificates/b.pdf', data: Buffer.from('b') },
      { key: 'exports/2026/c.csv', data: Buffer.from('c') },
    ];
    await storage.putAll(files);
    for (const { key, data } of files) expect(await storage.get(key)).toEqual(data);
    expect(await listFiles(root)).toEqual(['certificates/a.pdf', 'certificates/b.pdf', 'exports/2026/c.csv']);
  });

  it('putAll checks every key before it writes anything', async () => {
    await expect(
      storage.putAll([
        { key: 'certificates/a.pdf', data: Buffer.from('a') },
        { key: '../escape.pdf', data: Buffer.from('x') },
      ]),
    ).rejects.toThrow(/Invalid storage key/);
    expect(await storage.exists('certificates/a.pdf')).toBe(false);
  });

  it('putAll fails when one file cannot be stored, keeps the others whole, and leaves no temporary file', async () => {
    await storage.put('taken/inner.pdf', Buffer.from('x'));
    await expect(
      storage.putAll([
        { key: 'ok.pdf', data: Buffer.from('ok') },
        { key: 'taken', data: Buffer.from('y') },
      ]),
    ).rejects.toThrow();
    expect((await storage.get('ok.pdf'))?.toString()).toBe('ok');
    expect(await listFiles(root)).toEqual(['ok.pdf', 'taken/inner.pdf']);
  });

  it('needs a root directory', () => {
    expect(() => new LocalDiskStorage('')).toThrow();
  });
});

describe('LocalDiskStorage files and streams', () => {
  let parent: string;
  let storage: FileStorage;

  beforeEach(async () => {
    parent = await mkdtemp(join(tmpdir(), 'mosty-storage-'));
    storage = new LocalDiskStorage(join(parent, 'root'));
  });

  afterEach(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('putFile stores a file byte for byte, openRead streams it with its size, remove deletes it', async () => {
    const source = join(parent, 'export.csv');
    const data = Buffer.concat([Buffer.from('\ufeffImię;Miasto\n', 'utf8'), Buffer.alloc(3 * 1024 * 1024, 'x')]);
    await writeFile(source, data);
    await storage.putFile('exports/a.csv', source);

    const opened = await storage.openRead('exports/a.csv');
    expect(opened?.size).toBe(data.length);
    const chunks: Buffer[] = [];
    for await (const chunk of opened!.stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(data)).toBe(true);
    expect(await listFiles(join(parent, 'root'))).toEqual(['exports/a.csv']);

    await storage.remove('exports/a.csv');
    expect(await storage.openRead('exports/a.csv')).toBeNull();
    await expect(storage.remove('exports/a.csv')).resolves.toBeUndefined();
  });

  it('putFile leaves no temporary file when the source is missing, and checks the key', async () => {
    await expect(storage.putFile('exports/b.csv', join(parent, 'missing.csv'))).rejects.toThrow();
    expect(await listFiles(join(parent, 'root'))).toEqual([]);
    await expect(storage.putFile('../b.csv', join(parent, 'missing.csv'))).rejects.toThrow(/Invalid storage key/);
    await expect(storage.openRead('../b.csv')).rejects.toThrow(/Invalid storage key/);
    await expect(storage.remove('../b.csv')).rejects.toThrow(/Invalid storage key/);
  });
});
