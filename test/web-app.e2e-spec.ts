import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { webAppDirectory } from '../src/web-app';
import { seriousAccessibilityViolations } from './support/accessibility';
import { WebTest } from './support/web';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

/** The web app as served by the API: its files, its caching, and signing in with the refresh cookie. */
describe('web app: serving and signing in', () => {
  let web: WebTest;
  let world: Awaited<ReturnType<typeof createInstitutionWithPeople>>;

  beforeAll(async () => {
    web = await WebTest.start();
    world = await createInstitutionWithPeople(web.t, await web.t.adminToken(), 'WEB');
  }, 60_000);
  afterAll(() => web?.close());

  it('answers its own paths with index.html (never cached), hashed assets for a year, and API paths as before', async () => {
    const page = await web.t.http.get('/training/some-enrollment').set('Accept', 'text/html').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.text)![1];
    const asset = await web.t.http.get(script).expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    await web.t.http.get('/assets/no-such-file.js').expect(404);
    // A script that accepts anything is not a browser navigating: an unknown path is a 404, not the app.
    await web.t.http.get('/training/some-enrollment').expect(404);
    await web.t.http.get('/training/some-enrollment').set('Accept', 'application/json').expect(404);

    const api = await web.t.http.get('/api/v1/no-such-route').set('Accept', 'text/html').expect(404);
    expect(api.headers['content-type']).toMatch(/application\/problem\+json/);
    await web.t.http.get('/health').expect(200);
  });

  it('an officer signs in, sees their training, and stays signed in across a reload (the refresh cookie), until signing out', async () => {
    const context = await web.context();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const foreign: string[] = [];
    page.on('request', (request) => !request.url().startsWith(web.baseUrl) && foreign.push(request.url()));

    await web.signIn(page, world.officer.email);
    await page.getByRole('heading', { name: 'Moje szkolenia' }).waitFor();
    expect(page.url()).toBe(`${web.baseUrl}/training`);
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'mosty_refresh')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('mosty_refresh');

    await page.reload();
    await page.getByRole('heading', { name: 'Moje szkolenia' }).waitFor();

    await page.getByText('Konto').click();
    await page.getByRole('button', { name: 'Wyloguj', exact: true }).click();
    await page.getByRole('button', { name: 'Zaloguj się' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Zaloguj się' }).waitFor();
    expect(foreign).toEqual([]);
    // The one expected console error: the silent refresh after sign-out answers 401.
    expect(errors.filter((e) => !/401/.test(e))).toEqual([]);
    await context.close();
  });

  it('speaks the language chosen, and keeps it', async () => {
    const context = await web.context();
    const page = await context.newPage();
    await page.goto(`${web.baseUrl}/`);
    await page.getByLabel('Język').selectOption('uk');
    await page.getByRole('button', { name: 'Увійти' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('uk');
    await page.reload();
    await page.getByRole('button', { name: 'Увійти' }).waitFor();
    await context.close();
  });

  it('loads under 200 KB of JavaScript gzipped before an officer sees their training, and serves it compressed', async () => {
    const context = await web.context();
    const page = await context.newPage();
    const scripts: { path: string; encoding?: string }[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) scripts.push({ path: url.pathname, encoding: response.headers()['content-encoding'] });
    });
    await web.signIn(page, world.officer.email);
    await page.getByRole('heading', { name: 'Moje szkolenia' }).waitFor();
    await page.waitForLoadState('networkidle');

    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((s) => s.encoding === 'br' || s.encoding === 'gzip')).toBe(true);
    const dist = webAppDirectory()!;
    const gzipped = scripts.reduce((sum, s) => sum + gzipSync(readFileSync(join(dist, s.path))).length, 0);
    expect(gzipped).toBeLessThan(200 * 1024);
    // The API's own answers stay uncompressed (small, and their CPU is better spent grading).
    const health = await web.t.http.get('/api/v1/auth/me').set('Accept-Encoding', 'gzip').expect(401);
    expect(health.headers['content-encoding']).toBeUndefined();
    await context.close();
  });

  it('its sign-in and not-found pages pass the accessibility scan at phone and desktop size', async () => {
    for (const viewport of ['phone', 'desktop'] as const) {
      const context = await web.context({ viewport });
      const page = await context.newPage();
      await page.goto(`${web.baseUrl}/`);
      await page.getByRole('button', { name: 'Zaloguj się' }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await web.screenshot(page, `sign-in-${viewport}`);
      // Nothing is wider than the screen: a phone never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);

      await web.signIn(page, world.officer.email);
      await page.goto(`${web.baseUrl}/no/such/page`);
      await page.getByRole('heading', { name: 'Nie znaleziono' }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await web.screenshot(page, `not-found-${viewport}`);
      await context.close();
    }
  });

  it('says so when the connection drops, and stops saying it when it returns', async () => {
    const context = await web.context();
    const page = await context.newPage();
    await web.signIn(page, world.officer.email);
    await context.setOffline(true);
    const banner = page.getByRole('status').filter({ hasText: 'Brak połączenia z internetem' });
    await banner.waitFor();
    await context.setOffline(false);
    await banner.waitFor({ state: 'detached' });
    await context.close();
  });

  it("follows the signed-in user's own language, unless this device was told another", async () => {
    const email = `oksana.${Date.now()}@mosty.test`;
    await web.t.http
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${await web.t.adminToken()}`)
      .send({ email, fullName: 'Оксана Мельник', role: 'officer', locale: 'uk', password: PASSWORD, institutionId: world.id, unitId: world.unitId })
      .expect(201);
    const context = await web.context(); // a Polish browser
    const page = await context.newPage();
    await web.signIn(page, email);
    await page.getByRole('heading', { name: 'Мої навчання' }).waitFor();

    await page.getByLabel('Мова').selectOption('en');
    await page.reload();
    await page.getByRole('heading', { name: 'My training' }).waitFor();
    await context.close();
  });
});
