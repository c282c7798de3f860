import fc from 'fast-check';
import { FuzzWorld, ROLES } from './fuzz-world';
import { badId, deepNesting, hostileString, hostileValue, Schema, SchemaValues } from './schema-values';

/** One route and method of the OpenAPI document. */
export interface Operation {
  method: string;
  /** The document's path, e.g. `/api/v1/courses/{id}/modules`. */
  route: string;
  parameters: { name: string; in: string; required?: boolean; schema?: Schema }[];
  bodyTypes: Record<string, { schema?: Schema }>;
}

export type Caller = 'anonymous' | 'forged' | (typeof ROLES)[number];

export interface FuzzRequest {
  operation: Operation;
  caller: Caller;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Operation['parameters']; requestBody?: { content: Operation['bodyTypes'] } }>>;
  components: { schemas: Record<string, Schema> };
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([route, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      route,
      parameters: op.parameters ?? [],
      bodyTypes: op.requestBody?.content ?? {},
    })),
  );
}

/** The kind of object a path parameter names: the segment before it, or its own name. */
function kindOf(route: string, name: string): string {
  if (name === 'moduleId') return 'modules';
  if (name === 'unitId') return 'units';
  const segments = route.split('/');
  return segments[segments.indexOf(`{${name}}`) - 1];
}

const JSON_TYPE = 'application/json';
const WRONG_TYPES = ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data', 'text/csv', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'image/png', ''];
// Just past the JSON limit of src/common/http/body-parsers.ts.
const OVERSIZED_JSON = JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 16) });

/** Builds the request generators of every operation from the document's own schemas. */
export class RequestGenerator {
  private readonly values: SchemaValues;

  constructor(
    document: OpenApiDocument,
    private readonly world: FuzzWorld,
  ) {
    this.values = new SchemaValues(document.components.schemas, () => world.allIds());
  }

  /** One in three requests follows the schema with real ids, so that it gets past validation to the handler. */
  requests(operation: Operation): fc.Arbitrary<FuzzRequest> {
    return fc.oneof({ weight: 1, arbitrary: this.build(operation, true) }, { weight: 2, arbitrary: this.build(operation, false) });
  }

  private build(operation: Operation, wellFormed: boolean): fc.Arbitrary<FuzzRequest> {
    return fc
      .record({
        caller: fc.constantFrom<Caller>('anonymous', 'forged', ...ROLES, ...ROLES),
        path: this.path(operation, wellFormed),
        query: wellFormed ? this.wellFormedQuery(operation) : this.query(operation),
        headers: this.headers(operation),
        body: wellFormed ? this.wellFormedBody(operation) : this.body(operation),
      })
      .map(({ caller, path, query, headers, body }) => ({
        operation,
        caller,
        path: query ? `${path}?${query}` : path,
        headers: { ...headers, ...(body.contentType !== undefined ? { 'Content-Type': body.contentType } : {}) },
        body: body.content,
      }));
  }

  private wellFormedQuery(operation: Operation): fc.Arbitrary<string> {
    const params = operation.parameters.filter((p) => p.in === 'query');
    return fc
      .tuple(...params.map((p) => fc.option(this.values.value(p.schema ?? {}, 0).map((v) => [p.name, queryText(v)] as [string, string]), { freq: 2 })))
      .map((pairs) => new URLSearchParams(pairs.filter((pair): pair is [string, string] => pair !== null)).toString());
  }

  private wellFormedBody(operation: Operation): fc.Arbitrary<Body> {
    const schema = operation.bodyTypes[JSON_TYPE]?.schema;
    return schema ? this.values.value(schema, 0).map((v) => ({ contentType: JSON_TYPE, content: JSON.stringify(v) })) : this.body(operation);
  }

  private path(operation: Operation, wellFormed: boolean): fc.Arbitrary<string> {
    const names = [...operation.route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    if (!names.length) return fc.constant(operation.route);
    const segments = names.map((name) => {
      const real = this.world.idsOf(kindOf(operation.route, name));
      const any = this.world.allIds();
      return fc
        .oneof(
          { weight: real.length ? 6 : 0, arbitrary: fc.constantFrom(...(real.length ? real : ['-'])) },
          { weight: wellFormed && real.length ? 0 : 1, arbitrary: fc.constantFrom(...any) },
          { weight: wellFormed && real.length ? 0 : 2, arbitrary: badId },
        )
        .chain((value) => fc.oneof({ weight: 9, arbitrary: fc.constant(pathSegment(value)) }, { weight: 1, arbitrary: fc.constant(value.replace(/[/?#]/g, '')) }));
    });
    return fc.tuple(...segments).map((ids) => names.reduce((route, name, i) => route.replace(`{${name}}`, ids[i]), operation.route));
  }

  /** The query string: the documented parameters (well-formed or not), repeated keys, unknown keys, broken escapes. */
  private query(operation: Operation): fc.Arbitrary<string> {
    const params = operation.parameters.filter((p) => p.in === 'query');
    const value = (p: Operation['parameters'][number]): fc.Arbitrary<string> => {
      const special = p.name === 'cursor' ? [cursorGarbage] : p.name === 'limit' || p.name === 'page' ? [fc.constantFrom('0', '-1', '1.5', '1e9', '101', '', 'abc', '9'.repeat(400), '0x10')] : [];
      return fc.oneof(
        { weight: 6, arbitrary: this.values.value(p.schema ?? {}, 0).map(queryText) },
        { weight: 3, arbitrary: hostileString },
        ...special.map((arbitrary) => ({ weight: 3, arbitrary })),
      );
    };
    const pairs = fc.tuple(
      ...params.map((p) =>
        fc.oneof(
          { weight: 3, arbitrary: fc.constant([] as [string, string][]) },
          { weight: 6, arbitrary: value(p).map((v) => [[p.name, v]] as [string, string][]) },
          { weight: 1, arbitrary: fc.tuple(value(p), value(p)).map(([v, w]) => [[p.name, v], [p.name, w]] as [string, string][]) },
          { weight: 1, arbitrary: value(p).map((v) => [[`${p.name}[a]`, v]] as [string, string][]) },
        ),
      ),
      fc.oneof({ weight: 8, arbitrary: fc.constant([] as [string, string][]) }, { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 10 }), hostileString).map((kv) => [kv]) }),
    );
    const encoded = pairs.map((groups) => new URLSearchParams(groups.flat()).toString());
    return fc.oneof({ weight: 12, arbitrary: encoded }, { weight: 1, arbitrary: fc.constantFrom('%', '%zz', 'a=%E0%A4%A', 'limit=%00', '&&&=', 'a[b][c][d][e][f][g]=1', 'a[]=1&a[1000000]=2', '__proto__[x]=1') });
  }

  private headers(operation: Operation): fc.Arbitrary<Record<string, string>> {
    const idempotent = operation.parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key');
    const key = idempotent
      ? fc.oneof(fc.constant(undefined), fc.uuid(), fc.constantFrom('', ' ', 'k'.repeat(5000), 'ключ', '\t'), fc.string({ maxLength: 40 }))
      : fc.constant(undefined);
    const accept = fc.constantFrom(undefined, 'application/json', 'text/html', '*/*', 'application/xml', 'application/pdf', 'garbage');
    return fc.record({ key, accept }).map(({ key, accept }) => {
      const headers: Record<string, string> = {};
      // fetch refuses header values that no HTTP client could send; keep those that one could.
      if (key !== undefined && /^[\t\x20-\x7e]*$/.test(key)) headers['Idempotency-Key'] = key;
      if (accept) headers.Accept = accept;
      return headers;
    });
  }

  /** The body: the schema's JSON (mutated), other JSON, broken JSON, the wrong content type, too large, too deep. */
  private body(operation: Operation): fc.Arbitrary<Body> {
    const jsonSchema = operation.bodyTypes[JSON_TYPE]?.schema;
    const textType = Object.keys(operation.bodyTypes).find((type) => type !== JSON_TYPE && type !== 'multipart/form-data');
    const documented = jsonSchema
      ? this.values.value(jsonSchema, 1).map((v) => ({ contentType: JSON_TYPE, content: JSON.stringify(v) ?? 'null' }))
      : textType
        ? textText.map((content) => ({ contentType: textType, content }))
        : fc.constant<Body>({});
    return fc.oneof(
      { weight: 16, arbitrary: documented },
      { weight: 2, arbitrary: hostileValue.map((v) => ({ contentType: JSON_TYPE, content: JSON.stringify(v) ?? 'null' })) },
      { weight: 1, arbitrary: fc.constantFrom('{', '{"a":', '[1,]', "{'a':1}", 'nul', '"\\ud800"', '{"a":"\\u0000"}', '\u0000', '').map((content) => ({ contentType: JSON_TYPE, content })) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom(...WRONG_TYPES), documented)
          .map(([contentType, body]) => ({ contentType, content: body.content ?? 'a=1' })),
      },
      { weight: 1, arbitrary: deepNesting.map((v) => ({ contentType: JSON_TYPE, content: JSON.stringify(v) })) },
      { weight: 1, arbitrary: fc.integer({ min: 2000, max: 100_000 }).map((n) => ({ contentType: JSON_TYPE, content: '['.repeat(n) + ']'.repeat(n) })) },
      { weight: 1, arbitrary: fc.constant({ contentType: JSON_TYPE, content: OVERSIZED_JSON }) },
    );
  }
}

interface Body {
  contentType?: string;
  content?: string;
}

/** A percent-encoded path segment; a lone surrogate goes as the bytes Node would send for it. */
function pathSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...Buffer.from(value)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  }
}

/** A query parameter's text as a client would write it. */
function queryText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Cursors that are not base64url JSON arrays, or are arrays of the wrong things. */
const cursorGarbage: fc.Arbitrary<string> = fc.oneof(
  hostileString,
  fc.base64String({ maxLength: 40 }),
  fc.jsonValue({ maxDepth: 2 }).map((v) => Buffer.from(JSON.stringify(v) ?? '').toString('base64url')),
  fc
    .array(fc.oneof(hostileString, fc.integer(), fc.uuid(), fc.constant(null), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())), { maxLength: 4 })
    .map((position) => Buffer.from(JSON.stringify(position)).toString('base64url')),
);

/** Bodies for the routes that take a file (CSV rosters, GIFT and Moodle XML question files). */
const textText: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.array(hostileString, { maxLength: 5 }).map((cells) => cells.join(';')), { maxLength: 6 }).map((lines) => ['email;fullName;unitCode;role', ...lines].join('\n')),
  fc.constantFrom(
    '\ufeffemail,fullName,unitCode,role\n"unterminated,x,y,officer\n',
    'email;fullName;unitCode;role\nx@y.pl;Jan\u0000Kowalski;FZA-U1;officer\n',
    '::Q1:: Ile? {#\u0000}',
    '::Q:: a {=b ->}',
    '<?xml version="1.0"?><quiz><question type="multichoice"><name><text>\u0000</text></name></question></quiz>',
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><quiz>&b;</quiz>',
    '<quiz><question type="numerical"><answer fraction="1e999"><text>1e999</text><tolerance>-1</tolerance></answer></question></quiz>',
  ),
  hostileString,
);
