import ExcelJS from 'exceljs';
import { bearer, TestApp } from './test-app';

/**
 * The exports routes for a spec; `app` is read at each call, so a spec may build
 * this before its TestApp has started.
 */
export function exportsApi(app: () => TestApp) {
  const post = (token: string, body: object, key?: string) => {
    const req = app().http.post('/api/v1/reports/exports').set(bearer(token));
    return (key ? req.set('Idempotency-Key', key) : req).send(body);
  };
  const get = (token: string, path: string) => app().http.get(`/api/v1/reports/exports${path}`).set(bearer(token));
  /** The file as bytes, whatever its content type. */
  const download = (token: string, id: string) =>
    get(token, `/${id}/download`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  /** Polls the export until it leaves queued and running. */
  const finished = async (token: string, id: string, ms = 20_000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const res = await get(token, `/${id}`).expect(200);
      if (res.body.status === 'ready' || res.body.status === 'failed') return res.body;
      if (Date.now() > deadline) throw new Error(`export ${id} still ${res.body.status} after ${ms} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { post, get, download, finished };
}

/** The first sheet's rows of an XLSX file as exceljs reads them back (cells typed: strings, numbers, dates). */
export async function xlsxRows(file: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer, an ArrayBuffer: the file's bytes on one of their own.
  await workbook.xlsx.load(new Uint8Array(file).buffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
