import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';

/** The server the tests create their databases on (any database there; `postgres` by default). */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEMPLATE_ENV = 'MOSTY_TEST_TEMPLATE_DB';

export function databaseUrl(name: string, server = TEST_SERVER_URL): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

export async function serverQuery(sql: string, server = TEST_SERVER_URL): Promise<void> {
  const client = new Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The migration classes, loaded from their TypeScript sources (jest transforms them). */
export function migrationClasses(): Function[] {
  const dir = join(__dirname, '..', '..', 'migrations');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .flatMap((f) => Object.values(require(join(dir, f))) as Function[]);
}

/** A new, migrated database: the schema exactly as `npm run migration:run` builds it. */
export async function createMigratedDatabase(name: string, server = TEST_SERVER_URL): Promise<void> {
  await serverQuery(`CREATE DATABASE "${name}"`, server);
  const dataSource = new DataSource({ ...dataSourceOptions(databaseUrl(name, server), 1), migrations: migrationClasses() });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** A copy of the migrated template: much faster than migrating each test file's database. */
export async function cloneTemplate(): Promise<string> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error('The jest globalSetup did not create the template database');
  const name = uniqueName('mosty_t');
  for (let attempt = 0; ; attempt++) {
    try {
      await serverQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      return name;
    } catch (error) {
      // Two files cloning the same template at the same instant: PostgreSQL refuses one; try again.
      if (attempt >= 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
}

export async function dropDatabase(name: string, server = TEST_SERVER_URL): Promise<void> {
  await serverQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, server);
}
