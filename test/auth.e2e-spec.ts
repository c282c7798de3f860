import jwt from 'jsonwebtoken';
import { ADMIN_EMAIL, ADMIN_PASSWORD, TestApp, bearer } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

const LOGIN = '/api/v1/auth/login';
const ME = '/api/v1/auth/me';

describe('authentication', () => {
  let t: TestApp;
  let adminToken: string;
  let world: Awaited<ReturnType<typeof createInstitutionWithPeople>>;

  beforeAll(async () => {
    t = await TestApp.start({ env: { LOGIN_MAX_FAILURES: '5', LOGIN_LOCKOUT_SECONDS: '600' }, captureLogs: true });
    adminToken = await t.adminToken();
    world = await createInstitutionWithPeople(t, adminToken, 'KMP');
  });
  afterAll(() => t.close());

  describe('login', () => {
    it('returns tokens and the user for the right password, whatever the e-mail letter case', async () => {
      const res = await t.http.post(LOGIN).send({ email: world.officer.email.toUpperCase(), password: PASSWORD }).expect(200);
      expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
      expect(res.body.user).toEqual(
        expect.objectContaining({ id: world.officer.id, email: world.officer.email, role: 'officer', institutionId: world.id, unitId: world.unitId }),
      );
      expect(res.body.user).not.toHaveProperty('passwordHash');
      const me = await t.http.get(ME).set(bearer(res.body.accessToken)).expect(200);
      expect(me.body.id).toBe(world.officer.id);
    });

    it('refuses a wrong password and an unknown e-mail alike, as problem+json', async () => {
      const wrong = await t.http.post(LOGIN).send({ email: world.trainer.email, password: 'not-the-password' }).expect(401);
      const unknown = await t.http.post(LOGIN).send({ email: 'nobody@mosty.test', password: 'whatever-it-is' }).expect(401);
      expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(wrong.body.detail).toBe(unknown.body.detail);
    });

    it('answers 400 for a body with missing or unknown fields', async () => {
      const res = await t.http.post(LOGIN).send({ email: world.officer.email, password: PASSWORD, role: 'admin' }).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'role' })]);
      await t.http.post(LOGIN).send({ email: world.officer.email }).expect(400);
    });

    it('stores passwords as argon2id hashes', async () => {
      const [row] = await t.dataSource.query(`SELECT password_hash FROM "user" WHERE id = $1`, [world.officer.id]);
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    });
  });

  describe('access tokens', () => {
    const claimsOf = (token: string) => jwt.decode(token) as Record<string, unknown>;

    it('refuses requests without a token', async () => {
      await t.http.get(ME).expect(401);
    });

    it('refuses an expired token', async () => {
      const claims = claimsOf(world.officer.token);
      const expired = jwt.sign({ ...claims, iat: 1_700_000_000, exp: 1_700_000_900 }, t.config.jwtSecret, { algorithm: 'HS256' });
      await t.http.get(ME).set(bearer(expired)).expect(401);
    });

    it('refuses a token whose payload was changed', async () => {
      const [header, , signature] = world.officer.token.split('.');
      const payload = Buffer.from(JSON.stringify({ ...claimsOf(world.officer.token), role: 'admin', sub: world.coordinator.id })).toString('base64url');
      await t.http.get(ME).set(bearer(`${header}.${payload}.${signature}`)).expect(401);
    });

    it('refuses an unsigned token (alg: none)', async () => {
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      const payload = Buffer.from(JSON.stringify(claimsOf(world.officer.token))).toString('base64url');
      await t.http.get(ME).set(bearer(`${header}.${payload}.`)).expect(401);
    });

    it('refuses a token signed with another secret', async () => {
      const forged = jwt.sign(claimsOf(world.officer.token), 'some-other-secret-of-at-least-32-chars!!', { algorithm: 'HS256' });
      await t.http.get(ME).set(bearer(forged)).expect(401);
    });

    it('expire in 15 minutes', () => {
      const claims = claimsOf(world.officer.token) as { iat: number; exp: number };
      expect(claims.exp - claims.iat).toBe(15 * 60);
    });
  });

  describe('refresh tokens', () => {
    it('rotate: each refresh returns a new pair, and the old refresh token cannot be used again', async () => {
      const first = await t.login(world.trainer.email, PASSWORD);
      const second = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200);
      expect(second.body.refreshToken).not.toBe(first.refreshToken);
      await t.http.get(ME).set(bearer(second.body.accessToken)).expect(200);
      const third = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: second.body.refreshToken }).expect(200);
      await t.http.get(ME).set(bearer(third.body.accessToken)).expect(200);
    });

    it('reuse of a spent token revokes the whole family, including the newest tokens', async () => {
      const first = await t.login(world.trainer.email, PASSWORD);
      const second = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200);
      // An attacker replays the stolen, already used token:
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
      // ...and the legitimate holder's newer tokens are dead too.
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: second.body.refreshToken }).expect(401);
      await t.http.get(ME).set(bearer(second.body.accessToken)).expect(401);
      // Other sessions of the same user are untouched.
      await t.http.get(ME).set(bearer(world.trainer.token)).expect(200);
      const audit = await t.http.get('/api/v1/audit-events?action=auth.refresh_token_reuse').set(bearer(adminToken)).expect(200);
      expect(audit.body.items.length).toBeGreaterThanOrEqual(1);
    });

    it('refuses a made-up or malformed refresh token', async () => {
      const first = await t.login(world.trainer.email, PASSWORD);
      const [id] = first.refreshToken.split('.');
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: `${id}.${'A'.repeat(43)}` }).expect(401);
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: 'garbage' }).expect(401);
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: 42 }).expect(400);
    });
  });

  describe('logout and password change', () => {
    it('logout ends the session: its access and refresh tokens stop working', async () => {
      const session = await t.login(world.coordinator.email, PASSWORD);
      await t.http.post('/api/v1/auth/logout').set(bearer(session.accessToken)).expect(204);
      await t.http.get(ME).set(bearer(session.accessToken)).expect(401);
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
      await t.http.get(ME).set(bearer(world.coordinator.token)).expect(200);
    });

    it('password change needs the old password and signs out every other session', async () => {
      const email = 'zmiana.hasla@mosty.test';
      await t.http
        .post('/api/v1/users')
        .set(bearer(adminToken))
        .send({ email, fullName: 'Oksana Melnyk', role: 'officer', password: PASSWORD, institutionId: world.id })
        .expect(201);
      const phone = await t.login(email, PASSWORD);
      const desktop = await t.login(email, PASSWORD);

      const refused = await t.http
        .post('/api/v1/auth/password')
        .set(bearer(desktop.accessToken))
        .send({ currentPassword: 'wrong-password', newPassword: 'new-password-456' })
        .expect(400);
      expect(refused.body.type).toBe('urn:mosty:problem:wrong-current-password');
      await t.http
        .post('/api/v1/auth/password')
        .set(bearer(desktop.accessToken))
        .send({ currentPassword: PASSWORD, newPassword: 'short' })
        .expect(400);

      await t.http
        .post('/api/v1/auth/password')
        .set(bearer(desktop.accessToken))
        .send({ currentPassword: PASSWORD, newPassword: 'new-password-456' })
        .expect(204);
      await t.http.get(ME).set(bearer(desktop.accessToken)).expect(200);
      await t.http.get(ME).set(bearer(phone.accessToken)).expect(401);
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: phone.refreshToken }).expect(401);
      await t.http.post(LOGIN).send({ email, password: PASSWORD }).expect(401);
      await t.login(email, 'new-password-456');
    });
  });

  describe('the browser session: refresh token in an HttpOnly cookie', () => {
    const cookieOf = (res: { headers: Record<string, unknown> }) => {
      const cookies = (res.headers['set-cookie'] as string[] | undefined) ?? [];
      return cookies.find((c) => c.startsWith('mosty_refresh='));
    };
    const valueOf = (cookie: string) => cookie.split(';')[0];

    it('login with refreshTokenCookie sets HttpOnly, SameSite=Strict on the auth path only, and leaves the token out of the body', async () => {
      const res = await t.http.post(LOGIN).send({ email: world.officer.email, password: PASSWORD, refreshTokenCookie: true }).expect(200);
      expect(res.body.refreshToken).toBeUndefined();
      expect(res.body.accessToken).toEqual(expect.any(String));
      const cookie = cookieOf(res)!;
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).toMatch(/Path=\/api\/v1\/auth(;|$)/);
      expect(cookie).toMatch(/Max-Age=\d+/);
      // Without the option, API clients get the token in the body and no cookie, as before.
      const plain = await t.http.post(LOGIN).send({ email: world.officer.email, password: PASSWORD }).expect(200);
      expect(plain.body.refreshToken).toEqual(expect.any(String));
      expect(cookieOf(plain)).toBeUndefined();
    });

    it('refresh reads the cookie and rotates it; the spent cookie replayed revokes the session', async () => {
      const login = await t.http.post(LOGIN).send({ email: world.officer.email, password: PASSWORD, refreshTokenCookie: true }).expect(200);
      const first = valueOf(cookieOf(login)!);
      const refreshed = await t.http.post('/api/v1/auth/refresh').set('Cookie', first).send({}).expect(200);
      expect(refreshed.body.refreshToken).toBeUndefined();
      const second = valueOf(cookieOf(refreshed)!);
      expect(second).not.toBe(first);
      await t.http.get(ME).set(bearer(refreshed.body.accessToken)).expect(200);

      const replay = await t.http.post('/api/v1/auth/refresh').set('Cookie', first).send({}).expect(401);
      expect(cookieOf(replay)).toMatch(/mosty_refresh=;/);
      await t.http.post('/api/v1/auth/refresh').set('Cookie', second).send({}).expect(401);
      await t.http.get(ME).set(bearer(refreshed.body.accessToken)).expect(401);
    });

    it('refresh with neither a token nor the cookie is a 401 problem', async () => {
      const res = await t.http.post('/api/v1/auth/refresh').send({}).expect(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    });

    it('logout clears the cookie; logout-everywhere ends every session of the user and no one else\'s', async () => {
      const phone = await t.http.post(LOGIN).send({ email: world.trainer.email, password: PASSWORD, refreshTokenCookie: true }).expect(200);
      const desktop = await t.login(world.trainer.email, PASSWORD);
      const out = await t.http.post('/api/v1/auth/logout').set(bearer(phone.body.accessToken)).expect(204);
      expect(cookieOf(out)).toMatch(/mosty_refresh=;/);
      await t.http.post('/api/v1/auth/refresh').set('Cookie', valueOf(cookieOf(phone)!)).send({}).expect(401);
      await t.http.get(ME).set(bearer(desktop.accessToken)).expect(200);

      const laptop = await t.login(world.trainer.email, PASSWORD);
      await t.http.post('/api/v1/auth/logout-everywhere').set(bearer(laptop.accessToken)).expect(204);
      await t.http.get(ME).set(bearer(laptop.accessToken)).expect(401);
      await t.http.get(ME).set(bearer(desktop.accessToken)).expect(401);
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: desktop.refreshToken }).expect(401);
      await t.http.get(ME).set(bearer(world.coordinator.token)).expect(200);
    });
  });

  describe('deactivation', () => {
    it('a deactivated user cannot sign in and their open sessions end; their record stays', async () => {
      const email = 'odejscie@mosty.test';
      const created = await t.http
        .post('/api/v1/users')
        .set(bearer(adminToken))
        .send({ email, fullName: 'Andrij Kowalenko', role: 'officer', password: PASSWORD, institutionId: world.id })
        .expect(201);
      const session = await t.login(email, PASSWORD);
      await t.http.post(`/api/v1/users/${created.body.id}/deactivate`).set(bearer(world.coordinator.token)).expect(200);
      await t.http.get(ME).set(bearer(session.accessToken)).expect(401);
      await t.http.post(LOGIN).send({ email, password: PASSWORD }).expect(401);
      const kept = await t.http.get(`/api/v1/users/${created.body.id}`).set(bearer(adminToken)).expect(200);
      expect(kept.body).toMatchObject({ active: false, fullName: 'Andrij Kowalenko' });
    });
  });

  describe('per-account rate limit', () => {
    it('locks an account after repeated failures (429, even with the right password) without locking a colleague on the same address', async () => {
      const victim = 'celownik@mosty.test';
      await t.http
        .post('/api/v1/users')
        .set(bearer(adminToken))
        .send({ email: victim, fullName: 'Małgorzata Wiśniewska', role: 'officer', password: PASSWORD, institutionId: world.id })
        .expect(201);
      for (let i = 0; i < 5; i++) {
        await t.http.post(LOGIN).send({ email: victim, password: `guess-number-${i}` }).expect(401);
      }
      const locked = await t.http.post(LOGIN).send({ email: victim, password: PASSWORD }).expect(429);
      expect(locked.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      // Same address, another account: unaffected.
      await t.login(world.officer.email, PASSWORD);

      const audit = await t.http.get('/api/v1/audit-events?action=auth.lockout').set(bearer(adminToken)).expect(200);
      expect(audit.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ after: expect.objectContaining({ email: victim }) })]));
    });

    it('also throttles guesses against e-mails that do not exist', async () => {
      for (let i = 0; i < 5; i++) await t.http.post(LOGIN).send({ email: 'ghost@mosty.test', password: `guess-${i}-xx` }).expect(401);
      await t.http.post(LOGIN).send({ email: 'ghost@mosty.test', password: 'another-guess' }).expect(429);
    });

    it('a successful login clears earlier failures', async () => {
      for (let i = 0; i < 4; i++) await t.http.post(LOGIN).send({ email: world.trainer.email, password: `typo-${i}-xxxx` }).expect(401);
      await t.login(world.trainer.email, PASSWORD);
      for (let i = 0; i < 4; i++) await t.http.post(LOGIN).send({ email: world.trainer.email, password: `typo-${i}-yyyy` }).expect(401);
      await t.login(world.trainer.email, PASSWORD);
    });
  });

  describe('logs', () => {
    it('never contain passwords, tokens or hashes', async () => {
      const session = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
      await t.http.get(ME).set(bearer(session.accessToken)).expect(200);
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200);
      const [{ password_hash: hash }] = await t.dataSource.query(`SELECT password_hash FROM "user" WHERE email = $1`, [ADMIN_EMAIL]);
      const logs = t.logs.join('\n');
      expect(logs).toContain('/api/v1/auth/login');
      for (const secret of [ADMIN_PASSWORD, PASSWORD, session.accessToken, session.refreshToken, session.refreshToken.split('.')[1], hash]) {
        expect(logs).not.toContain(secret);
      }
    });
  });
});

describe('per-address rate limit', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '30' } })));
  afterAll(() => t.close());

  it('lets many different accounts sign in from one address up to the cap, then answers 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 35; i++) {
      const res = await t.http.post(LOGIN).send({ email: `officer${i}@mosty.test`, password: 'not-a-real-password' });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
  });
});
