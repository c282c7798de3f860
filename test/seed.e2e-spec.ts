import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PasswordHasher } from '../src/modules/auth/password-hasher';
import { DEMO_INSTITUTIONS, DEMO_PASSWORD, DEMO_USERS } from '../src/seed/demo-world';
import { DEMO_COURSE, DEMO_QUESTIONS } from '../src/seed/demo-course';
import { DEMO_ADMIN, DEMO_COURSE_AUTHOR, seedDemo } from '../src/seed/seed-demo';
import { assignDemoCourse, seedDemoCourse } from '../src/seed/seed-demo-course';
import { HISTORY_OFFICERS_PER_INSTITUTION, HistorySummary, seedDemoHistory } from '../src/seed/seed-demo-history';
import { QUESTION_TYPES } from '../src/modules/questions/question-definition';
import { bearer, TestApp } from './support/test-app';

const ROOT = join(__dirname, '..');
const SCRIPT = join(ROOT, 'dist', 'src', 'seed', 'seed-demo.js');

const OFFICER = DEMO_USERS.find((u) => u.fullName === 'Łukasz Żółć')!;
const COORDINATOR = DEMO_USERS.find((u) => u.role === 'institution_admin' && u.institution === OFFICER.institution)!;

describe('npm run seed:demo', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });

  afterAll(async () => {
    await t?.close();
  });

  const tableCounts = async () =>
    (await t.dataSource.query(
      `SELECT (SELECT count(*) FROM institution)::int AS institutions,
              (SELECT count(*) FROM unit)::int AS units,
              (SELECT count(*) FROM "user")::int AS users`,
    ))[0];
  const passwordHashes = () => t.dataSource.query(`SELECT email, password_hash FROM "user" ORDER BY email`);
  const seedEvents = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'seed.demo'`))[0].n;

  it('creates the demo world once; a second run creates nothing and keeps every password', async () => {
    const hasher = t.app.get(PasswordHasher);
    const first = await seedDemo(t.dataSource, hasher);
    expect(first).toEqual({
      institutions: DEMO_INSTITUTIONS.length,
      units: DEMO_INSTITUTIONS.reduce((n, i) => n + i.units.length, 0),
      users: DEMO_USERS.length,
    });
    const countsAfterFirst = await tableCounts();
    const hashesAfterFirst = await passwordHashes();

    expect(await seedDemo(t.dataSource, hasher)).toEqual({ institutions: 0, units: 0, users: 0 });
    expect(await tableCounts()).toEqual(countsAfterFirst);
    // A fresh hash has a fresh salt, so an overwritten password would show here.
    expect(await passwordHashes()).toEqual(hashesAfterFirst);
    expect(await seedEvents()).toBe(1);
  });

  it('builds and publishes the demo course once, with a final quiz of every question type', async () => {
    const first = await seedDemoCourse(t.dataSource, DEMO_COURSE_AUTHOR);
    expect(first).toEqual({ questionsCreated: DEMO_QUESTIONS.length, courseCreated: true, publishedVersion: 1 });
    expect(await seedDemoCourse(t.dataSource, DEMO_COURSE_AUTHOR)).toEqual({ questionsCreated: 0, courseCreated: false, publishedVersion: null });

    const [version] = await t.dataSource.query(
      `SELECT v.version, v.snapshot FROM course_version v JOIN course c ON c.id = v.course_id WHERE c.title->>'pl' = $1`,
      [DEMO_COURSE.title.pl],
    );
    expect(version.version).toBe(1);
    const modules = version.snapshot.modules;
    expect(modules.map((m: { kind: string }) => m.kind)).toEqual(['lesson', 'lesson', 'lesson', 'lesson', 'lesson', 'quiz']);
    const quiz = modules[5].quiz;
    expect(quiz.questions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(quiz.questions.map((q: { type: string }) => q.type))).toEqual(new Set(QUESTION_TYPES));
    expect(new Set(DEMO_QUESTIONS.map((q) => q.question.name)).size).toBe(DEMO_QUESTIONS.length);
  });

  it('assigns the demo course to every institution once, so demo officers find it waiting', async () => {
    const officers = DEMO_USERS.filter((u) => u.role === 'officer').length;
    expect(await assignDemoCourse(t.dataSource, DEMO_ADMIN)).toBe(officers);
    expect(await assignDemoCourse(t.dataSource, DEMO_ADMIN)).toBe(0);
    const login = await t.http.post('/api/v1/auth/login').send({ email: OFFICER.email, password: DEMO_PASSWORD }).expect(200);
    const enrollments = await t.http.get('/api/v1/enrollments').set(bearer(login.body.accessToken)).expect(200);
    expect(enrollments.body.items).toEqual([expect.objectContaining({ status: 'assigned', courseVersion: 1 })]);
  });

  it('keeps Polish and Ukrainian names intact', async () => {
    const rows: { email: string; full_name: string }[] = await t.dataSource.query(
      `SELECT email, full_name FROM "user" WHERE email = ANY($1)`,
      [DEMO_USERS.map((u) => u.email)],
    );
    expect(new Map(rows.map((r) => [r.email, r.full_name]))).toEqual(new Map(DEMO_USERS.map((u) => [u.email, u.fullName])));
    expect(rows.find((r) => r.email === OFFICER.email)?.full_name).toBe('Łukasz Żółć');
  });

  it('lets a demo officer sign in', async () => {
    const res = await t.http.post('/api/v1/auth/login').send({ email: OFFICER.email, password: DEMO_PASSWORD }).expect(200);
    expect(res.body.user).toMatchObject({ email: OFFICER.email, fullName: 'Łukasz Żółć', role: 'officer' });
    expect(res.body.user.unitId).toEqual(expect.any(String));
  });

  it('shows a demo institution admin only their own institution’s users', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ email: COORDINATOR.email, password: DEMO_PASSWORD }).expect(200);
    const { institutionId } = login.body.user;
    expect(institutionId).toEqual(expect.any(String));

    const res = await t.http.get('/api/v1/users?limit=100').set(bearer(login.body.accessToken)).expect(200);
    const ownPeople = DEMO_USERS.filter((u) => u.institution === COORDINATOR.institution);
    expect(res.body.items).toHaveLength(ownPeople.length);
    for (const item of res.body.items) expect(item.institutionId).toBe(institutionId);
    expect(res.body.items.map((u: { email: string }) => u.email).sort()).toEqual(ownPeople.map((u) => u.email).sort());
  });

  describe('the demo history', () => {
    const historyCounts = async () =>
      (await t.dataSource.query(
        `SELECT (SELECT count(*) FROM "user" WHERE role = 'officer')::int AS officers,
                (SELECT count(*) FROM assignment)::int AS assignments,
                (SELECT count(*) FROM enrollment)::int AS enrollments,
                (SELECT count(*) FROM module_progress)::int AS progress,
                (SELECT count(*) FROM attempt)::int AS attempts,
                (SELECT count(*) FROM certificate)::int AS certificates,
                (SELECT count(*) FROM audit_event)::int AS events`,
      ))[0];
    const one = async (sql: string) => (await t.dataSource.query(sql))[0].n as number;
    let first: HistorySummary;

    beforeAll(async () => {
      const started = Date.now();
      first = await seedDemoHistory(t.dataSource, t.config);
      // Bulk inserts: seconds, not minutes (measured here: 0.8 s for 320 officers).
      expect(Date.now() - started).toBeLessThan(20_000);
    }, 60_000);

    it('enrolls several hundred officers across every demo institution and unit', async () => {
      expect(first.officers).toBe(HISTORY_OFFICERS_PER_INSTITUTION * DEMO_INSTITUTIONS.length);
      const perUnit: { code: string; n: number }[] = await t.dataSource.query(
        `SELECT u.code, count(e.id)::int AS n FROM unit u LEFT JOIN "user" p ON p.unit_id = u.id AND p.role = 'officer'
           LEFT JOIN enrollment e ON e.user_id = p.id GROUP BY u.code`,
      );
      expect(perUnit.length).toBe(DEMO_INSTITUTIONS.reduce((n, i) => n + i.units.length, 0));
      for (const unit of perUnit) expect(unit.n).toBeGreaterThan(5);
      expect(await one(`SELECT count(*)::int AS n FROM "user" WHERE role = 'officer'`)).toBeGreaterThanOrEqual(300);
    });

    it('has late, in-progress, completed and failed work, read as GET /enrollments derives it', async () => {
      expect(await one(`SELECT count(*)::int AS n FROM enrollment WHERE status IN ('assigned', 'in_progress') AND due_at < now()`)).toBeGreaterThan(20);
      expect(await one(`SELECT count(*)::int AS n FROM enrollment WHERE status = 'in_progress' AND due_at > now()`)).toBeGreaterThan(20);
      expect(await one(`SELECT count(*)::int AS n FROM enrollment WHERE status = 'completed'`)).toBeGreaterThan(50);
      expect(await one(`SELECT count(*)::int AS n FROM attempt WHERE status = 'graded' AND passed = false`)).toBeGreaterThan(20);
      // Nothing happened in the future, and every completion has its passed attempt and all its modules.
      expect(await one(`SELECT count(*)::int AS n FROM attempt WHERE graded_at > now() OR started_at > now()`)).toBe(0);
      expect(
        await one(
          `SELECT count(*)::int AS n FROM enrollment e WHERE e.status IN ('completed', 'expired')
             AND (NOT EXISTS (SELECT 1 FROM attempt a WHERE a.enrollment_id = e.id AND a.passed)
                  OR (SELECT count(*) FROM module_progress p WHERE p.enrollment_id = e.id AND p.status = 'completed') < 6)`,
        ),
      ).toBe(0);
      // The quiz's progress holds the best percent of its attempts, as grading keeps it.
      expect(
        await one(
          `SELECT count(*)::int AS n FROM module_progress p
             JOIN LATERAL (SELECT max(percent) AS best FROM attempt a WHERE a.enrollment_id = p.enrollment_id AND a.module_id = p.module_id) a ON a.best IS NOT NULL
            WHERE p.best_percent IS DISTINCT FROM round(a.best, 2)`,
        ),
      ).toBe(0);
    });

    it('issues certificates at completion: some lapse within 60 days, some have expired', async () => {
      expect(first.certificates).toBeGreaterThan(50);
      expect(await one(`SELECT count(*)::int AS n FROM certificate WHERE status = 'valid' AND expires_at BETWEEN now() AND now() + interval '60 days'`)).toBeGreaterThan(10);
      expect(await one(`SELECT count(*)::int AS n FROM certificate WHERE status = 'expired'`)).toBeGreaterThan(5);
      expect(await one(`SELECT count(*)::int AS n FROM enrollment WHERE status = 'expired'`)).toBe(await one(`SELECT count(*)::int AS n FROM certificate WHERE status = 'expired'`));
      expect(await one(`SELECT count(*)::int AS n FROM certificate c JOIN enrollment e ON e.id = c.enrollment_id WHERE c.issued_at <> e.completed_at`)).toBe(0);
      expect(await one(`SELECT count(*)::int AS n FROM certificate WHERE number !~ '^MOS-[0-9]{4}-[0-9]{6}$' OR length(verification_code) < 22`)).toBe(0);
    });

    it('grades attempts whose results name questions of the course that carry competency tags', async () => {
      const tagged: { tag: string; answered: number; share: string }[] = await t.dataSource.query(
        `SELECT tag, count(*)::int AS answered, round(sum((r->>'points')::numeric) / sum((r->>'maxPoints')::numeric), 2) AS share
           FROM attempt a CROSS JOIN jsonb_array_elements(a.results) r
           JOIN question q ON q.id = (r->>'questionId')::uuid CROSS JOIN unnest(q.tags) tag
          WHERE a.status = 'graded' GROUP BY tag ORDER BY share`,
      );
      expect(tagged.map((r) => r.tag).sort()).toEqual(['antydyskryminacja', 'bezpieczenstwo', 'komunikacja', 'prawa-czlowieka', 'status-prawny', 'tlumacz']);
      for (const row of tagged) expect(row.answered).toBeGreaterThan(50);
      // The competencies differ, so a coordinator sees which is weakest.
      expect(Number(tagged.at(-1)!.share) - Number(tagged[0].share)).toBeGreaterThan(0.1);
      expect(tagged[0].tag).toBe('status-prawny');
    });

    it('a demo coordinator finds their late officers through GET /enrollments', async () => {
      const coordinator = await t.http.post('/api/v1/auth/login').send({ email: COORDINATOR.email, password: DEMO_PASSWORD }).expect(200);
      const res = await t.http.get('/api/v1/enrollments?status=overdue&limit=100').set(bearer(coordinator.body.accessToken)).expect(200);
      expect(res.body.items.length).toBeGreaterThan(3);
      for (const item of res.body.items) {
        expect(item).toMatchObject({ status: 'overdue', institutionId: coordinator.body.user.institutionId });
        expect(Date.parse(item.dueAt)).toBeLessThan(Date.now());
      }
    });

    it('a demo coordinator answers the four questions through the reports: not done, late, lapsing, weakest competence', async () => {
      const login = await t.http.post('/api/v1/auth/login').send({ email: COORDINATOR.email, password: DEMO_PASSWORD }).expect(200);
      const auth = bearer(login.body.accessToken);
      const reports = `/api/v1/reports/institutions/${login.body.user.institutionId}`;

      const completion = (await t.http.get(`${reports}/completion`).set(auth).expect(200)).body;
      const [course] = completion.byCourse;
      expect(course.assigned).toBeGreaterThanOrEqual(HISTORY_OFFICERS_PER_INSTITUTION);
      expect(course.completed).toBeGreaterThan(0);
      expect(course.overdue).toBeGreaterThan(0);
      expect(course.completionRate).toBeGreaterThan(0);
      expect(course.completionRate).toBeLessThan(1);
      expect(course.averageBestScore).toBeGreaterThan(0);
      expect(completion.byUnit.length).toBeGreaterThan(1);

      const overdue = (await t.http.get(`${reports}/overdue?limit=100`).set(auth).expect(200)).body;
      expect(overdue.total).toBe(course.overdue);
      expect(overdue.items[0].daysLate).toBeGreaterThan(0);

      const lapsing = (await t.http.get(`${reports}/certificates?expiringWithinDays=60`).set(auth).expect(200)).body;
      expect(lapsing.total).toBeGreaterThan(0);
      for (const c of lapsing.items) expect(Date.parse(c.expiresAt) - Date.now()).toBeLessThanOrEqual(60 * 86_400_000);

      const competencies = (await t.http.get(`${reports}/competencies`).set(auth).expect(200)).body.items;
      expect(new Set(competencies.map((c: { tag: string }) => c.tag)).size).toBe(6);
      const shares = competencies.map((c: { averageScoreShare: number }) => c.averageScoreShare);
      expect(shares).toEqual([...shares].sort((x, y) => x - y));
      expect(shares.at(-1) - shares[0]).toBeGreaterThan(0.1);
    });

    it('a second run changes no count', async () => {
      const before = await historyCounts();
      expect(await seedDemoHistory(t.dataSource, t.config)).toEqual({ officers: 0, enrollments: 0, attempts: 0, certificates: 0 });
      expect(await historyCounts()).toEqual(before);
    });
  });

  it('runs as a script: prints the demo logins and exits 0', async () => {
    if (!existsSync(SCRIPT)) throw new Error(`${SCRIPT} is missing: run \`npm run build\` first (npm test does it)`);
    const run = await new Promise<{ code: number | string | null; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [SCRIPT],
        { cwd: ROOT, env: { ...process.env, DATABASE_URL: t.config.databaseUrl, NODE_ENV: 'test' }, timeout: 20000 },
        (error, stdout, stderr) => resolve({ code: error ? (error.code ?? null) : 0, stdout, stderr }),
      );
    });
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toContain(OFFICER.email);
    expect(run.stdout).toContain(DEMO_PASSWORD);
    expect(run.stdout).toContain('Demo world already present: nothing created.');
    expect(run.stdout).toContain('already published: nothing created.');
    expect(run.stdout).toContain('The demo course was assigned already.');
    expect(run.stdout).toContain('Demo history already present: nothing created.');
    expect(await seedEvents()).toBe(1);
  });
});
