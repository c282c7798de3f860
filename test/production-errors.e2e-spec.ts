import { publishCourse } from './support/courses';
import { bearer, TestApp } from './support/test-app';
import { createInstitutionWithPeople } from './support/world';

/** What must never reach a client: a stack frame, a file of ours, SQL, or the name of a table or constraint. */
const LEAKS = [
  /\bat [\w.<>]+ \(|\bat \/|node_modules|\.[jt]s:\d+/,
  /\b(SELECT|INSERT|UPDATE|DELETE)\b[\s\S]*\b(FROM|INTO|SET|WHERE)\b/i,
  /relation|constraint|violat|syntax|column|QueryFailed|TypeError|Cannot read/i,
  /\b(institution|enrollment|course_version|auth_session|"user")\b/,
];
const expectNothingLeaks = (res: { text: string; headers: Record<string, string> }) => {
  for (const pattern of LEAKS) expect(res.text).not.toMatch(pattern);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
};

describe('errors in production tell the client nothing about the server', () => {
  let t: TestApp;
  let admin: string;
  let police: Awaited<ReturnType<typeof createInstitutionWithPeople>>;

  beforeAll(async () => {
    t = await TestApp.start({
      captureLogs: true,
      env: { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), PUBLIC_BASE_URL: 'https://mosty.example.org', STORAGE_DIR: '/tmp/mosty-production-errors' },
    });
    expect(t.config.production).toBe(true);
    admin = await t.adminToken();
    police = await createInstitutionWithPeople(t, admin, 'KMP');
  });
  afterAll(() => t.close());

  it('a database error is a bare 500 problem with a request id; the log keeps the error for the operator', async () => {
    await t.dataSource.query(`ALTER TABLE institution RENAME TO institution_elsewhere`);
    try {
      const res = await t.http.get('/api/v1/institutions').set(bearer(admin)).set('X-Request-Id', 'db-error-1').expect(500);
      expectNothingLeaks(res);
      expect(res.body).toEqual({ type: 'urn:mosty:problem:internal-error', title: 'Internal server error', status: 500, detail: 'An unexpected error occurred', instance: '/api/v1/institutions', requestId: 'db-error-1' });
    } finally {
      await t.dataSource.query(`ALTER TABLE institution_elsewhere RENAME TO institution`);
    }
    const logged = t.logs.find((line) => line.includes('"requestId":"db-error-1"') && line.includes('Unhandled error'));
    expect(logged).toMatch(/relation \\"institution\\" does not exist/);
  });

  it('database refusals the client caused answer 4xx without naming the constraint or the table', async () => {
    const duplicate = await t.http.post('/api/v1/institutions').set(bearer(admin)).send({ name: 'Druga', type: 'police', code: 'KMP' });
    expect(duplicate.status).toBe(409);
    expectNothingLeaks(duplicate);
  });

  it('an unexpected error (a course version whose snapshot is broken) is the same bare 500', async () => {
    const course = await publishCourse(t, police.trainer.token, { title: 'Kurs z uszkodzoną wersją' });
    // Versions are immutable (a trigger refuses the UPDATE): the breakage has to go around it.
    await t.dataSource.transaction(async (em) => {
      await em.query(`ALTER TABLE course_version DISABLE TRIGGER course_version_immutable`);
      await em.query(`UPDATE course_version SET snapshot = '{"audience": ["police"], "modules": [null]}' WHERE course_id = $1`, [course.courseId]);
      await em.query(`ALTER TABLE course_version ENABLE TRIGGER course_version_immutable`);
    });
    // Assigning reads the version's outline, and trips over the module that is not there.
    const res = await t.http
      .post('/api/v1/assignments')
      .set(bearer(admin))
      .set('X-Request-Id', 'type-error-1')
      .send({ courseId: course.courseId, userIds: [police.officer.id], dueAt: new Date(Date.now() + 86400_000).toISOString() })
      .expect(500);
    expectNothingLeaks(res);
    expect(res.body).toMatchObject({ status: 500, detail: 'An unexpected error occurred', requestId: 'type-error-1' });
    expect(t.logs.find((line) => line.includes('"requestId":"type-error-1"') && line.includes('Unhandled error'))).toMatch(/TypeError/);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM enrollment WHERE course_id = $1`, [course.courseId]))[0].n).toBe(0);
  });

  it('requests that fail before any route — a broken URL, a broken body — are problems with nothing more', async () => {
    for (const res of [
      await t.http.get('/api/v1/users/%E0%A4%A').set(bearer(admin)),
      await t.http.get('/%E0%A4%A'),
      await t.http.get('/assets/%E0%A4%A'),
      await t.http.get('/no-such-page.php'),
      await t.http.get('/verify/%E0%A4%A'),
      await t.http.post('/api/v1/auth/login').set('Content-Type', 'application/json; charset=koi8-r').send('{}'),
      await t.http.post('/api/v1/auth/login').set('Content-Type', 'application/json').set('Content-Encoding', 'br').send('{}'),
      await t.http.post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"email": '),
    ]) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expectNothingLeaks(res);
    }
  });
});
