import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { loadConfigOrExit } from '../config/load-or-exit';
import { dataSourceOptions } from './data-source-options';

/**
 * `npm run migration:run`: creates the database named in DATABASE_URL when the
 * server does not have it yet (so `npm run demo` works on a fresh machine), then
 * applies every pending migration from migrations/.
 */
export async function migrateDatabase(config: Pick<AppConfig, 'databaseUrl'>): Promise<void> {
  if (await createDatabaseIfMissing(config.databaseUrl)) process.stdout.write(`Created the database ${new URL(config.databaseUrl).pathname.slice(1)}\n`);
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl, 1)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    process.stdout.write(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}\n` : 'The schema is up to date\n');
  } finally {
    await dataSource.destroy();
  }
}

/** The database named in the URL, created through the server's maintenance database `postgres` when it is missing; true when it was. */
export async function createDatabaseIfMissing(databaseUrl: string): Promise<boolean> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  const server = new URL(databaseUrl);
  server.pathname = '/postgres';
  const client = new Client({ connectionString: server.toString() });
  try {
    await client.connect();
  } catch {
    return false; // No access to the maintenance database: the database must already exist.
  }
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}

if (require.main === module) {
  migrateDatabase(loadConfigOrExit()).catch((error: unknown) => {
    process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
