import { ACCESS_RULES, AccessRule, CellContext, Expected } from './support/access-rules';
import { AccessWorld, buildAccessWorld, Caller, Params, Role, ROLES, Scope } from './support/access-world';
import { bearer, TestApp } from './support/test-app';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

interface Cell {
  route: string;
  role: Role;
  scope?: Scope;
  expected: number;
}

/** The routes of the OpenAPI document, as `METHOD /path`. */
function documentRoutes(document: { paths: Record<string, Record<string, unknown>> }): string[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((m): m is Method => (METHODS as readonly string[]).includes(m))
      .map((m) => `${m.toUpperCase()} ${path}`),
  );
}

/** A rule's cells: one per role, times the object kind's scopes where the route names an object. */
function cellsOf(route: string, rule: AccessRule, w: AccessWorld): Cell[] {
  return ROLES.flatMap((role) => {
    const expected: Expected = rule.expect[role];
    if (!rule.object) {
      if (typeof expected !== 'number') throw new Error(`${route}: names no object, so ${role} gets one status`);
      return [{ route, role, expected }];
    }
    const scopes = w.objects[rule.object].scopes;
    if (typeof expected === 'number') return scopes.map((scope) => ({ route, role, scope, expected }));
    const declared = Object.keys(expected).sort().join(',');
    if (declared !== [...scopes].sort().join(',')) throw new Error(`${route}: ${role} declares the scopes ${declared}, a ${rule.object} has ${scopes.join(',')}`);
    return scopes.map((scope) => ({ route, role, scope, expected: expected[scope]! }));
  });
}

let serial = 0;

/** Calls one cell: its caller (the matrix's, or one of its own), its object's params in the path and body. */
async function call(w: AccessWorld, cell: Cell): Promise<{ status: number; contentType: string }> {
  const rule = ACCESS_RULES[cell.route];
  const caller: Caller = rule.freshCaller ? await w.freshCaller(cell.role) : w.caller(cell.role);
  const context: CellContext = { w, caller, scope: cell.scope, n: ++serial };
  let params: Params = {};
  if (rule.object && cell.scope) {
    params = rule.freshObject ? await rule.freshObject({ ...context, scope: cell.scope }) : w.objects[rule.object].params(cell.scope, caller);
  }
  const [method, template] = cell.route.split(' ');
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!params[name]) throw new Error(`${cell.route}: the ${rule.object} has no ${name}`);
    return params[name];
  });
  let req = w.t.http[method.toLowerCase() as Method](rule.query ? `${path}?${rule.query}` : path);
  if (caller.token) req = req.set(bearer(caller.token));
  for (const [name, value] of Object.entries(rule.headers ?? {})) req = req.set(name, value);
  const body = rule.body?.(params, context);
  if (rule.type) req = req.type(rule.type).send(body as string);
  else if (body !== undefined) req = req.send(body as object);
  const res = await req;
  return { status: res.status, contentType: String(res.headers['content-type'] ?? '') };
}

const label = (c: Cell) => `${c.route} as ${c.role}${c.scope ? ` (${c.scope})` : ''}`;

describe('the access matrix: every route × role × scope of the OpenAPI document', () => {
  let t: TestApp;
  let w: AccessWorld;
  let routes: string[];

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    routes = documentRoutes((await t.http.get('/api/docs-json').expect(200)).body);
    w = await buildAccessWorld(t);
  }, 120_000);
  afterAll(() => t?.close());

  it('declares a rule for every route of the document, and none for a route it lacks', () => {
    expect(routes.filter((r) => !ACCESS_RULES[r])).toEqual([]);
    expect(Object.keys(ACCESS_RULES).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('answers every declared cell with its status; a refusal is a problem document', async () => {
    const started = Date.now();
    const wrong: string[] = [];
    let count = 0;
    const check = async (cell: Cell) => {
      count++;
      const { status, contentType } = await call(w, cell);
      if (status !== cell.expected) wrong.push(`${label(cell)}: expected ${cell.expected}, got ${status}`);
      else if (status >= 400 && !contentType.startsWith('application/problem+json')) wrong.push(`${label(cell)}: ${status} as ${contentType}`);
    };
    // Route after route in the document's order; a route's refusals together (they change nothing),
    // then its successes one by one (they may change what the next one finds).
    for (const route of routes.filter((r) => ACCESS_RULES[r])) {
      const cells = cellsOf(route, ACCESS_RULES[route], w);
      const refused = cells.filter((c) => c.expected >= 400);
      const allowed = cells.filter((c) => c.expected < 400);
      if (route.startsWith('GET ')) await Promise.all(cells.map(check));
      else {
        await Promise.all(refused.map(check));
        for (const cell of allowed) await check(cell);
      }
    }
    const objectRoutes = routes.filter((r) => ACCESS_RULES[r].object).length;
    process.stdout.write(`access matrix: ${routes.length} routes (${objectRoutes} naming an object), ${count} cells, ${Date.now() - started} ms\n`);
    expect(wrong).toEqual([]);
  }, 120_000);
});
