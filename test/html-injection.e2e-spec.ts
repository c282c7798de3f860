import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { enroll, publishCourse } from './support/courses';
import { bearer } from './support/test-app';
import { WebTest } from './support/web';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

/** Markup in the places a user types text: each sets a flag or opens a dialog if it ever runs. */
const NAME = `Jan <img src=x onerror="window.__injected='name';alert('name')"> Kowalski`;
const TITLE = `Prawa <script>window.__injected='title';alert('title')</script><b onmouseover=alert(1)>cudzoziemców</b>`;

/**
 * A person's name and a course's title are text wherever they are shown: the public
 * verification page (HTML escaped), the certificate's PDF (the literal characters), the
 * officer's training and the coordinator's people list in the web app (literal, and no
 * script runs: no dialog opens, no flag is set).
 */
describe('names and titles holding HTML stay text', () => {
  let web: WebTest;
  let police: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let officer: { id: string; email: string };
  let certificate: { id: string; verificationCode: string; number: string };
  let context: BrowserContext;
  const dialogs: string[] = [];

  /** A page that records every dialog (and dismisses it, so nothing hangs). */
  const newPage = async (): Promise<Page> => {
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    return page;
  };
  const nothingRan = async (page: Page) => {
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
    expect(dialogs).toEqual([]);
  };

  beforeAll(async () => {
    web = await WebTest.start({ worker: true });
    const admin = await web.t.adminToken();
    police = await createInstitutionWithPeople(web.t, admin, 'KMP');
    const email = 'jan.kowalski@policja.example';
    const created = await web.t.http
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email, fullName: NAME, role: 'officer', password: PASSWORD, institutionId: police.id, unitId: police.unitId })
      .expect(201);
    officer = { id: created.body.id, email };
    expect(created.body.fullName).toBe(NAME);
    const course = await publishCourse(web.t, police.trainer.token, { title: TITLE, lessons: 1 });
    const [enrollmentId] = await enroll(web.t, admin, course.courseId, [officer.id]);
    const token = (await web.t.login(email, PASSWORD)).accessToken;
    // A lesson is opened before it can be completed.
    await web.t.http.get(`/api/v1/enrollments/${enrollmentId}/modules/${course.lessonIds[0]}`).set(bearer(token)).expect(200);
    await web.t.http.post(`/api/v1/enrollments/${enrollmentId}/modules/${course.lessonIds[0]}/complete`).set(bearer(token)).expect(200);
    for (const deadline = Date.now() + 20_000; ; ) {
      const [row] = await web.t.dataSource.query(`SELECT id, verification_code, number FROM certificate WHERE enrollment_id = $1 AND pdf_key IS NOT NULL`, [enrollmentId]);
      if (row) {
        certificate = { id: row.id, verificationCode: row.verification_code, number: row.number };
        break;
      }
      if (Date.now() > deadline) throw new Error('no certificate with its PDF');
      await new Promise((r) => setTimeout(r, 100));
    }
    context = await web.context();
  });
  afterAll(async () => {
    await context?.close();
    await web?.close();
  });

  it('the public verification page escapes the name and the title', async () => {
    const res = await web.t.http.get(`/verify/${certificate.verificationCode}`).set('Accept', 'text/html').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('Jan &lt;img src=x onerror=&quot;window.__injected=&#39;name&#39;;alert(&#39;name&#39;)&quot;&gt; Kowalski');
    expect(res.text).toContain('&lt;script&gt;');
    expect(res.text).not.toMatch(/<img src=x|<script>window|<b onmouseover/);
    const page = await newPage();
    await page.goto(`${web.baseUrl}/verify/${certificate.verificationCode}`);
    const text = await page.locator('main').innerText();
    expect(text).toContain(NAME);
    expect(text).toContain(TITLE);
    await nothingRan(page);
    await page.close();
  });

  it('the certificate PDF prints the literal characters', async () => {
    const res = await web.t.http
      .get(`/api/v1/certificates/${certificate.id}/pdf`)
      .set(bearer(police.coordinator.token))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const file = join(mkdtempSync(join(tmpdir(), 'mosty-injection-')), 'c.pdf');
    writeFileSync(file, res.body);
    // Without -layout, pdftotext keeps a line's characters as they are; long lines may wrap, so compare without whitespace.
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(NAME.replace(/\s+/g, ''));
    expect(text).toContain(TITLE.replace(/\s+/g, ''));
  });

  it('the officer’s training shows the title as text, and no script runs', async () => {
    const page = await newPage();
    await web.signIn(page, officer.email);
    await page.getByRole('heading', { name: 'Moje szkolenia', level: 1 }).waitFor();
    await page.locator('.training-card').filter({ hasText: TITLE }).waitFor();
    await page.locator('.training-card').filter({ hasText: TITLE }).getByRole('link').first().click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    expect(await page.locator('img[src="x"], b[onmouseover]').count()).toBe(0);
    await page.goto(`${web.baseUrl}/certificates`);
    await page.getByText(TITLE).first().waitFor();
    // The header names the signed-in officer.
    await page.getByText(NAME).first().waitFor();
    expect(await page.locator('img[src="x"], b[onmouseover]').count()).toBe(0);
    await nothingRan(page);
    await page.close();
  });

  it('the coordinator’s people list and the person’s page show the name as text, and no script runs', async () => {
    await context.clearCookies();
    const page = await newPage();
    await web.signIn(page, police.coordinator.email);
    await page.getByRole('link', { name: 'Osoby', exact: true }).click();
    const row = page.getByRole('table', { name: 'Osoby' }).locator('tbody tr').filter({ hasText: NAME });
    await row.waitFor();
    await row.getByRole('link').first().click();
    await page.getByRole('heading', { name: NAME, level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Szkolenia' }).getByText(TITLE).waitFor();
    expect(await page.locator('img[src="x"], b[onmouseover]').count()).toBe(0);
    await nothingRan(page);
    await page.close();
  });
});
