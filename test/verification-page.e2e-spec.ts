import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { publishCourse } from './support/courses';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

/** The verification page as a phone that scanned the QR code shows it: in a real browser, with JavaScript off. */
describe('verification page in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let certificate: { id: string; verificationCode: string; number: string };
  let admin: string;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = await t.app.getUrl();
    admin = await t.adminToken();
    await t.http.post('/api/v1/users').set(bearer(admin)).send({ email: 'trenerka@mosty.test', fullName: 'Trenerka', role: 'trainer', password: PASSWORD }).expect(201);
    const trainer = (await t.login('trenerka@mosty.test', PASSWORD)).accessToken;
    const sg = await createInstitutionWithPeople(t, admin, 'SG', 'border_guard');
    await t.http.patch(`/api/v1/users/${sg.officer.id}`).set(bearer(admin)).send({ fullName: 'Андрій Коваленко-Żółć' }).expect(200);
    const officer = (await t.login(sg.officer.email, PASSWORD)).accessToken;
    const course = await publishCourse(t, trainer, { title: 'Praca z tłumaczem', lessons: 1 });
    await t.http.post('/api/v1/assignments').set(bearer(admin)).send({ courseId: course.courseId, userIds: [sg.officer.id], dueAt: new Date(Date.now() + 86400_000).toISOString() }).expect(201);
    const [enrollment] = (await t.http.get('/api/v1/enrollments').set(bearer(officer)).expect(200)).body.items;
    await t.http.get(`/api/v1/enrollments/${enrollment.id}/modules/${course.lessonIds[0]}`).set(bearer(officer)).expect(200);
    await t.http.post(`/api/v1/enrollments/${enrollment.id}/modules/${course.lessonIds[0]}/complete`).set(bearer(officer)).expect(200);
    for (const deadline = Date.now() + 15_000; !certificate && Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
      [certificate] = (await t.http.get('/api/v1/certificates').set(bearer(officer)).expect(200)).body.items;
    }
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const open = async (code: string) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'pl-PL' });
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}/verify/${code}`);
    return { page, response, context };
  };

  it('shows the holder, the course, the number and that it is valid, readable on a phone without JavaScript', async () => {
    const { page, response, context } = await open(certificate.verificationCode);
    expect(response?.status()).toBe(200);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Андрій Коваленко-Żółć');
    expect(text).toContain('Praca z tłumaczem');
    expect(text).toContain(certificate.number);
    expect(await page.getByRole('status').innerText()).toContain('Ważne');
    expect(await page.locator('html').getAttribute('lang')).toBe('pl');
    expect(await page.title()).toContain(certificate.number);
    // Nothing wider than the phone's screen.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const shot = join(mkdtempSync(join(tmpdir(), 'mosty-verify-')), 'verify.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    await context.close();
  });

  it('a revoked certificate says so, with the date; an unknown code says it is not valid', async () => {
    await t.http.post(`/api/v1/certificates/${certificate.id}/revoke`).set(bearer(admin)).send({ reason: 'Test unieważnienia' }).expect(200);
    const revoked = await open(certificate.verificationCode);
    expect(await revoked.page.getByRole('status').innerText()).toMatch(/Unieważnione \d{2}\.\d{2}\.\d{4}/);
    await revoked.context.close();
    const unknown = await open('C'.repeat(22));
    expect(unknown.response?.status()).toBe(404);
    expect(await unknown.page.getByRole('status').innerText()).toContain('nieprawidłowy');
    await unknown.context.close();
  });
});
