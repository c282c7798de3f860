import { WebTest } from './support/web';
import { createInstitutionWithPeople } from './support/world';

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
});
