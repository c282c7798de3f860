import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The compiled entry points (npm test builds first), started as a user would. */
const ROOT = join(__dirname, '..');

function run(script: string, env: Record<string, string>) {
  return spawnSync(process.execPath, [join(ROOT, 'dist', 'src', script)], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('entry points refuse a bad configuration', () => {
  it.each(['main.js', 'worker.js', 'seed/seed-demo.js'])('%s stops with one line naming the variable', (script) => {
    const result = run(script, { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/mosty', REDIS_URL: 'redis://redis:6379', JWT_SECRET: 'x'.repeat(40), PUBLIC_BASE_URL: 'https://mosty.example.org', STORAGE_DIR: '/tmp', PORT: 'abc' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Configuration error: PORT: must be a whole number');
    expect(result.stdout).toBe('');
  });

  it('a missing production secret is named', () => {
    const result = run('main.js', { NODE_ENV: 'production' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Configuration error: DATABASE_URL: is required when NODE_ENV=production');
  });
});
