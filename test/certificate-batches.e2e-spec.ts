import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { IssueCertificateHandler, RenderPdfHandler } from '../src/modules/certificates/certificate-jobs.handlers';
import { enroll, publishCourse } from './support/courses';
import { createUser } from './support/lesson-courses';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

/**
 * Issuance and rendering in batches: the jobs a worker runs at once share one transaction
 * (and, for PDFs, one read, one storage flush and one update). The handlers are driven
 * directly on the API app, where no worker or relay runs, so no job runs but the test's;
 * WORKER_CONCURRENCY 8 makes batches of four.
 */
describe('certificate jobs in batches', () => {
  let t: TestApp;
  let admin: string;
  let issue: IssueCertificateHandler;
  let render: RenderPdfHandler;
  /** Completed enrollments, by holder name. */
  const enrollments = new Map<string, string>();
  const idsOf = (names: string[]) => names.map((name) => enrollments.get(name)!);
  const certificatesOf = async (enrollmentIds: string[]) =>
    (await t.dataSource.query(
      `SELECT id, enrollment_id, number, holder_name, pdf_key, pdf_rendered_at FROM certificate WHERE enrollment_id = ANY($1) ORDER BY number`,
      [enrollmentIds],
    )) as { id: string; enrollment_id: string; number: string; holder_name: string; pdf_key: string | null; pdf_rendered_at: Date | null }[];
  const count = async (sql: string, params: unknown[]) => (await t.dataSource.query(sql, params))[0].n as number;
  const waitFor = async (what: string, probe: () => Promise<boolean>, ms = 10_000) => {
    const deadline = Date.now() + ms;
    while (!(await probe())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  const ISSUED = ['Łukasz Żółć', 'Оксана Мельник', 'Grzegorz Brzęczyszczykiewicz', 'Андрій Коваленко', 'Małgorzata Źdźbło', 'Jan Kowalski', 'Анна Шевченко', 'Ewa Wąsik', 'Piotr Łęcki', 'Zofia Ćwik'];
  const REFUSED_BATCH = ['Adam Nowak', 'Ірина Бойко', 'Kamil Żak', 'Olga Ślęzak'];

  beforeAll(async () => {
    t = await TestApp.start({ env: { WORKER_CONCURRENCY: '8', PUBLIC_BASE_URL: 'https://mosty.example.org' } });
    admin = await t.adminToken();
    const police = await createInstitutionWithPeople(t, admin, 'KMP');
    await createUser(t, admin, { email: 'autorka@mosty.test', role: 'trainer' });
    const trainer = (await t.login('autorka@mosty.test', PASSWORD)).accessToken;
    const { courseId } = await publishCourse(t, trainer, { title: 'Prawa człowieka w praktyce' });
    const names = [...ISSUED, ...REFUSED_BATCH];
    const userIds: string[] = [];
    for (const [i, fullName] of names.entries()) userIds.push(await createUser(t, admin, { email: `oficer${i}@mosty.test`, fullName, institutionId: police.id }));
    const ids = await enroll(t, admin, courseId, userIds);
    names.forEach((name, i) => enrollments.set(name, ids[i]));
    // Completed as grading leaves them; the issuance jobs are run by the tests.
    await t.dataSource.query(`UPDATE enrollment SET status = 'completed', completed_at = now() WHERE id = ANY($1)`, [ids]);
    issue = t.app.get(IssueCertificateHandler);
    render = t.app.get(RenderPdfHandler);
  }, 60_000);
  afterAll(() => t.close());

  it('issuance jobs delivered two and three times, in one batch and in concurrent ones, make one numbered certificate per enrollment', async () => {
    const ids = idsOf(ISSUED);
    // Each enrollment but the last twice in one batch and once more in another. The enrollments
    // are held locked until every batch waits on them, so the batches then race for the same rows.
    const first = ids.slice(0, -1);
    const deliveries = [...first.flatMap((id) => [id, id]), ...first];
    const blocker = new Client({ connectionString: t.config.databaseUrl });
    await blocker.connect();
    let delivered: Promise<unknown>;
    try {
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM enrollment WHERE id = ANY($1) FOR UPDATE`, [first]);
      delivered = Promise.all(deliveries.map((enrollmentId) => issue.handle({ enrollmentId })));
      await waitFor(
        'every batch to wait on the locked enrollments',
        async () => (await count(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`, [])) === Math.ceil(deliveries.length / 4),
      );
      await blocker.query('ROLLBACK');
    } finally {
      await blocker.end();
    }
    await delivered;
    // A replay after the fact, with the last enrollment's first delivery: it takes the next number.
    await Promise.all(ids.map((enrollmentId) => issue.handle({ enrollmentId })));

    const certificates = await certificatesOf(ids);
    expect(certificates.map((c) => c.enrollment_id).sort()).toEqual([...ids].sort());
    expect(new Set(certificates.map((c) => c.number)).size).toBe(ids.length);
    certificates.forEach((c) => expect(c.number).toMatch(/^MOS-\d{4}-\d{6}$/));
    expect(certificates.map((c) => c.holder_name).sort()).toEqual([...ISSUED].sort());
    // Numbers come from the sequence, consecutive: no replayed delivery took a number it did not use.
    const seqs = certificates.map((c) => Number(c.number.slice(-6)));
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0] + i));

    const certificateIds = certificates.map((c) => c.id);
    expect(await count(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'certificate.issued' AND entity_id = ANY($1)`, [certificateIds])).toBe(ids.length);
    const jobs: { job_id: string }[] = await t.dataSource.query(`SELECT job_id FROM outbox WHERE job_name = 'render-pdf' AND payload->>'certificateId' = ANY($1)`, [certificateIds]);
    expect(jobs.map((j) => j.job_id).sort()).toEqual(certificateIds.map((id) => `render-pdf-${id}`).sort());
  });

  it('an enrollment that cannot be certified fails its own job only, not the batch it shared', async () => {
    const ids = idsOf(REFUSED_BATCH);
    const refused = ids[1];
    await t.dataSource.query(`CREATE TABLE refused_enrollment (id uuid PRIMARY KEY)`);
    await t.dataSource.query(`INSERT INTO refused_enrollment VALUES ($1)`, [refused]);
    await t.dataSource.query(`CREATE FUNCTION refuse_certificate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF EXISTS (SELECT 1 FROM refused_enrollment WHERE id = NEW.enrollment_id) THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`);
    await t.dataSource.query(`CREATE TRIGGER certificate_refused BEFORE INSERT ON certificate FOR EACH ROW EXECUTE FUNCTION refuse_certificate()`);

    const results = await Promise.allSettled(ids.map((enrollmentId) => issue.handle({ enrollmentId })));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toMatch(/refused by the test/);
    expect((await certificatesOf(ids)).map((c) => c.enrollment_id).sort()).toEqual(ids.filter((id) => id !== refused).sort());
    expect(await count(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'certificate.issued' AND after->>'enrollmentId' = $1`, [refused])).toBe(0);

    // Its job's retry, once the cause is gone, issues it.
    await t.dataSource.query(`DELETE FROM refused_enrollment`);
    await issue.handle({ enrollmentId: refused });
    expect((await certificatesOf(ids)).map((c) => c.enrollment_id).sort()).toEqual([...ids].sort());
  });

  it('render jobs delivered twice in one batch store each PDF once, with its own holder; a replay changes nothing', async () => {
    const certificates = await certificatesOf(idsOf(ISSUED));
    const ids = certificates.map((c) => c.id);
    await Promise.all(ids.flatMap((certificateId) => [certificateId, certificateId]).map((certificateId) => render.handle({ certificateId })));
    const rendered = await certificatesOf(idsOf(ISSUED));
    rendered.forEach((c) => expect(c.pdf_key).toBe(`certificates/${c.id}.pdf`));

    await Promise.all(ids.map((certificateId) => render.handle({ certificateId })));
    expect(await certificatesOf(idsOf(ISSUED))).toEqual(rendered);

    const dir = mkdtempSync(join(tmpdir(), 'mosty-batch-'));
    for (const c of rendered.slice(0, 4)) {
      const res = await t.http.get(`/api/v1/certificates/${c.id}/pdf`).set(bearer(admin)).buffer(true).parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (chunk: Buffer) => chunks.push(chunk));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      }).expect(200);
      writeFileSync(join(dir, 'c.pdf'), res.body);
      const text = execFileSync('pdftotext', [join(dir, 'c.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain(c.holder_name);
      expect(text).toContain(c.number);
    }
    // The PDFs, and no temporary file, in the storage.
    expect(readdirSync(join(t.config.storageDir, 'certificates')).sort()).toEqual(rendered.map((c) => `${c.id}.pdf`).sort());
  });

  it('a certificate that cannot be rendered fails its own job only; the route answers 409 for it and 200 for the rest', async () => {
    const certificates = await certificatesOf(idsOf(REFUSED_BATCH));
    const broken = certificates[2];
    // A verification code too long for any QR code.
    await t.dataSource.query(`UPDATE certificate SET verification_code = repeat('x', 5000) WHERE id = $1`, [broken.id]);
    const results = await Promise.allSettled(certificates.map((c) => render.handle({ certificateId: c.id })));
    expect(results.map((r) => r.status)).toEqual(certificates.map((c) => (c.id === broken.id ? 'rejected' : 'fulfilled')));
    for (const c of await certificatesOf(idsOf(REFUSED_BATCH))) {
      expect(c.pdf_key).toBe(c.id === broken.id ? null : `certificates/${c.id}.pdf`);
      await t.http.get(`/api/v1/certificates/${c.id}/pdf`).set(bearer(admin)).expect(c.id === broken.id ? 409 : 200);
    }
  });
});
