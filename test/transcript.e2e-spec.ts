import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bearer, TestApp } from './support/test-app';
import { buildReportWorld, ReportWorld } from './support/report-world';

const run = promisify(execFile);

/** GET /users/:id/transcript and its PDF, against the world of support/report-world.ts. */
describe('transcript', () => {
  let t: TestApp;
  let w: ReportWorld;
  let dir: string;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    w = await buildReportWorld(t);
    dir = await mkdtemp(join(tmpdir(), 'mosty-transcript-'));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const pdfOf = (userId: string, token: string) =>
    t.http
      .get(`/api/v1/users/${userId}/transcript.pdf`)
      .set(bearer(token))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);

  it('lists every enrollment with its attempts, best score and certificate', async () => {
    const res = await t.http.get(`/api/v1/users/${w.o1.id}/transcript`).set(bearer(w.o1.token)).expect(200);
    const body = res.body;
    expect(body.user).toMatchObject({ id: w.o1.id, fullName: 'Łukasz Żółć', email: w.o1.email, institutionId: w.a.id, unitId: w.u1, unitName: 'Jednostka RPA' });
    expect(body.enrollments).toHaveLength(2);
    const [c1, c2] = [w.c1, w.c2].map((c) => body.enrollments.find((e: { courseId: string }) => e.courseId === c.courseId));
    expect(c1).toMatchObject({ id: w.e.c1[0], status: 'completed', bestScore: 100, courseTitle: { pl: 'Komunikacja z cudzoziemcami' } });
    expect(c1.attempts).toEqual([
      expect.objectContaining({ id: w.attempts.o1, number: 1, status: 'graded', graded: true, score: 4, maxScore: 4, percent: 100, passed: true }),
    ]);
    expect(c1.attempts[0].submittedAt).toBeTruthy();
    expect(c1.certificate).toMatchObject({ status: 'valid', courseId: w.c1.courseId });
    expect(c1.certificate.number).toMatch(/^MOS-\d{4}-\d{6}$/);
    expect(c2).toMatchObject({ status: 'completed', bestScore: null, attempts: [], certificate: expect.objectContaining({ number: 'MOS-TEST-1', status: 'valid' }) });
    expect(body.certificates.map((c: { number: string }) => c.number).sort()).toEqual([c1.certificate.number, 'MOS-TEST-1'].sort());
    // No answers, results or keys on a transcript.
    expect(JSON.stringify(body)).not.toMatch(/"(answers|results|layout|correct)"/);
  });

  it('shows overdue, expired and in-progress enrollments as GET /enrollments does', async () => {
    const o2 = (await t.http.get(`/api/v1/users/${w.o2.id}/transcript`).set(bearer(w.a.coordinator.token)).expect(200)).body;
    const status = (courseId: string) => o2.enrollments.find((e: { courseId: string }) => e.courseId === courseId).status;
    expect(status(w.c1.courseId)).toBe('in_progress');
    expect(status(w.c2.courseId)).toBe('overdue');
    expect(o2.enrollments.find((e: { courseId: string }) => e.courseId === w.c1.courseId)).toMatchObject({ bestScore: 25, attempts: [expect.objectContaining({ percent: 25, passed: false })] });
    expect(o2.certificates).toEqual([expect.objectContaining({ number: 'MOS-TEST-4', status: 'revoked' })]);
    const o3 = (await t.http.get(`/api/v1/users/${w.o3.id}/transcript`).set(bearer(w.admin)).expect(200)).body;
    expect(o3.enrollments.map((e: { status: string }) => e.status).sort()).toEqual(['expired', 'overdue']);
    expect(o3.certificates).toEqual([expect.objectContaining({ number: 'MOS-TEST-3', status: 'expired' })]);
  });

  it('is the officer’s own, their institution admin’s and an admin’s; anyone else finds nobody (404)', async () => {
    const path = `/api/v1/users/${w.o1.id}/transcript`;
    for (const token of [w.o1.token, w.a.coordinator.token, w.admin]) await t.http.get(path).set(bearer(token)).expect(200);
    for (const token of [w.o2.token, w.a.trainer.token, w.b.coordinator.token, w.b.officer.token]) {
      await t.http.get(path).set(bearer(token)).expect(404);
      await t.http.get(`${path.replace('transcript', 'transcript.pdf')}`).set(bearer(token)).expect(404);
    }
    await t.http.get(`/api/v1/users/not-a-uuid/transcript`).set(bearer(w.admin)).expect(400);
  });

  it('renders as a PDF with the officer’s name in Polish letters', async () => {
    const res = await pdfOf(w.o1.id, w.o1.token);
    expect(res.headers['content-type']).toContain('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = join(dir, 'o1.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    expect(stdout).toContain('Łukasz Żółć');
    expect(stdout).toContain('Komunikacja z cudzoziemcami');
    expect(stdout).toContain('MOS-TEST-1');
    expect(stdout).toContain('ukończone');
  });

  it('prints a Cyrillic name too', async () => {
    const res = await pdfOf(w.o4.id, w.a.coordinator.token);
    const file = join(dir, 'o4.pdf');
    await writeFile(file, res.body as Buffer);
    expect((await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout).toContain('Olena Шевченко');
  });
});
