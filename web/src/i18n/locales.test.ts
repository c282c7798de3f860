import { describe, expect, it } from 'vitest';
import { resources } from '.';

/** Every key path of a nested resource, e.g. `signIn.title`. */
function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe('translations', () => {
  for (const namespace of Object.keys(resources.pl) as (keyof typeof resources.pl)[]) {
    it(`${namespace}: English and Ukrainian have exactly the Polish keys, none empty`, () => {
      const polish = keys(resources.pl[namespace]).sort();
      for (const language of ['en', 'uk'] as const) {
        expect(keys(resources[language][namespace]).sort()).toEqual(polish);
        for (const key of keys(resources[language][namespace])) {
          const text = key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], resources[language][namespace]);
          if (typeof text === 'string') expect(text.trim()).not.toBe('');
        }
      }
    });
  }
});
