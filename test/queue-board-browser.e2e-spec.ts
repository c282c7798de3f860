import type { Browser } from 'playwright-core';
import { QUEUE_NAMES } from '../src/jobs/catalogue';
import { launchChromium } from './support/browser';
import { bearer, TestApp } from './support/test-app';

/** The queue board as an admin's browser shows it: the page's scripts and styles must get past the Content-Security-Policy. */
describe('queue board in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await t.app.listen(0, '127.0.0.1');
    baseUrl = await t.app.getUrl();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('renders every queue with the cookie, loads nothing from another site, and the Content-Security-Policy blocks only Google Fonts', async () => {
    const res = await t.http.post('/api/v1/admin/queues/session').set(bearer(await t.adminToken())).expect(204);
    const value = /^mosty_queues=([^;]+)/.exec((res.headers['set-cookie'] as unknown as string[])[0])![1];
    const context = await browser.newContext();
    await context.addCookies([{ name: 'mosty_queues', value, url: `${baseUrl}/admin/queues`, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    // What reached a server: a request the policy blocks is reported too, but fails without an answer.
    const answered: string[] = [];
    page.on('response', (response) => answered.push(response.url()));
    const messages: string[] = [];
    page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    // Every violation, whether or not the browser also logs it.
    await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(e.violatedDirective + ' ' + e.blockedURI))`);

    const response = await page.goto(`${baseUrl}/admin/queues`);
    expect(response?.status()).toBe(200);
    for (const name of QUEUE_NAMES) {
      await page.getByText(name, { exact: true }).first().waitFor({ timeout: 15_000 });
    }
    // The board's page links its fonts from Google; the board's own policy keeps the browser from fetching them.
    expect(answered.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
    expect(answered.length).toBeGreaterThan(3); // the page, its scripts and styles, the board's JSON API
    expect(violations).toEqual([expect.stringMatching(/^style-src-elem https:\/\/fonts\.googleapis\.com\//)]);
    expect(messages.filter((line) => /Content[- ]Security[- ]Policy|Refused to/i.test(line) && !line.includes('fonts.googleapis.com'))).toEqual([]);
    await context.close();
  }, 60_000);

  it('without the cookie the browser gets the 401 problem, not the board', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}/admin/queues`);
    expect(response?.status()).toBe(401);
    expect(await page.content()).not.toContain('static/js/main');
    await context.close();
  });
});
