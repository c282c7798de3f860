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
async function call(w: AccessWorld, cell: Cell): Promise<{ status: number; contentType: string; text: string; caller: Caller; params: Params }> {
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
  return { status: res.status, contentType: String(res.headers['content-type'] ?? ''), text: res.text ?? '', caller, params };
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

  /** One row as the database holds it, to show that a refused call changed nothing. */
  const row = async (table: string, id: string) => (await t.dataSource.query(`SELECT * FROM ${table} WHERE id = $1`, [id]))[0];
  const as = (person: { token: string }) => ({
    get: (path: string) => t.http.get(`/api/v1${path}`).set(bearer(person.token)),
    post: (path: string, body?: object, key?: string) => {
      const req = t.http.post(`/api/v1${path}`).set(bearer(person.token));
      return (key ? req.set('Idempotency-Key', key) : req).send(body);
    },
    patch: (path: string, body: object) => t.http.patch(`/api/v1${path}`).set(bearer(person.token)).send(body),
    put: (path: string, body: object) => t.http.put(`/api/v1${path}`).set(bearer(person.token)).send(body),
  });
  /** A 404 problem document that names nothing of the object. */
  const notFound = (res: { status: number; headers: Record<string, string>; text: string }, ...secrets: string[]) => {
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    for (const secret of secrets) expect(res.text).not.toContain(secret);
  };

  describe('the classic IDORs, one by one (before the matrix changes the world)', () => {
    it("another officer's attempt: not found, and saving or submitting into it changes nothing", async () => {
      const me = as(w.a.officers[0]);
      for (const [attemptId, questionId] of [
        [w.a.openAttempts[1], w.a.quiz.questionIds[0]],
        [w.b.openAttempts[0], w.b.quiz.questionIds[0]],
      ]) {
        const before = await row('attempt', attemptId);
        notFound(await me.get(`/attempts/${attemptId}`), questionId, 'deadlineAt');
        notFound(await me.put(`/attempts/${attemptId}/answers`, { answers: [{ questionId, value: true }] }));
        notFound(await me.post(`/attempts/${attemptId}/submit`, { answers: [{ questionId, value: true }] }));
        expect(await row('attempt', attemptId)).toEqual(before);
        expect(before.status).toBe('in_progress');
      }
      expect((await me.get(`/attempts/${w.a.openAttempts[0]}`)).status).toBe(200);
    });

    it("another officer's certificate, its PDF and its credential: not found, naming nobody", async () => {
      const me = as(w.a.officers[0]);
      const own = await me.get(`/certificates/${w.a.certificates[0].id}/pdf`).expect(200);
      expect(own.headers['content-type']).toBe('application/pdf');
      for (const [certificate, holder] of [
        [w.a.certificates[1], w.a.officers[1]],
        [w.b.certificates[0], w.b.officers[0]],
      ] as const) {
        const secrets = [certificate.verificationCode, holder.email, holder.id, '%PDF'];
        notFound(await me.get(`/certificates/${certificate.id}`), ...secrets);
        notFound(await me.get(`/certificates/${certificate.id}/pdf`), ...secrets);
        notFound(await me.get(`/certificates/${certificate.id}/credential`), ...secrets);
      }
      const mine = await me.get('/certificates').expect(200);
      expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([w.a.certificates[0].id]);
    });

    it("another institution's users, units, reports, exports and notifications are out of a coordinator's reach", async () => {
      const me = as(w.a.coordinator);
      const stranger = w.b.officers[0];
      // Users: not listed (not even when asked for B), not found, not changed.
      const listed = await me.get(`/users?limit=100`).expect(200);
      expect(listed.body.items.map((u: { institutionId: string }) => u.institutionId)).toEqual(listed.body.items.map(() => w.a.id));
      const filtered = await me.get(`/users?institutionId=${w.b.id}`);
      expect(filtered.status === 404 || filtered.body.items?.length === 0).toBe(true);
      const strangerBefore = await row('"user"', stranger.id);
      notFound(await me.get(`/users/${stranger.id}`), stranger.email);
      notFound(await me.patch(`/users/${stranger.id}`, { fullName: 'Przejęty' }), stranger.email);
      notFound(await me.post(`/users/${stranger.id}/deactivate`), stranger.email);
      notFound(await me.get(`/users/${stranger.id}/transcript`), stranger.email);
      expect(await row('"user"', stranger.id)).toEqual(strangerBefore);
      // Units.
      const unitBefore = await row('unit', w.b.unitId);
      notFound(await me.get(`/institutions/${w.b.id}/units`), unitBefore.name);
      notFound(await me.patch(`/institutions/${w.b.id}/units/${w.b.unitId}`, { name: 'Przejęta' }), unitBefore.name);
      expect(await row('unit', w.b.unitId)).toEqual(unitBefore);
      // Reports, and the audit log filtered on B.
      for (const report of ['completion', 'overdue', 'certificates', 'competencies']) notFound(await me.get(`/reports/institutions/${w.b.id}/${report}`));
      expect((await me.get(`/audit-events?institutionId=${w.b.id}`).expect(200)).body.items).toEqual([]);
      // Exports: neither read, downloaded nor made for B.
      notFound(await me.get(`/reports/exports/${w.b.exportId}`));
      notFound(await me.get(`/reports/exports/${w.b.exportId}/download`), stranger.email, 'Osoba');
      const [{ n: exportsBefore }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM report_export`);
      notFound(await me.post('/reports/exports', { kind: 'completion', institutionId: w.b.id, format: 'csv' }));
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM report_export`))[0].n).toBe(exportsBefore);
      // Notifications: another's inbox is not listed, and marking one read changes nothing.
      const notification = w.b.notifications[0];
      notFound(await me.post(`/notifications/${notification}/read`));
      notFound(await as(w.a.officers[0]).post(`/notifications/${w.a.notifications[1]}/read`));
      expect((await row('notification', notification)).read_at).toBeNull();
      expect((await row('notification', w.a.notifications[1])).read_at).toBeNull();
      const inbox = await me.get('/notifications?limit=100').expect(200);
      expect(inbox.body.items.map((n: { id: string }) => n.id)).not.toEqual(expect.arrayContaining([notification]));
    });

    it('a trainer grades only the attempts of the courses they author', async () => {
      const [theirs] = w.b.reviewAttempts;
      const before = await row('attempt', theirs);
      expect(before.status).toBe('needs_review');
      notFound(await as(w.a.trainer).post(`/attempts/${theirs}/grades`, { questionId: w.b.essay.questionIds[0], points: 5 }), 'tłumacza');
      expect(await row('attempt', theirs)).toEqual(before);
      const queue = await as(w.a.trainer).get('/grading/queue?limit=100').expect(200);
      const queued = queue.body.items.map((i: { attemptId: string }) => i.attemptId);
      expect(queued).toEqual(expect.arrayContaining(w.a.reviewAttempts));
      expect(queued).not.toContain(theirs);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'attempt.graded_manually'`);
      expect(n).toBe(0);
    });

    it('an institution admin raises nobody to admin and moves nobody to another institution', async () => {
      const me = as(w.a.coordinator);
      const colleague = w.a.officers[1];
      const before = await row('"user"', colleague.id);
      const refusals: [object, number][] = [
        [{ role: 'admin' }, 403],
        [{ role: 'institution_admin' }, 403],
        [{ role: 'trainer' }, 403],
        [{ institutionId: w.b.id }, 403],
        [{ institutionId: null }, 403],
        // Another institution's unit is as unknown as one that does not exist.
        [{ unitId: w.b.unitId }, 422],
        [{ unitId: '00000000-0000-4000-8000-000000000000' }, 422],
      ];
      for (const [change, status] of refusals) expect([change, (await me.patch(`/users/${colleague.id}`, change)).status]).toEqual([change, status]);
      expect(await row('"user"', colleague.id)).toEqual(before);
      const [{ n: usersBefore }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM "user"`);
      await me.post('/users', { email: 'nowy.admin@mosty.test', fullName: 'Nowy Admin', role: 'admin', password: 'correct-horse-battery' }).expect(403);
      notFound(await me.post('/users', { email: 'obcy@mosty.test', fullName: 'Obcy', role: 'officer', password: 'correct-horse-battery', institutionId: w.b.id }));
      const roster = await t.http
        .post(`/api/v1/institutions/${w.a.id}/users/import`)
        .set(bearer(w.a.coordinator.token))
        .type('text/csv')
        .send('email;fullName;unitCode;role\nroster.admin@mosty.test;Roster Admin;;admin\n');
      expect(roster.status).toBe(200);
      expect(roster.body).toMatchObject({ created: 0, errors: [expect.objectContaining({ line: 2, column: 'role' })] });
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM "user"`))[0].n).toBe(usersBefore);
      expect(await t.dataSource.query(`SELECT id FROM "user" WHERE role = 'admin' AND email <> $1`, [w.admin.email])).toEqual([]);
    });

    describe("an Idempotency-Key replayed by another user never returns the first user's answer", () => {
      // Keys are per user and route: each route gets a key of its own.
      const KEY = { submit: 'shared-key-submit-0001', assignments: 'shared-key-assign-0001', exports: 'shared-key-export-0001' };

      it('submit', async () => {
        const [first, second] = [w.a.officers[1], w.b.officers[0]];
        const stored = await as(first).post(`/attempts/${w.a.openAttempts[1]}/submit`, { answers: [] }, KEY.submit).expect(202);
        expect(stored.body.id).toBe(w.a.openAttempts[1]);
        // Another officer with the same key on the first one's attempt: not found, not the stored 202.
        notFound(await as(w.a.officers[0]).post(`/attempts/${w.a.openAttempts[1]}/submit`, { answers: [] }, KEY.submit));
        // …and on their own attempt: their own answer.
        const own = await as(second).post(`/attempts/${w.b.openAttempts[0]}/submit`, { answers: [] }, KEY.submit).expect(202);
        expect(own.body.id).toBe(w.b.openAttempts[0]);
        expect(own.headers['idempotent-replayed']).not.toBe('true');
        // The first officer's own retry is the replay.
        const replay = await as(first).post(`/attempts/${w.a.openAttempts[1]}/submit`, { answers: [] }, KEY.submit).expect(202);
        expect(replay.headers['idempotent-replayed']).toBe('true');
      });

      it('assignments', async () => {
        const body = (s: typeof w.a) => ({ courseId: s.lessons.courseId, userIds: [s.officers[0].id], dueAt: new Date(Date.now() + 60 * 86_400_000).toISOString() });
        const stored = await as(w.a.coordinator).post('/assignments', body(w.a), KEY.assignments).expect(201);
        notFound(await as(w.b.coordinator).post('/assignments', body(w.a), KEY.assignments), stored.body.id);
        const own = await as(w.b.coordinator).post('/assignments', body(w.b), KEY.assignments).expect(201);
        expect(own.body.id).not.toBe(stored.body.id);
        expect(own.headers['idempotent-replayed']).not.toBe('true');
        const admins = await as(w.admin).post('/assignments', body(w.a), KEY.assignments).expect(201);
        expect(admins.body.id).not.toBe(stored.body.id);
        expect(admins.headers['idempotent-replayed']).not.toBe('true');
      });

      it('exports', async () => {
        const body = (s: typeof w.a) => ({ kind: 'completion', institutionId: s.id, format: 'csv' });
        const stored = await as(w.a.coordinator).post('/reports/exports', body(w.a), KEY.exports).expect(202);
        notFound(await as(w.b.coordinator).post('/reports/exports', body(w.a), KEY.exports), stored.body.id);
        const own = await as(w.b.coordinator).post('/reports/exports', body(w.b), KEY.exports).expect(202);
        expect(own.body.id).not.toBe(stored.body.id);
        expect(own.headers['idempotent-replayed']).not.toBe('true');
        notFound(await as(w.b.coordinator).get(`/reports/exports/${stored.body.id}`));
        const admins = await as(w.admin).post('/reports/exports', body(w.a), KEY.exports).expect(202);
        expect(admins.body.id).not.toBe(stored.body.id);
      });
    });
  });

  it('declares a rule for every route of the document, and none for a route it lacks', () => {
    expect(routes.filter((r) => !ACCESS_RULES[r])).toEqual([]);
    expect(Object.keys(ACCESS_RULES).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('answers every declared cell with its status; a refusal is a problem document', async () => {
    const started = Date.now();
    const wrong: string[] = [];
    const secretsOfB = [
      ...[...w.b.officers, w.b.coordinator].flatMap((p) => [p.id, p.email]),
      ...w.b.quizEnrollments,
      ...w.b.openAttempts,
      ...w.b.reviewAttempts,
      ...w.b.certificates.flatMap((c) => [c.id, c.verificationCode]),
      ...w.b.notifications,
      w.b.exportId,
    ];
    const counts: Record<string, number> = {};
    const check = async (cell: Cell) => {
      for (const k of ['cells', cell.scope ?? 'no object', cell.expected < 400 ? 'allowed' : 'refused']) counts[k] = (counts[k] ?? 0) + 1;
      const { status, contentType, text, caller, params } = await call(w, cell);
      if (status !== cell.expected) wrong.push(`${label(cell)}: expected ${cell.expected}, got ${status}`);
      else if (status >= 400 && !contentType.startsWith('application/problem+json')) wrong.push(`${label(cell)}: ${status} as ${contentType}`);
      // Beyond the status: no answer to a caller of A names B's people or their work, but for
      // the object the caller was let reach itself.
      const reached = Object.values(params);
      const leaked = caller.role !== 'admin' ? secretsOfB.find((secret) => !reached.includes(secret) && text.includes(secret)) : undefined;
      if (leaked) wrong.push(`${label(cell)}: the answer names ${leaked}, of institution B`);
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
    process.stdout.write(`access matrix: ${routes.length} routes (${objectRoutes} naming an object), ${JSON.stringify(counts)}, ${Date.now() - started} ms\n`);
    expect(wrong).toEqual([]);
  }, 120_000);
});
