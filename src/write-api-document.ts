import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { writeFileSync } from 'node:fs';
import { createApiDocument, applyApiPrefix } from './api-document';
import { AppModule } from './app.module';
import { loadConfig } from './config/app-config';

/**
 * The API's OpenAPI document without starting anything — Nest's preview mode builds the module
 * graph but runs no provider, so no database or Redis is needed.
 */
export async function buildApiDocumentOffline(): Promise<OpenAPIObject> {
  const config = loadConfig({ NODE_ENV: 'development', DATABASE_URL: 'postgres://127.0.0.1/unused', REDIS_URL: 'redis://127.0.0.1' });
  const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false });
  applyApiPrefix(app);
  const document = createApiDocument(app);
  await app.close();
  return document;
}

/** `node dist/src/write-api-document.js <file>`: the build generates the web app's client from the file. */
async function main(file: string) {
  writeFileSync(file, `${JSON.stringify(await buildApiDocumentOffline(), null, 2)}\n`);
}

if (require.main === module) {
  const [file] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node dist/src/write-api-document.js <file>');
    process.exit(2);
  }
  main(file).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
