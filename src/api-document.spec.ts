import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { OpenAPIObject, OperationObject } from '@nestjs/swagger';
import { API_TAGS } from './api-document';
import { buildApiDocumentOffline } from './write-api-document';

/** Every .ts file under a directory, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the OpenAPI document', () => {
  // @nestjs/swagger names a schema after its class: two classes of one name become one
  // schema, silently, and the web app's generated types then describe the wrong one.
  it('has no two classes of the same name behind its schemas', () => {
    const root = join(__dirname);
    const where = new Map<string, string[]>();
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes('@nestjs/swagger')) continue;
      for (const [, name] of text.matchAll(/^export class (\w+)/gm)) where.set(name, [...(where.get(name) ?? []), relative(root, file)]);
    }
    const duplicates = [...where].filter(([, files]) => files.length > 1).map(([name, files]) => `${name}: ${files.join(', ')}`);
    expect(duplicates).toEqual([]);
  });

  describe('in words', () => {
    let document: OpenAPIObject;
    let operations: { name: string; operation: OperationObject }[];
    beforeAll(async () => {
      document = await buildApiDocumentOffline();
      operations = Object.entries(document.paths).flatMap(([path, item]) =>
        (['get', 'put', 'post', 'patch', 'delete'] as const).flatMap((method) => (item[method] ? [{ name: `${method.toUpperCase()} ${path}`, operation: item[method] }] : [])),
      );
    });

    it('gives every operation a summary and a description of its rules', () => {
      expect(operations.length).toBeGreaterThan(80);
      const bare = operations.filter(({ operation }) => !operation.summary?.trim() || !operation.description?.trim()).map(({ name }) => name);
      expect(bare).toEqual([]);
    });

    it('gives every request body an example', () => {
      const withBody = operations.filter(({ operation }) => operation.requestBody);
      expect(withBody.length).toBeGreaterThan(20);
      const without = withBody
        .filter(({ operation }) => {
          const content = Object.values((operation.requestBody as { content: Record<string, { example?: unknown; examples?: object; schema?: { example?: unknown } }> }).content);
          return content.length === 0 || !content.some((media) => media.example !== undefined || Object.keys(media.examples ?? {}).length > 0 || media.schema?.example !== undefined);
        })
        .map(({ name }) => name);
      expect(without).toEqual([]);
    });

    it('lists its tags in the order a user meets them, each described, admin operations last', () => {
      expect(document.tags?.map((tag) => tag.name)).toEqual(API_TAGS.map((tag) => tag.name));
      expect(API_TAGS.slice(0, 3).map((tag) => tag.name)).toEqual(['auth', 'enrollments', 'attempts']);
      expect(API_TAGS.at(-1)?.name).toBe('operations');
      expect(document.tags?.filter((tag) => !tag.description?.trim())).toEqual([]);
      const used = new Set(operations.flatMap(({ operation }) => operation.tags ?? []));
      expect([...used].filter((tag) => !API_TAGS.some((listed) => listed.name === tag))).toEqual([]);
      expect(API_TAGS.filter((tag) => !used.has(tag.name)).map((tag) => tag.name)).toEqual([]);
      expect(operations.filter(({ operation }) => (operation.tags ?? []).length !== 1).map(({ name }) => name)).toEqual([]);
    });
  });
});
