import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Writable } from 'node:stream';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp, createWorkerApp } from '../../src/app.factory';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { cloneTemplate, createMigratedDatabase, databaseUrl, dropDatabase, TEST_REDIS_URL, TEST_SERVER_URL, uniqueName } from './databases';

export const ADMIN_EMAIL = 'admin@mosty.test';
export const ADMIN_PASSWORD = 'admin-password-123';

export interface TestAppOptions {
  /** Extra environment, as a user would set it. */
  env?: Record<string, string>;
  /** Keep every log line in `logs` (level info). */
  captureLogs?: boolean;
  /** Also start the worker process's module on the same database. */
  worker?: boolean;
  /** Another PostgreSQL server (URL of any database there) to migrate a new database on, instead of cloning the template. */
  server?: string;
}

/**
 * The real API on its own freshly cloned, migrated database and its own queue
 * prefix, reached over HTTP with supertest. Nothing is shared between test files.
 */
export class TestApp {
  readonly logs: string[] = [];
  app: INestApplication;
  worker?: INestApplicationContext;
  config: AppConfig;
  dataSource: DataSource;
  private databaseName: string;
  private server = TEST_SERVER_URL;

  static async start(options: TestAppOptions = {}): Promise<TestApp> {
    const testApp = new TestApp();
    await testApp.init(options);
    return testApp;
  }

  private async init(options: TestAppOptions): Promise<void> {
    if (options.server) {
      this.server = options.server;
      this.databaseName = uniqueName('mosty_t');
      await createMigratedDatabase(this.databaseName, this.server);
    } else {
      this.databaseName = await cloneTemplate();
    }
    this.config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl(this.databaseName, this.server),
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: uniqueName('mosty-test'),
      STORAGE_DIR: `/tmp/${this.databaseName}`,
      LOG_LEVEL: options.captureLogs ? 'info' : 'silent',
      BOOTSTRAP_ADMIN_EMAIL: ADMIN_EMAIL,
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
      ...options.env,
    });
    const logDestination = new Writable({
      write: (chunk, _encoding, done) => {
        this.logs.push(chunk.toString());
        done();
      },
    });
    this.app = await createApiApp(this.config, { logDestination });
    this.dataSource = this.app.get(DataSource);
    if (options.worker) this.worker = await createWorkerApp(this.config, { logDestination });
  }

  get http() {
    return request(this.app.getHttpServer());
  }

  async login(email: string, password: string): Promise<{ accessToken: string; refreshToken: string; user: { id: string } }> {
    const res = await this.http.post('/api/v1/auth/login').send({ email, password });
    if (res.status !== 200) throw new Error(`login of ${email} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async adminToken(): Promise<string> {
    return (await this.login(ADMIN_EMAIL, ADMIN_PASSWORD)).accessToken;
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.app?.close();
    if (this.databaseName) await dropDatabase(this.databaseName, this.server);
  }
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
