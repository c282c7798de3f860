import { Redis } from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { redisOptions } from '../src/jobs/redis-connection';

/** The URL of another database on the same server. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function serverQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new database with the project's migrations applied, as `npm run migration:run` does (dist/migrations/*.js). */
export async function createMigratedDatabase(serverUrl: string, name: string): Promise<string> {
  await serverQuery(serverUrl, `CREATE DATABASE ${quoteIdent(name)}`);
  const url = databaseUrl(serverUrl, name);
  const dataSource = await new DataSource(dataSourceOptions(url, 1)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length === 0) throw new Error('No migrations found: run the bench through `npm run bench`, which builds first');
  } finally {
    await dataSource.destroy();
  }
  return url;
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await serverQuery(serverUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
}

/** Removes every BullMQ key under the bench's own prefix (and nothing else). */
export async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis({ ...redisOptions(redisUrl), lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  let deleted = 0;
  try {
    let cursor = '0';
    // SCAN is bounded by the keyspace; the prefix is unique to this run.
    do {
      const [nextCursor, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = nextCursor;
      if (keys.length) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}
