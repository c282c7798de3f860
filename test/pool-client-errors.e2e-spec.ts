import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PrivatePostgres } from './support/private-postgres';

const DATA_SOURCE_OPTIONS = join(__dirname, '..', 'dist', 'src', 'database', 'data-source-options.js');

/**
 * A process on the app's connection pool, holding a client checked out by code
 * with no listener of its own, when PostgreSQL ends every session (a fast
 * shutdown: 57P01). The error must break that client only: an unhandled 'error'
 * event would end the whole process — seen in the worker during a PostgreSQL
 * restart under load. In a child process, as a crash is what is tested (the
 * compiled code: npm test builds first).
 */
describe('pooled clients when PostgreSQL stops', () => {
  let server: PrivatePostgres;

  beforeAll(async () => {
    server = await PrivatePostgres.create();
  }, 60_000);
  afterAll(() => server?.destroy());

  it('keep the process alive and fail only the client that was cut off', async () => {
    const script = `
      const { DataSource } = require('typeorm');
      const { dataSourceOptions } = require(${JSON.stringify(DATA_SOURCE_OPTIONS)});
      (async () => {
        const dataSource = await new DataSource(dataSourceOptions(process.env.URL, 2)).initialize();
        const held = await dataSource.driver.master.connect();
        process.stdout.write('held\\n');
        await new Promise((r) => process.stdin.once('data', r));
        const outcome = await held.query('SELECT 1').then(() => 'answered', () => 'failed');
        process.stdout.write('alive, the held client ' + outcome + '\\n');
        process.exit(0);
      })();`;
    const child = spawn(process.execPath, ['-e', script], { cwd: join(__dirname, '..'), env: { ...process.env, URL: server.url }, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => output.includes('held') && resolve());
      void exited.then(() => reject(new Error(`the child ended early:\n${output}`)));
    });

    await server.stop('fast');
    // The FATAL message reaches the held client's socket; then the child carries on.
    await new Promise((r) => setTimeout(r, 500));
    child.stdin.write('go\n');
    expect(await exited).toBe(0);
    expect(output).toContain('alive, the held client failed');
    await server.start();
  }, 60_000);
});
