import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '.';

const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { import: 'default', eager: true });
const resources = Object.fromEntries(
  (['pl', 'en', 'uk'] as const).map((language) => [language, Object.fromEntries(NAMESPACES.map((ns) => [ns, files[`./locales/${language}/${ns}.json`]]))]),
) as Record<'pl' | 'en' | 'uk', Record<(typeof NAMESPACES)[number], Record<string, unknown>>>;

/** Every key path of a nested resource, e.g. `signIn.title`. */
function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe('translations', () => {
  it('exist for every language and namespace, each with texts', () => {
    for (const language of ['pl', 'en', 'uk'] as const) for (const ns of NAMESPACES) expect(Object.keys(resources[language][ns] ?? {}).length).toBeGreaterThan(0);
  });

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
