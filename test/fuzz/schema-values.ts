import fc from 'fast-check';

/** The parts of an OpenAPI 3 schema that Nest's Swagger module writes. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  example?: unknown;
}

export type Components = Record<string, Schema>;

const CONTROL = '\u0000\u0001\u0007\b\t\n\u000b\f\r\u001b\u007f\u0085\u2028\u2029\ufeff\ud800';

/** Text that breaks naive code: NUL (PostgreSQL refuses it in text), controls, lone surrogates, RTL, emoji, SQL and HTML. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.constant(' '),
  fc.constant('\u0000'),
  fc.string({ unit: fc.constantFrom(...CONTROL), minLength: 1, maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`),
  fc.constantFrom(
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    '=HYPERLINK("http://x")',
    '../../etc/passwd',
    '%00',
    '%zz',
    '\u202eevil',
    'Łukasz Żółć',
    'Оксана Мельник',
    '👮🏽‍♀️',
    'null',
    'undefined',
    'NaN',
    '-1',
    '1e309',
    '0x10',
    'true',
    '__proto__',
    '2026-02-30T25:61:00Z',
    '9999-12-31T23:59:59Z',
    '0000-01-01',
  ),
  fc.integer({ min: 256, max: 5000 }).map((n) => 'ą'.repeat(n)),
  fc.constant('x'.repeat(100_000)),
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, -1, 1.5, -1e308, 1e308, Number.MAX_SAFE_INTEGER + 2, -(2 ** 31) - 1, 2 ** 31, 2 ** 63, 1e-320),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Nested past any sane depth, to find recursion without a limit. */
export const deepNesting: fc.Arbitrary<unknown> = fc.integer({ min: 20, max: 2000 }).map((depth) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
});

/** Any JSON value of the wrong kind: what a hostile or buggy client sends in place of a field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom([], {}, [null], [''], { pl: '\u0000' }, JSON.parse('{"__proto__":{"admin":true}}'), { constructor: { prototype: {} } }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: deepNesting },
);

/** Values that real ids are mixed with: random UUIDs, UUID-looking garbage, and anything. */
export const badId: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '1', '0', '-1', 'me', 'null', '%00'),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid().map((u) => u.slice(0, 35)),
  fc.uuid().map((u) => `${u}x`),
  fc.uuid().map((u) => u.replace(/-/g, '')),
  fc.uuid().map((u) => `{${u}}`),
  hostileString,
);

export class SchemaValues {
  /** realIds: ids of objects that exist, so that a uuid field sometimes names something real. */
  constructor(
    private readonly components: Components,
    private readonly realIds: () => string[],
  ) {}

  resolve(schema: Schema): Schema {
    let s = schema;
    for (let i = 0; s.$ref && i < 10; i++) s = this.components[s.$ref.replace('#/components/schemas/', '')] ?? {};
    if (s.allOf) {
      // Nest writes `allOf: [{$ref}]` beside the property's own description and nullability.
      const merged: Schema = { ...s, allOf: undefined };
      for (const part of s.allOf) Object.assign(merged, this.resolve(part), { nullable: s.nullable ?? merged.nullable });
      return merged;
    }
    return s;
  }

  /**
   * Values that follow the schema most of the time, with `hostility` the weight of a wrong value at
   * each node: missing required fields, extra fields, wrong types, hostile strings and numbers.
   */
  value(schema: Schema, hostility = 1, depth = 0): fc.Arbitrary<unknown> {
    const valid = this.valid(this.resolve(schema), hostility, depth);
    if (hostility === 0) return valid;
    return fc.oneof({ weight: 12, arbitrary: valid }, { weight: hostility, arbitrary: hostileValue });
  }

  private valid(s: Schema, hostility: number, depth: number): fc.Arbitrary<unknown> {
    const withNull = (a: fc.Arbitrary<unknown>) => (s.nullable ? fc.option(a, { freq: 8, nil: null }) : a);
    const variants = s.oneOf ?? s.anyOf;
    if (variants) return fc.oneof(...variants.map((v) => this.value(v, hostility, depth + 1)));
    if (s.enum) return withNull(fc.constantFrom(...s.enum));
    if (depth > 6) return fc.constant(null);
    switch (s.type) {
      case 'string':
        return withNull(this.string(s));
      case 'number':
      case 'integer': {
        const min = s.minimum ?? -1000;
        const max = s.maximum ?? Math.max(min, 0) + 1000;
        return withNull(
          fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), fc.double({ min, max, noNaN: true }), fc.constantFrom(min - 1, max + 1)),
        );
      }
      case 'boolean':
        return withNull(fc.boolean());
      case 'array':
        return withNull(fc.array(this.value(s.items ?? {}, hostility, depth + 1), { maxLength: 5 }));
      default:
        if (s.properties) return withNull(this.object(s, hostility, depth));
        if (s.type === 'object') return withNull(fc.dictionary(fc.constantFrom('pl', 'en', 'uk', 'de', ''), this.string({}), { maxKeys: 3 }));
        return fc.jsonValue({ maxDepth: 2 });
    }
  }

  private string(s: Schema): fc.Arbitrary<string> {
    if (s.format === 'uuid') return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...this.realIdsOrOne()) }, { weight: 1, arbitrary: badId });
    if (s.format === 'date-time' || s.format === 'date')
      return fc.oneof(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => (s.format === 'date' ? d.toISOString().slice(0, 10) : d.toISOString())),
        hostileString,
      );
    if (s.format === 'email' || /@/.test(String(s.example ?? ''))) return fc.oneof(fc.emailAddress(), hostileString);
    const examples = typeof s.example === 'string' ? [fc.constant(s.example)] : [];
    return fc.oneof(...examples, fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 30, 60) }), hostileString);
  }

  private object(s: Schema, hostility: number, depth: number): fc.Arbitrary<Record<string, unknown>> {
    const properties = s.properties ?? {};
    const shape = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, this.value(v, hostility, depth + 1)]));
    const required = (s.required ?? []).filter((k) => k in shape);
    const complete = fc.record(shape, { requiredKeys: required });
    if (hostility === 0) return complete;
    const extra = fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('id', 'role', 'isAdmin', 'institutionId', '__proto__', 'constructor')), hostileValue, {
      minKeys: 1,
      maxKeys: 3,
    });
    return fc.oneof(
      { weight: 8, arbitrary: complete },
      { weight: hostility, arbitrary: fc.record(shape, { requiredKeys: [] }) },
      { weight: hostility, arbitrary: fc.tuple(complete, extra).map(([a, b]) => ({ ...a, ...b })) },
    );
  }

  private realIdsOrOne(): string[] {
    const ids = this.realIds();
    return ids.length ? ids : ['00000000-0000-4000-8000-000000000000'];
  }
}
