import { ed25519 } from '@noble/curves/ed25519.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExpireCertificatesHandler, IssueCertificateHandler, RenderPdfHandler } from '../src/modules/certificates/certificate-jobs.handlers';
import { publishCourse } from './support/courses';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

const pdfText = (pdf: Buffer) => {
  const dir = mkdtempSync(join(tmpdir(), 'mosty-cert-'));
  writeFileSync(join(dir, 'c.pdf'), pdf);
  return { text: execFileSync('pdftotext', ['-layout', join(dir, 'c.pdf'), '-'], { encoding: 'utf8' }), dir };
};

describe('certificates', () => {
  let t: TestApp;
  let admin: string;
  let trainer: string;
  let police: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let guard: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let courseId: string;
  let lessonId: string;
  let holder: { id: string; token: string };
  let colleague: { id: string; token: string };
  let certificate: Record<string, any>;

  const api = (token: string, path: string) => t.http.get(`/api/v1${path}`).set(bearer(token));
  const assignAndComplete = async (officer: { id: string; token: string }) => {
    const res = await t.http
      .post('/api/v1/assignments')
      .set(bearer(admin))
      .send({ courseId, userIds: [officer.id], dueAt: new Date(Date.now() + 7 * 86400_000).toISOString() })
      .expect(201);
    const [enrollment] = (await api(officer.token, `/enrollments?courseId=${courseId}&status=assigned`).expect(200)).body.items;
    await api(officer.token, `/enrollments/${enrollment.id}/modules/${lessonId}`).expect(200);
    await t.http.post(`/api/v1/enrollments/${enrollment.id}/modules/${lessonId}/complete`).set(bearer(officer.token)).expect(200);
    return { enrollmentId: enrollment.id as string, created: res.body.enrollmentsCreated as number };
  };
  const waitFor = async <T>(what: string, probe: () => Promise<T | undefined>, ms = 15_000): Promise<T> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const certificateOf = (officer: { token: string }, enrollmentId: string) =>
    waitFor('the certificate', async () => {
      const items = (await api(officer.token, '/certificates').expect(200)).body.items;
      return items.find((c: { enrollmentId: string }) => c.enrollmentId === enrollmentId);
    });

  beforeAll(async () => {
    t = await TestApp.start({ worker: true, env: { VERIFY_RATE_LIMIT_PER_MINUTE: '40', PUBLIC_BASE_URL: 'https://mosty.example.org' } });
    admin = await t.adminToken();
    await t.http.post('/api/v1/users').set(bearer(admin)).send({ email: 'autorka@mosty.test', fullName: 'Autorka', role: 'trainer', password: PASSWORD }).expect(201);
    trainer = (await t.login('autorka@mosty.test', PASSWORD)).accessToken;
    police = await createInstitutionWithPeople(t, admin, 'KMP');
    guard = await createInstitutionWithPeople(t, admin, 'SM', 'municipal_guard');
    const course = await publishCourse(t, trainer, { title: 'Prawa człowieka w praktyce', lessons: 1 });
    courseId = course.courseId;
    lessonId = course.lessonIds[0];
    const officer = async (email: string, fullName: string) => {
      const res = await t.http.post('/api/v1/users').set(bearer(admin)).send({ email, fullName, role: 'officer', password: PASSWORD, institutionId: police.id }).expect(201);
      return { id: res.body.id as string, token: (await t.login(email, PASSWORD)).accessToken };
    };
    holder = await officer('lukasz.zolc@mosty.test', 'Łukasz Żółć');
    colleague = await officer('oksana@mosty.test', 'Оксана Мельник');
  }, 60_000);
  afterAll(() => t.close());

  it('completing the course issues one numbered certificate with an unguessable code, valid for the course’s months', async () => {
    const { enrollmentId } = await assignAndComplete(holder);
    certificate = await certificateOf(holder, enrollmentId);
    expect(certificate).toMatchObject({
      number: expect.stringMatching(/^MOS-\d{4}-\d{6}$/),
      userId: holder.id,
      courseId,
      enrollmentId,
      holderName: 'Łukasz Żółć',
      status: 'valid',
      verifyUrl: `https://mosty.example.org/verify/${certificate.verificationCode}`,
    });
    expect(certificate.verificationCode).toMatch(/^[A-Za-z0-9_-]{22}$/); // 128 random bits
    const issued = new Date(certificate.issuedAt);
    const expires = new Date(certificate.expiresAt);
    expect(expires.getUTCFullYear() * 12 + expires.getUTCMonth() - (issued.getUTCFullYear() * 12 + issued.getUTCMonth())).toBe(24);
  });

  it('replayed issuance and render jobs change nothing', async () => {
    const before = await t.dataSource.query(`SELECT id, number, verification_code, pdf_rendered_at FROM certificate`);
    await waitFor('the PDF', async () => ((await t.dataSource.query(`SELECT pdf_key FROM certificate WHERE id = $1`, [certificate.id]))[0].pdf_key ? true : undefined));
    const rendered = await t.dataSource.query(`SELECT pdf_rendered_at FROM certificate WHERE id = $1`, [certificate.id]);
    for (let i = 0; i < 3; i++) {
      await t.worker!.get(IssueCertificateHandler).handle({ enrollmentId: certificate.enrollmentId });
      await t.worker!.get(RenderPdfHandler).handle({ certificateId: certificate.id });
    }
    const after = await t.dataSource.query(`SELECT id, number, verification_code FROM certificate`);
    expect(after).toEqual(before.map(({ pdf_rendered_at: _, ...rest }: Record<string, unknown>) => rest));
    expect(await t.dataSource.query(`SELECT pdf_rendered_at FROM certificate WHERE id = $1`, [certificate.id])).toEqual(rendered);
  });

  it('the PDF holds the Polish name, the title and the number, and its QR code opens the verification page', async () => {
    const res = await api(holder.token, `/certificates/${certificate.id}/pdf`).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const { text, dir } = pdfText(res.body);
    expect(text).toContain('Łukasz Żółć');
    expect(text).toContain('Prawa człowieka w praktyce');
    expect(text).toContain(certificate.number);
    execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', join(dir, 'c.pdf'), join(dir, 'page')]);
    const png = execFileSync('sh', ['-c', `ls ${dir}/page*.png`], { encoding: 'utf8' }).trim();
    expect(execFileSync('zbarimg', ['--raw', '-q', png], { encoding: 'utf8' }).trim()).toBe(certificate.verifyUrl);
  });

  it('until the PDF is rendered the route answers 409 with Retry-After, never a broken file', async () => {
    await t.dataSource.query(`UPDATE certificate SET pdf_key = NULL WHERE id = $1`, [certificate.id]);
    const res = await api(holder.token, `/certificates/${certificate.id}/pdf`).expect(409);
    expect(res.headers['retry-after']).toBe('2');
    expect(res.body.type).toBe('urn:mosty:problem:pdf-not-ready');
    await t.worker!.get(RenderPdfHandler).handle({ certificateId: certificate.id });
    await api(holder.token, `/certificates/${certificate.id}/pdf`).expect(200);
  });

  it('only the holder, their institution’s admin, the course’s author and admins reach it; others get 404', async () => {
    for (const token of [holder.token, police.coordinator.token, trainer, admin]) await api(token, `/certificates/${certificate.id}`).expect(200);
    for (const token of [colleague.token, guard.coordinator.token, guard.officer.token]) {
      await api(token, `/certificates/${certificate.id}`).expect(404);
      await api(token, `/certificates/${certificate.id}/pdf`).expect(404);
    }
    expect((await api(colleague.token, '/certificates').expect(200)).body.items).toEqual([]);
    expect((await api(guard.coordinator.token, '/certificates').expect(200)).body.items).toEqual([]);
  });

  it('the public verification answers JSON and HTML with only name, course, dates, number and status', async () => {
    const json = await t.http.get(`/verify/${certificate.verificationCode}`).set('Accept', 'application/json').expect(200);
    expect(json.body).toEqual({
      number: certificate.number,
      holderName: 'Łukasz Żółć',
      courseTitle: 'Prawa człowieka w praktyce',
      courseTitleEn: 'Course',
      issuedAt: certificate.issuedAt,
      expiresAt: certificate.expiresAt,
      status: 'valid',
      revokedAt: null,
    });
    const html = await t.http.get(`/verify/${certificate.verificationCode}`).expect(200).expect('Content-Type', /html/);
    expect(html.text).toContain('Łukasz Żółć');
    expect(html.text).toContain('Ważne');
    expect(html.text).not.toContain('<script');
    await t.http.get('/verify/AAAAAAAAAAAAAAAAAAAAAA').set('Accept', 'application/json').expect(404);
    await t.http.get('/verify/AAAAAAAAAAAAAAAAAAAAAA').expect(404).expect('Content-Type', /html/);
    await t.http.get('/verify/%3Cscript%3E').expect(404);
  });

  it('serves a signed Open Badges 3.0 credential that verifies with the published issuer key, and fails when tampered with', async () => {
    const res = await api(holder.token, `/certificates/${certificate.id}/credential`).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/vc\+jwt/);
    const jws = res.text;
    const [header, payload, signature] = jws.split('.');
    const credential = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    expect(credential).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'https://mosty.example.org/issuer' },
      credentialSubject: { name: 'Łukasz Żółć', achievement: { name: 'Prawa człowieka w praktyce' } },
      validUntil: certificate.expiresAt.replace(/\.000Z$/, 'Z'),
    });
    // The issuer profile is public, outside /api/v1; verify with an independent library.
    const profile = (await t.http.get('/issuer').expect(200)).body;
    const jwk = profile.verificationMethod[0].publicKeyJwk;
    expect(JSON.parse(Buffer.from(header, 'base64url').toString('utf8')).kid).toBe(profile.verificationMethod[0].id);
    const check = (h: string, p: string) => ed25519.verify(Buffer.from(signature, 'base64url'), Buffer.from(`${h}.${p}`), Buffer.from(jwk.x, 'base64url'));
    expect(check(header, payload)).toBe(true);
    const forged = Buffer.from(JSON.stringify({ ...credential, credentialSubject: { ...credential.credentialSubject, name: 'Jan Podrobiony' } })).toString('base64url');
    expect(check(header, forged)).toBe(false);
    expect((await t.http.get('/.well-known/jwks.json').expect(200)).body.keys).toEqual([jwk]);
    await api(colleague.token, `/certificates/${certificate.id}/credential`).expect(404);
  });

  it('admins revoke with a reason (audited); the verification shows it; nobody else may', async () => {
    await t.http.post(`/api/v1/certificates/${certificate.id}/revoke`).set(bearer(police.coordinator.token)).send({ reason: 'nie' }).expect(403);
    await t.http.post(`/api/v1/certificates/${certificate.id}/revoke`).set(bearer(admin)).send({}).expect(400);
    const revoked = await t.http.post(`/api/v1/certificates/${certificate.id}/revoke`).set(bearer(admin)).send({ reason: 'Przypisano omyłkowo.' }).expect(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revokedReason: 'Przypisano omyłkowo.' });
    await t.http.post(`/api/v1/certificates/${certificate.id}/revoke`).set(bearer(admin)).send({ reason: 'Znowu' }).expect(409);
    const json = await t.http.get(`/verify/${certificate.verificationCode}`).set('Accept', 'application/json').expect(200);
    expect(json.body).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
    expect((await t.http.get(`/verify/${certificate.verificationCode}`).expect(200)).text).toContain('Unieważnione');
    const audit = await api(admin, `/audit-events?action=certificate.revoked&entityId=${certificate.id}`).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ after: { status: 'revoked', reason: 'Przypisano omyłkowo.' } })]);
  });

  it('expiry shows at once, the daily job marks certificate and enrollment expired, and the course can be taken again', async () => {
    const { enrollmentId } = await assignAndComplete(colleague);
    const first = await certificateOf(colleague, enrollmentId);
    await t.dataSource.query(`UPDATE certificate SET expires_at = now() - interval '1 day' WHERE id = $1`, [first.id]);
    const shown = await t.http.get(`/verify/${first.verificationCode}`).set('Accept', 'application/json').expect(200);
    expect(shown.body.status).toBe('expired');
    expect((await t.http.get(`/verify/${first.verificationCode}`).expect(200)).text).toContain('Wygasło');
    const expiring = await api(police.coordinator.token, '/certificates?status=expired').expect(200);
    expect(expiring.body.items.map((c: { id: string }) => c.id)).toContain(first.id);

    await t.worker!.get(ExpireCertificatesHandler).handle();
    const [row] = await t.dataSource.query(`SELECT c.status, e.status AS enrollment_status FROM certificate c JOIN enrollment e ON e.id = c.enrollment_id WHERE c.id = $1`, [first.id]);
    expect(row).toEqual({ status: 'expired', enrollment_status: 'expired' });

    const again = await assignAndComplete(colleague);
    expect(again.created).toBe(1);
    expect(again.enrollmentId).not.toBe(enrollmentId);
    const second = await certificateOf(colleague, again.enrollmentId);
    expect(second.number).not.toBe(first.number);
    expect(second.status).toBe('valid');
  });

  it('lists certificates expiring within N days for coordinators', async () => {
    await t.dataSource.query(`UPDATE certificate SET expires_at = now() + interval '10 days' WHERE status = 'valid'`);
    const soon = await api(police.coordinator.token, '/certificates?expiringWithinDays=30').expect(200);
    expect(soon.body.items.length).toBeGreaterThan(0);
    expect(soon.body.items.every((c: { status: string }) => c.status === 'valid')).toBe(true);
    expect((await api(police.coordinator.token, '/certificates?expiringWithinDays=5').expect(200)).body.items).toEqual([]);
  });

  it('the verification page is rate-limited per address against enumeration', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await t.http.get(`/verify/${'B'.repeat(22)}${i}`)).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(40);
  });
});
