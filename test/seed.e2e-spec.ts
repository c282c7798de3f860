import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PasswordHasher } from '../src/modules/auth/password-hasher';
import { DEMO_INSTITUTIONS, DEMO_PASSWORD, DEMO_USERS } from '../src/seed/demo-world';
import { DEMO_COURSE, DEMO_QUESTIONS } from '../src/seed/demo-course';
import { DEMO_ADMIN, DEMO_COURSE_AUTHOR, seedDemo } from '../src/seed/seed-demo';
import { assignDemoCourse, seedDemoCourse } from '../src/seed/seed-demo-course';
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
    expect(await seedEvents()).toBe(1);
  });
});
