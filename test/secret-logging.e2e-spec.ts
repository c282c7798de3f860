import { bearer, TestApp, ADMIN_PASSWORD } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

const METRICS_TOKEN = 'metrics-token-for-prometheus-0123456789abcdef';
const SMTP_PASSWORD = 'Smtp-Pass-w0rd-7Zq';
const NEW_PASSWORD = 'a-brand-new-password-42';
const WRONG_PASSWORD = 'not-my-password-Qx9';

/** The value of a cookie set by a response. */
const cookieOf = (res: { headers: Record<string, unknown> }, name: string): string => {
  const set = (res.headers['set-cookie'] as string[] | undefined) ?? [];
  const cookie = set.find((c) => c.startsWith(`${name}=`));
  if (!cookie) throw new Error(`no ${name} cookie set`);
  return decodeURIComponent(cookie.slice(name.length + 1).split(';')[0]);
};

/**
 * A realistic day of the API and the worker, every log line kept at trace level: sign-ins
 * (right and wrong passwords), refreshes by body and by cookie, a reused refresh token, a
 * password change, bearer requests (a forged token too), the metrics token, the queue
 * board's cookie, a server error in the middle of a refresh, and an SMTP password in the
 * configuration. Then no secret — whole or a recognisable part of it — is in any line.
 */
describe('no secret reaches the logs', () => {
  let t: TestApp;
  const secrets = new Map<string, string>([
    ['the admin’s password', ADMIN_PASSWORD],
    ['the officer’s password', PASSWORD],
    ['the new password', NEW_PASSWORD],
    ['a mistyped password', WRONG_PASSWORD],
    ['METRICS_TOKEN', METRICS_TOKEN],
    ['the SMTP password', SMTP_PASSWORD],
  ]);
  /** A token and its secret part (a JWT's signature, a refresh token's random half). */
  const keep = (what: string, token: string) => {
    secrets.set(what, token);
    const last = token.split('.').pop()!;
    if (last !== token) secrets.set(`${what} (its last part)`, last);
  };

  beforeAll(async () => {
    t = await TestApp.start({
      captureLogs: true,
      worker: true,
      env: {
        LOG_LEVEL: 'trace',
        METRICS_TOKEN,
        // Nothing listens there: whatever the mailer logs of its connection must still hold no password.
        SMTP_URL: `smtp://mosty-mailer:${SMTP_PASSWORD}@127.0.0.1:9/`,
      },
    });
  });
  afterAll(() => t.close());

  it('holds none of the passwords, tokens and cookie values of the flow', async () => {
    const admin = await t.login('admin@mosty.test', ADMIN_PASSWORD);
    keep('the admin’s access token', admin.accessToken);
    keep('the admin’s refresh token', admin.refreshToken);
    const police = await createInstitutionWithPeople(t, admin.accessToken, 'KMP');
    keep('the officer’s first access token', police.officer.token);

    // Sign-in: a wrong password, then the right one by body and by cookie.
    await t.http.post('/api/v1/auth/login').send({ email: police.officer.email, password: WRONG_PASSWORD }).expect(401);
    const byBody = await t.login(police.officer.email, PASSWORD);
    keep('an access token', byBody.accessToken);
    keep('a refresh token', byBody.refreshToken);
    const byCookie = await t.http.post('/api/v1/auth/login').send({ email: police.officer.email, password: PASSWORD, refreshTokenCookie: true }).expect(200);
    keep('the browser’s access token', byCookie.body.accessToken);
    const cookie = cookieOf(byCookie, 'mosty_refresh');
    keep('the refresh cookie', cookie);

    // Refresh by body, then reuse the spent token (the family is revoked); refresh by cookie.
    const refreshed = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: byBody.refreshToken }).expect(200);
    keep('a refreshed access token', refreshed.body.accessToken);
    keep('a refreshed refresh token', refreshed.body.refreshToken);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: byBody.refreshToken }).expect(401);
    const byCookieRefresh = await t.http.post('/api/v1/auth/refresh').set('Cookie', `mosty_refresh=${encodeURIComponent(cookie)}`).expect(200);
    keep('the rotated refresh cookie', cookieOf(byCookieRefresh, 'mosty_refresh'));
    keep('the browser’s refreshed access token', byCookieRefresh.body.accessToken);

    // Bearer requests, a forged token, a bad password change, a good one.
    const access = byCookieRefresh.body.accessToken as string;
    await t.http.get('/api/v1/auth/me').set(bearer(access)).expect(200);
    await t.http.get('/api/v1/enrollments').set(bearer(access)).set('Cookie', `mosty_refresh=${encodeURIComponent(cookie)}`).expect(200);
    const forged = `${access.split('.').slice(0, 2).join('.')}.${'A'.repeat(43)}`;
    keep('a forged token', forged);
    await t.http.get('/api/v1/auth/me').set(bearer(forged)).expect(401);
    await t.http.post('/api/v1/auth/password').set(bearer(access)).send({ currentPassword: WRONG_PASSWORD, newPassword: NEW_PASSWORD });
    await t.http.post('/api/v1/auth/password').set(bearer(access)).send({ currentPassword: PASSWORD, newPassword: 'short' }).expect(400);
    await t.http.post('/api/v1/auth/password').set(bearer(access)).send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }).expect(204);
    const after = await t.login(police.officer.email, NEW_PASSWORD);
    keep('the access token after the change', after.accessToken);
    keep('the refresh token after the change', after.refreshToken);

    // Operations: the metrics token (right and wrong), the queue board's cookie.
    await t.http.get('/metrics').set(bearer(METRICS_TOKEN)).expect(200);
    await t.http.get('/metrics').set(bearer(`${METRICS_TOKEN}x`)).expect(401);
    const board = await t.http.post('/api/v1/admin/queues/session').set(bearer(admin.accessToken)).expect(204);
    const boardCookie = cookieOf(board, 'mosty_queues');
    keep('the queue board cookie', boardCookie);
    await t.http.get('/admin/queues').set('Cookie', `mosty_queues=${encodeURIComponent(boardCookie)}`).expect(200);

    // What the database keeps is secret too: hashes of the passwords and refresh tokens.
    for (const { password_hash: hash } of await t.dataSource.query(`SELECT password_hash FROM "user" WHERE password_hash IS NOT NULL`)) keep('a password hash', hash);
    for (const { token_hash: hash } of await t.dataSource.query(`SELECT token_hash FROM refresh_token`)) keep('a refresh token hash', hash);

    // Server errors in the middle of a refresh, a sign-in and a password change: each error is logged, its query's
    // parameters (a token hash, the new password's hash) are not.
    await t.dataSource.query(`ALTER TABLE refresh_token RENAME TO refresh_token_elsewhere`);
    try {
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: after.refreshToken }).expect(500);
      await t.http.post('/api/v1/auth/login').send({ email: police.officer.email, password: NEW_PASSWORD }).expect(500);
    } finally {
      await t.dataSource.query(`ALTER TABLE refresh_token_elsewhere RENAME TO refresh_token`);
    }
    await t.dataSource.query(`CREATE FUNCTION refuse_password() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'password store unavailable'; END $$`);
    await t.dataSource.query(`CREATE TRIGGER refuse_password BEFORE UPDATE OF password_hash ON "user" FOR EACH ROW EXECUTE FUNCTION refuse_password()`);
    try {
      await t.http.post('/api/v1/auth/password').set(bearer(after.accessToken)).send({ currentPassword: NEW_PASSWORD, newPassword: `${NEW_PASSWORD}-2` }).expect(500);
    } finally {
      await t.dataSource.query(`DROP TRIGGER refuse_password ON "user"; DROP FUNCTION refuse_password()`);
    }

    const lines = t.logs.join('').split('\n').filter(Boolean);
    // The flow was logged: each request, and the server errors with their stack.
    expect(lines.length).toBeGreaterThan(40);
    const errors = lines.filter((line) => line.includes('Unhandled error'));
    expect(errors.length).toBeGreaterThanOrEqual(3);
    for (const line of errors) expect(JSON.parse(line).err).toMatchObject({ type: 'QueryFailedError', query: expect.any(String), parameters: '[redacted]' });
    // The new password's argon2id hash, which only the failed UPDATE saw.
    expect(lines.filter((line) => line.includes('$argon2id$'))).toEqual([]);
    const leaks = [...secrets].flatMap(([what, secret]) => lines.filter((line) => line.includes(secret)).map((line) => `${what}: ${line.slice(0, 300)}`));
    expect(leaks).toEqual([]);
    // Nor anything shaped like a JWT, whoever's it is.
    expect(lines.filter((line) => /eyJ[\w-]{10,}\.eyJ[\w-]{10,}/.test(line))).toEqual([]);
  });
});
