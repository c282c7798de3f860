import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The worker process renders PDFs on threads from the compiled build (npm test
 * builds first); under jest the sources render in-process. This runs the compiled
 * renderer as the worker does and reads the PDFs it makes.
 */
const RENDERER = join(__dirname, '..', 'dist', 'src', 'modules', 'certificates', 'pdf', 'pdf-renderer.js');

it('renders certificates on threads, each with its own holder and QR code', () => {
  const script = `
    const { PdfRenderer } = require(${JSON.stringify(RENDERER)});
    const renderer = new PdfRenderer();
    const before = renderer.threadCount;
    const names = ['Łukasz Żółć', 'Оксана Мельник', 'Grzegorz Brzęczyszczykiewicz', 'Andrij Kowalenko'];
    Promise.all(names.map((holderName, i) => renderer.render({
      holderName, courseTitle: { pl: 'Kompetencje międzykulturowe' }, institutionName: 'Straż Graniczna',
      issuedAt: new Date('2026-11-25T10:00:00Z'), expiresAt: null, number: 'MOS-2026-00000' + i,
      competencies: ['tlumacz'], verifyUrl: 'https://mosty.example.org/verify/code' + i,
    }))).then(async (pdfs) => {
      process.stdout.write(JSON.stringify({ before, threads: renderer.threadCount, pdfs: pdfs.map((p) => p.toString('base64')) }));
      await renderer.onModuleDestroy();
    });`;
  const { before, threads, pdfs } = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 30_000 }));
  // Started with the first page: a process that never renders (the API) has none.
  expect(before).toBe(0);
  expect(threads).toBeGreaterThanOrEqual(1);
  const dir = mkdtempSync(join(tmpdir(), 'mosty-threads-'));
  const texts = (pdfs as string[]).map((pdf, i) => {
    writeFileSync(join(dir, `${i}.pdf`), Buffer.from(pdf, 'base64'));
    return execFileSync('pdftotext', [join(dir, `${i}.pdf`), '-'], { encoding: 'utf8' });
  });
  expect(texts[0]).toContain('Łukasz Żółć');
  expect(texts[1]).toContain('Оксана Мельник');
  expect(texts[2]).toContain('Grzegorz Brzęczyszczykiewicz');
  texts.forEach((text, i) => expect(text).toContain(`MOS-2026-00000${i}`));
  execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', join(dir, '3.pdf'), join(dir, 'page')]);
  const png = execFileSync('sh', ['-c', `ls ${dir}/page*.png`], { encoding: 'utf8' }).trim();
  expect(execFileSync('zbarimg', ['--raw', '-q', png], { encoding: 'utf8' }).trim()).toBe('https://mosty.example.org/verify/code3');
});

it('finishes the pages its threads are rendering before it stops them, and renders later ones in-process', () => {
  // As at a worker's shutdown: the module is destroyed while jobs still wait for their pages.
  const script = `
    const { PdfRenderer } = require(${JSON.stringify(RENDERER)});
    const renderer = new PdfRenderer();
    const page = (i) => renderer.render({
      holderName: 'Oficer ' + i, courseTitle: { pl: 'Kurs' }, institutionName: 'KMP',
      issuedAt: new Date('2026-11-25T10:00:00Z'), expiresAt: null, number: 'MOS-2026-1000' + i,
      competencies: [], verifyUrl: 'https://mosty.example.org/verify/c' + i,
    });
    const inFlight = Array.from({ length: 8 }, (_, i) => page(i));
    const stopped = renderer.onModuleDestroy();
    Promise.all([...inFlight, page(9)]).then(async (pdfs) => {
      await stopped;
      process.stdout.write(JSON.stringify({ pages: pdfs.length, pdf: pdfs.every((p) => p.subarray(0, 5).toString() === '%PDF-'), threads: renderer.threadCount }));
    });`;
  const result = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30_000 }));
  expect(result).toEqual({ pages: 9, pdf: true, threads: 0 });
});
