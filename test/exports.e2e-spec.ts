import { parse } from 'csv-parse/sync';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ExpireExportsHandler } from '../src/modules/exports/export-jobs.handlers';
import { ExportRunner } from '../src/modules/exports/export-runner';
import { publishCourse } from './support/courses';
import { exportsApi, xlsxRows } from './support/exports';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

type World = Awaited<ReturnType<typeof createInstitutionWithPeople>>;

/** Names a coordinator's Excel must show as they are: Polish and Ukrainian letters, formulas that must not run, a separator inside a cell. */
const OFFICERS = [
  { slug: 'pl', fullName: 'Zażółć Gęślą Jaźń ąęłńóśźż' },
  { slug: 'uk', fullName: 'Олена Ковальчук-Їжак' },
  { slug: 'link', fullName: '=HYPERLINK("http://evil.test","klik")' },
  { slug: 'plus', fullName: '+1' },
  { slug: 'minus', fullName: '-1' },
  { slug: 'at', fullName: '@SUM(A1:A2)' },
  { slug: 'semi', fullName: 'Nowak; Jan' },
];

const PL_HEADER = ['Funkcjonariusz', 'E-mail', 'Jednostka', 'Kurs', 'Status', 'Przydzielono', 'Termin', 'Ukończono', 'Najlepszy wynik (%)'];

describe('streamed exports', () => {
  let t: TestApp;
  let admin: string;
  let police: World;
  let guard: World;
  let courseId: string;
  const officers = new Map<string, { id: string; email: string }>();

  const { post, get, download, finished } = exportsApi(() => t);
  const exportCount = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM report_export`))[0].n);

  beforeAll(async () => {
    t = await TestApp.start({ worker: true, env: { PUBLIC_BASE_URL: 'https://mosty.example.org' } });
    admin = await t.adminToken();
    police = await createInstitutionWithPeople(t, admin, 'KMP');
    guard = await createInstitutionWithPeople(t, admin, 'SG', 'border_guard');
    ({ courseId } = await publishCourse(t, police.trainer.token, { title: 'Łączność radiowa' }));
    for (const { slug, fullName } of OFFICERS) {
      const email = `${slug}.kmp@mosty.test`;
      const res = await t.http
        .post('/api/v1/users')
        .set(bearer(admin))
        .send({ email, fullName, role: 'officer', password: PASSWORD, institutionId: police.id, unitId: police.unitId })
        .expect(201);
      officers.set(slug, { id: res.body.id, email });
    }
    await t.http
      .post('/api/v1/assignments')
      .set(bearer(police.coordinator.token))
      .send({ courseId, institutionId: police.id, dueAt: new Date(Date.now() + 30 * 86400_000).toISOString() })
      .expect(201);
    // One late (due three and a half days ago), one completed with a best score of 87.5 %.
    await t.dataSource.query(`UPDATE enrollment SET due_at = now() - interval '3 days 12 hours' WHERE user_id = $1`, [officers.get('pl')!.id]);
    await t.dataSource.query(`UPDATE enrollment SET status = 'completed', completed_at = now() WHERE user_id = $1`, [officers.get('uk')!.id]);
    await t.dataSource.query(
      `INSERT INTO module_progress (enrollment_id, module_id, status, best_percent)
       SELECT e.id, gen_random_uuid(), 'completed', 87.5 FROM enrollment e WHERE e.user_id = $1`,
      [officers.get('uk')!.id],
    );
  });

  afterAll(async () => {
    await t?.close();
  });

  let csvExport: Record<string, any>;
  let csvRows: string[][];

  it('queues a CSV export (202), the same Idempotency-Key answering the same export, and writes it: queued → ready with its rows', async () => {
    const body = { kind: 'completion', institutionId: police.id, format: 'csv', separator: ';' };
    const first = await post(police.coordinator.token, body, 'export-key-1').expect(202);
    expect(first.body).toMatchObject({ status: 'queued', kind: 'completion', format: 'csv', rows: 0 });
    const again = await post(police.coordinator.token, body, 'export-key-1').expect(202);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(await exportCount()).toBe(1);

    csvExport = await finished(police.coordinator.token, first.body.id);
    // The officers above and the institution's own officer: an institution assignment enrolls officers only.
    expect(csvExport).toMatchObject({ status: 'ready', rows: OFFICERS.length + 1 });
    expect(csvExport.downloadUrl).toBe(`https://mosty.example.org/api/v1/reports/exports/${csvExport.id}/download`);
    expect(Date.parse(csvExport.expiresAt) - Date.parse(csvExport.createdAt)).toBe(24 * 3600_000);
  });

  it('CSV bytes: UTF-8 BOM, `;` separator, Polish header, letters intact, formula cells neutralised, quoting, decimal comma', async () => {
    const res = await download(police.coordinator.token, csvExport.id).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename=completion-KMP-${csvExport.createdAt.slice(0, 10)}.csv`);
    const bytes: Buffer = res.body;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.slice(1).split('\r\n')[0]).toBe(PL_HEADER.join(';'));
    // Formula-looking names start with a quote; a cell holding quotes or the separator is quoted.
    expect(text).toContain(`\r\n"'=HYPERLINK(""http://evil.test"",""klik"")";`);
    expect(text).toContain(`\r\n'+1;`);
    expect(text).toContain(`\r\n'-1;`);
    expect(text).toContain(`\r\n'@SUM(A1:A2);`);
    expect(text).toContain(`\r\n"Nowak; Jan";`);

    csvRows = parse(text.slice(1), { delimiter: ';' }) as string[][];
    expect(csvRows[0]).toEqual(PL_HEADER);
    const byEmail = new Map(csvRows.slice(1).map((r) => [r[1], r]));
    const pl = byEmail.get('pl.kmp@mosty.test')!;
    expect(pl.slice(0, 5)).toEqual(['Zażółć Gęślą Jaźń ąęłńóśźż', 'pl.kmp@mosty.test', 'Jednostka KMP', 'Łączność radiowa', 'overdue']);
    expect(pl[6]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const uk = byEmail.get('uk.kmp@mosty.test')!;
    expect([uk[0], uk[4], uk[8]]).toEqual(['Олена Ковальчук-Їжак', 'completed', '87,5']);
    expect(uk[7]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(byEmail.get('plus.kmp@mosty.test')![0]).toBe(`'+1`);
    expect(byEmail.get('at.kmp@mosty.test')![4]).toBe('assigned');
  });

  it('records each download in the audit log', async () => {
    const events = await t.dataSource.query(
      `SELECT actor_id, institution_id, after FROM audit_event WHERE action = 'export.downloaded' AND entity_id = $1`,
      [csvExport.id],
    );
    expect(events).toEqual([{ actor_id: police.coordinator.id, institution_id: police.id, after: expect.objectContaining({ kind: 'completion', format: 'csv', rows: 8 }) }]);
  });

  it('XLSX read back with exceljs holds the same rows as the CSV, times as dates, numbers as numbers', async () => {
    const queued = await post(admin, { kind: 'completion', institutionId: police.id, format: 'xlsx' }).expect(202);
    expect(await finished(admin, queued.body.id)).toMatchObject({ status: 'ready', rows: 8 });
    const res = await download(admin, queued.body.id).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=completion-KMP-\d{4}-\d{2}-\d{2}\.xlsx$/);

    const rows = await xlsxRows(res.body);
    const asCsv = (v: unknown) =>
      v === undefined || v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 16).replace('T', ' ') : typeof v === 'number' ? String(v).replace('.', ',') : String(v);
    expect(rows.map((r) => PL_HEADER.map((_, i) => asCsv(r[i])))).toEqual(csvRows);
    const uk = rows.find((r) => r[1] === 'uk.kmp@mosty.test')!;
    expect(uk[8]).toBe(87.5);
    expect(uk[7]).toBeInstanceOf(Date);
  });

  it('another rows kind: overdue holds only the late enrollment, with whole days late, comma-separated in English for an English speaker', async () => {
    await t.dataSource.query(`UPDATE "user" SET locale = 'en' WHERE id = $1`, [police.coordinator.id]);
    const queued = await post(police.coordinator.token, { kind: 'overdue', institutionId: police.id, format: 'csv' }).expect(202);
    expect(await finished(police.coordinator.token, queued.body.id)).toMatchObject({ status: 'ready', rows: 1 });
    const text = (await download(police.coordinator.token, queued.body.id).expect(200)).body.toString('utf8').slice(1);
    const [header, row, ...rest] = parse(text) as string[][];
    expect(header).toEqual(['Officer', 'E-mail', 'Unit', 'Course', 'Status', 'Due', 'Days late']);
    // The course's English title (the test course has one), as the requester reads English.
    expect([row[0], row[1], row[3], row[4], row[6]]).toEqual(['Zażółć Gęślą Jaźń ąęłńóśźż', 'pl.kmp@mosty.test', 'Course', 'assigned', '3']);
    expect(rest).toEqual([]);
    await t.dataSource.query(`UPDATE "user" SET locale = 'pl' WHERE id = $1`, [police.coordinator.id]);
  });

  it('a certificates export holds the certificates report\'s rows: number, expiry, days left', async () => {
    await t.dataSource.query(
      `INSERT INTO certificate (enrollment_id, user_id, course_id, course_version, institution_id, number, verification_code, holder_name, course_title, issued_at, expires_at, status)
       SELECT e.id, e.user_id, e.course_id, e.course_version, e.institution_id, 'MOS-2026-000777', md5(e.id::text), u.full_name, c.title, now(), now() + interval '10 days 1 hour', 'valid'
         FROM enrollment e JOIN "user" u ON u.id = e.user_id JOIN course c ON c.id = e.course_id WHERE e.user_id = $1`,
      [officers.get('uk')!.id],
    );
    const queued = await post(police.coordinator.token, { kind: 'certificates', institutionId: police.id, format: 'csv', filters: { expiringWithinDays: 30 } }).expect(202);
    expect(await finished(police.coordinator.token, queued.body.id)).toMatchObject({ status: 'ready', rows: 1 });
    const [header, row] = parse((await download(police.coordinator.token, queued.body.id).expect(200)).body.toString('utf8').slice(1)) as string[][];
    expect(header).toEqual(['Funkcjonariusz', 'E-mail', 'Jednostka', 'Kurs', 'Numer zaświadczenia', 'Wydano', 'Ważne do', 'Status', 'Pozostało dni']);
    expect([row[0], row[3], row[4], row[7], row[8]]).toEqual(['Олена Ковальчук-Їжак', 'Łączność radiowa', 'MOS-2026-000777', 'valid', '10']);
  });

  it.each(['competencies', 'transcripts'])('writes a %s export (none graded yet: the header only)', async (kind) => {
    const queued = await post(police.coordinator.token, { kind, institutionId: police.id, format: 'xlsx' }).expect(202);
    expect(await finished(police.coordinator.token, queued.body.id)).toMatchObject({ status: 'ready', rows: 0 });
  });

  it('scoping: another institution sees 404 on status, download and request; officers and trainers 403', async () => {
    await get(guard.coordinator.token, `/${csvExport.id}`).expect(404);
    await get(guard.coordinator.token, `/${csvExport.id}/download`).expect(404);
    await post(guard.coordinator.token, { kind: 'completion', institutionId: police.id, format: 'csv' }).expect(404);
    await post(admin, { kind: 'completion', institutionId: '00000000-0000-4000-8000-000000000000', format: 'csv' }).expect(404);
    for (const token of [police.officer.token, police.trainer.token]) {
      await post(token, { kind: 'completion', institutionId: police.id, format: 'csv' }).expect(403);
      await get(token, `/${csvExport.id}`).expect(403);
      await get(token, `/${csvExport.id}/download`).expect(403);
    }
    const refused = [guard.coordinator.id, police.officer.id, police.trainer.id];
    expect(await t.dataSource.query(`SELECT id FROM audit_event WHERE action = 'export.downloaded' AND actor_id = ANY($1::uuid[])`, [refused])).toEqual([]);
  });

  it('bad input is a 400 problem and writes nothing', async () => {
    const before = await exportCount();
    for (const body of [
      { kind: 'salaries', institutionId: police.id, format: 'csv' },
      { kind: 'completion', institutionId: police.id, format: 'pdf' },
      { kind: 'completion', institutionId: police.id, format: 'csv', separator: '|' },
      { kind: 'completion', institutionId: 'not-a-uuid', format: 'csv' },
      { kind: 'completion', institutionId: police.id, format: 'csv', filters: { courseId: 'x' } },
      { kind: 'completion', institutionId: police.id, format: 'csv', filters: { sql: 'DROP TABLE x' } },
    ]) {
      const res = await post(police.coordinator.token, body).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect(await exportCount()).toBe(before);
  });

  it('a rerun of a ready export does nothing; a rerun of a half-written one starts over', async () => {
    const runner = t.worker!.get(ExportRunner);
    const [before] = await t.dataSource.query(`SELECT finished_at, size_bytes FROM report_export WHERE id = $1`, [csvExport.id]);
    await runner.run(csvExport.id, true);
    const [after] = await t.dataSource.query(`SELECT status, finished_at, size_bytes FROM report_export WHERE id = $1`, [csvExport.id]);
    expect(after).toEqual({ status: 'ready', finished_at: before.finished_at, size_bytes: before.size_bytes });

    await t.dataSource.query(`UPDATE report_export SET status = 'running', rows_written = 3, finished_at = NULL WHERE id = $1`, [csvExport.id]);
    await runner.run(csvExport.id, true);
    expect((await get(police.coordinator.token, `/${csvExport.id}`).expect(200)).body).toMatchObject({ status: 'ready', rows: 8 });
    expect((await download(police.coordinator.token, csvExport.id).expect(200)).body.toString('utf8').slice(1)).toBe(
      csvRows.map((r) => r.map((c) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';')).join('\r\n') + '\r\n',
    );
  });

  it('an export whose file cannot be stored fails after its retries and shows the reason; it cannot be downloaded', async () => {
    // A file where the exports directory belongs: storing fails on every attempt.
    const exportsDir = join(t.config.storageDir, 'exports');
    await rm(exportsDir, { recursive: true, force: true });
    await writeFile(exportsDir, 'not a directory');
    try {
      const queued = await post(police.coordinator.token, { kind: 'completion', institutionId: police.id, format: 'csv' }).expect(202);
      const failed = await finished(police.coordinator.token, queued.body.id, 30_000);
      expect(failed).toMatchObject({ status: 'failed', failureReason: 'The file could not be stored' });
      expect(failed.downloadUrl).toBeUndefined();
      const res = await download(police.coordinator.token, queued.body.id).expect(409);
      expect(JSON.parse(res.body.toString())).toMatchObject({ type: 'urn:mosty:problem:export-not-ready', status: 409, exportStatus: 'failed' });
    } finally {
      await rm(exportsDir, { force: true });
      await mkdir(exportsDir);
    }
  });

  it('expiry removes the file and the row; until the job runs an expired export is already 404', async () => {
    const queued = await post(police.coordinator.token, { kind: 'overdue', institutionId: police.id, format: 'xlsx' }).expect(202);
    await finished(police.coordinator.token, queued.body.id);
    const file = join(t.config.storageDir, 'exports', `${queued.body.id}.xlsx`);
    expect(existsSync(file)).toBe(true);

    await t.dataSource.query(`UPDATE report_export SET expires_at = now() - interval '1 second' WHERE id = $1`, [queued.body.id]);
    await get(police.coordinator.token, `/${queued.body.id}`).expect(404);
    await get(police.coordinator.token, `/${queued.body.id}/download`).expect(404);
    await t.worker!.get(ExpireExportsHandler).handle();
    expect(existsSync(file)).toBe(false);
    expect(await t.dataSource.query(`SELECT id FROM report_export WHERE id = $1`, [queued.body.id])).toEqual([]);
    // Unexpired exports stay.
    await get(police.coordinator.token, `/${csvExport.id}`).expect(200);
  });
});
