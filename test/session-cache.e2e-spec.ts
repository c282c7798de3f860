import { TestApp, bearer } from './support/test-app';
import { createInstitutionWithPeople, PASSWORD } from './support/world';

const ME = '/api/v1/auth/me';

/** Asks until the answer has the status, for at most `withinMs`; returns how long it took. */
async function statusWithin(t: TestApp, token: string, status: number, withinMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const res = await t.http.get(ME).set(bearer(token));
    if (res.status === status) return Date.now() - started;
    if (Date.now() - started > withinMs) throw new Error(`GET /auth/me still answers ${res.status}, not ${status}, after ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The API's LISTEN connection on this test's database, if open. */
async function listenerPid(t: TestApp): Promise<number | undefined> {
  const [row] = await t.dataSource.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'mosty-session-cache'`,
  );
  return row?.pid;
}

async function waitForListener(t: TestApp): Promise<void> {
  const started = Date.now();
  while (!(await listenerPid(t))) {
    if (Date.now() - started > 5000) throw new Error('the session cache did not listen again within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // LISTEN follows the connection; the query below waits until the API's next lookup found it ready.
  await new Promise((resolve) => setTimeout(resolve, 100));
}

/**
 * A change made by another process — here, plain SQL on another connection — must end a
 * session the API keeps in memory as surely as a change the API made itself.
 */
describe('signed-in actors kept in memory (SESSION_CACHE_SECONDS)', () => {
  let t: TestApp;
  let adminToken: string;
  let world: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let other: Awaited<ReturnType<typeof createInstitutionWithPeople>>;
  let serial = 0;

  /** A new officer's session, already in the API's memory. */
  async function cachedSession(): Promise<{ id: string; token: string; sessionId: string }> {
    const email = `pamiec.${++serial}@mosty.test`;
    const created = await t.http
      .post('/api/v1/users')
      .set(bearer(adminToken))
      .send({ email, fullName: `Olena Bondarenko ${serial}`, role: 'officer', password: PASSWORD, institutionId: world.id })
      .expect(201);
    const { accessToken } = await t.login(email, PASSWORD);
    await t.http.get(ME).set(bearer(accessToken)).expect(200);
    const [session] = await t.dataSource.query(`SELECT id FROM auth_session WHERE user_id = $1`, [created.body.id]);
    return { id: created.body.id, token: accessToken, sessionId: session.id };
  }

  beforeAll(async () => {
    t = await TestApp.start({ env: { SESSION_CACHE_SECONDS: '3' } });
    adminToken = await t.adminToken();
    world = await createInstitutionWithPeople(t, adminToken, 'SCA');
    other = await createInstitutionWithPeople(t, adminToken, 'SCB');
    await t.http.get(ME).set(bearer(world.officer.token)).expect(200);
    await waitForListener(t);
  });
  afterAll(() => t.close());

  it('serves a session from memory: a revocation nobody announces is honoured only after SESSION_CACHE_SECONDS', async () => {
    const session = await cachedSession();
    await t.dataSource.query(`ALTER TABLE auth_session DISABLE TRIGGER auth_session_changed`);
    try {
      await t.dataSource.query(`UPDATE auth_session SET revoked_at = now() WHERE id = $1`, [session.sessionId]);
      await t.http.get(ME).set(bearer(session.token)).expect(200);
      const tookMs = await statusWithin(t, session.token, 401, 5000);
      expect(tookMs).toBeLessThanOrEqual(3500);
    } finally {
      await t.dataSource.query(`ALTER TABLE auth_session ENABLE TRIGGER auth_session_changed`);
    }
  });

  it('ends a session revoked by another process within a second', async () => {
    const session = await cachedSession();
    await t.dataSource.query(`UPDATE auth_session SET revoked_at = now(), revoked_reason = 'test' WHERE id = $1`, [session.sessionId]);
    expect(await statusWithin(t, session.token, 401, 1000)).toBeLessThan(1000);
  });

  it('ends a session whose user another process deactivated, even though the session row is untouched', async () => {
    const session = await cachedSession();
    await t.dataSource.query(`UPDATE "user" SET active = false WHERE id = $1`, [session.id]);
    expect(await statusWithin(t, session.token, 401, 1000)).toBeLessThan(1000);
  });

  it('ends a deleted session within a second', async () => {
    const session = await cachedSession();
    await t.dataSource.query(`DELETE FROM refresh_token WHERE session_id = $1`, [session.sessionId]);
    await t.dataSource.query(`DELETE FROM auth_session WHERE id = $1`, [session.sessionId]);
    expect(await statusWithin(t, session.token, 401, 1000)).toBeLessThan(1000);
  });

  it("a coordinator moved to another institution by another process sees that institution's people, not the old one's", async () => {
    const email = 'przeniesiony@mosty.test';
    await t.http
      .post('/api/v1/users')
      .set(bearer(adminToken))
      .send({ email, fullName: 'Iryna Tkachenko', role: 'institution_admin', password: PASSWORD, institutionId: world.id })
      .expect(201);
    const { accessToken, user } = await t.login(email, PASSWORD);
    await t.http.get(`/api/v1/users/${world.officer.id}`).set(bearer(accessToken)).expect(200);
    await t.http.get(`/api/v1/users/${other.officer.id}`).set(bearer(accessToken)).expect(404);

    await t.dataSource.query(`UPDATE "user" SET institution_id = $2, unit_id = NULL WHERE id = $1`, [user.id, other.id]);
    const started = Date.now();
    while ((await t.http.get(`/api/v1/users/${other.officer.id}`).set(bearer(accessToken))).status !== 200) {
      if (Date.now() - started > 1000) throw new Error('the move was not seen within a second');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await t.http.get(`/api/v1/users/${world.officer.id}`).set(bearer(accessToken)).expect(404);
  });

  it("this process's own changes hold for the very next request: logout, deactivation", async () => {
    const loggedOut = await cachedSession();
    await t.http.post('/api/v1/auth/logout').set(bearer(loggedOut.token)).expect(204);
    await t.http.get(ME).set(bearer(loggedOut.token)).expect(401);

    const deactivated = await cachedSession();
    await t.http.post(`/api/v1/users/${deactivated.id}/deactivate`).set(bearer(world.coordinator.token)).expect(200);
    await t.http.get(ME).set(bearer(deactivated.token)).expect(401);
  });

  it('with its LISTEN connection killed, reads every session from the database, then listens again', async () => {
    const session = await cachedSession();
    const pid = await listenerPid(t);
    expect(pid).toBeDefined();
    await t.dataSource.query(`SELECT pg_terminate_backend($1)`, [pid]);
    // Whatever notification is missed now, nothing stale may be served.
    await t.dataSource.query(`ALTER TABLE auth_session DISABLE TRIGGER auth_session_changed`);
    try {
      await t.dataSource.query(`UPDATE auth_session SET revoked_at = now() WHERE id = $1`, [session.sessionId]);
      expect(await statusWithin(t, session.token, 401, 200)).toBeLessThan(200);
    } finally {
      await t.dataSource.query(`ALTER TABLE auth_session ENABLE TRIGGER auth_session_changed`);
    }

    await waitForListener(t);
    expect(await listenerPid(t)).not.toBe(pid);
    const afterwards = await cachedSession();
    await t.dataSource.query(`UPDATE auth_session SET revoked_at = now() WHERE id = $1`, [afterwards.sessionId]);
    expect(await statusWithin(t, afterwards.token, 401, 1000)).toBeLessThan(1000);
  });
});

describe('SESSION_CACHE_SECONDS=0', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ env: { SESSION_CACHE_SECONDS: '0' } });
  });
  afterAll(() => t.close());

  it('reads the session on every request and holds no LISTEN connection', async () => {
    const adminToken = await t.adminToken();
    const world = await createInstitutionWithPeople(t, adminToken, 'SC0');
    await t.http.get(ME).set(bearer(world.officer.token)).expect(200);
    await t.dataSource.query(`ALTER TABLE auth_session DISABLE TRIGGER auth_session_changed`);
    await t.dataSource.query(`UPDATE auth_session SET revoked_at = now() WHERE user_id = $1`, [world.officer.id]);
    await t.http.get(ME).set(bearer(world.officer.token)).expect(401);
    expect(await listenerPid(t)).toBeUndefined();
  });
});
