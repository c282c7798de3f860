import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { TestApp, TestAppOptions } from './test-app';
import { PASSWORD } from './world';

// A browser test walks through many pages, each waiting for the real API and worker: on two
// busy cores (the whole suite at once) that takes longer than an API test's 30 s.
jest.setTimeout(120_000);

/** Phone (the smallest common Android width) and desktop, for layouts and screenshots. */
export const VIEWPORTS = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 860 } } as const;

/** Screenshots are test artifacts (`test-artifacts/`, not committed). */
export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

/** The real API (and, if asked, the worker) listening on a port, with the built web app, and a Chromium. */
export class WebTest {
  t: TestApp;
  browser: Browser;
  baseUrl: string;

  static async start(options: TestAppOptions = {}): Promise<WebTest> {
    const web = new WebTest();
    web.t = await TestApp.start(options);
    await web.t.app.listen(0, '127.0.0.1');
    web.baseUrl = await web.t.app.getUrl();
    web.browser = await launchChromium();
    return web;
  }

  async close(): Promise<void> {
    await this.browser?.close();
    await this.t?.close();
  }

  /** A fresh browser profile (no cookies), Polish unless told otherwise. */
  async context(options: { locale?: string; viewport?: keyof typeof VIEWPORTS } = {}): Promise<BrowserContext> {
    return this.browser.newContext({ locale: options.locale ?? 'pl-PL', viewport: VIEWPORTS[options.viewport ?? 'desktop'], acceptDownloads: true });
  }

  /** Signs in through the sign-in form (in Polish) and waits for the first page after it. */
  async signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
    await page.goto(`${this.baseUrl}/`);
    await page.getByLabel('Adres e-mail').fill(email);
    await page.getByLabel('Hasło').fill(password);
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.getByRole('navigation').waitFor();
  }

  /** The whole page, or with `{ fullPage: false }` what the screen shows (a phone's first view). */
  async screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
  }
}

/** The cells of a table's body rows, as text (a row's header cells included); the table found by its caption. */
export async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption });
  await table.waitFor();
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
}
