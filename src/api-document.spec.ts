import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

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
});
