import fc from 'fast-check';
import type { AddressInfo } from 'node:net';
import { TestApp } from '../support/test-app';
import { FuzzWorld } from './fuzz-world';
import { Caller, FuzzRequest, operationsOf, RequestGenerator } from './requests';

/**
 * Requests generated from the OpenAPI document against the real API and worker: every route and
 * method, as anonymous, with a forged token and as each role. On every response: no 5xx, and every
 * 4xx is application/problem+json; after every round the process still answers /health.
 * Run by test/fuzz/run.js (`npm run test:fuzz -- --seconds=N | --rounds=N | --seed=N`).
 */
const SECONDS = Number(process.env.MOSTY_FUZZ_SECONDS ?? 60);
const ROUNDS = Number(process.env.MOSTY_FUZZ_ROUNDS ?? Infinity);
const SEED = Number(process.env.MOSTY_FUZZ_SEED ?? Date.now() % 2 ** 31);
const PER_OPERATION = 6;
const IN_FLIGHT = 4;

const FORGED_TOKENS = [
  'Bearer ',
  'Bearer x',
  'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6ImFkbWluIn0.',
  'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDAiLCJyb2xlIjoiYWRtaW4ifQ.c2lnbmF0dXJl',
  'Basic YWRtaW46YWRtaW4=',
];

interface Finding {
  key: string;
  count: number;
  example: string;
}

jest.setTimeout((Number.isFinite(SECONDS) ? SECONDS : 3600) * 1000 + 180_000);

describe('the API under requests generated from its OpenAPI document', () => {
  let t: TestApp;
  let base: string;
  const processErrors: string[] = [];
  const onProcessError = (error: unknown) => processErrors.push(String((error as Error)?.stack ?? error));

  beforeAll(async () => {
    process.on('uncaughtException', onProcessError);
    process.on('unhandledRejection', onProcessError);
    t = await TestApp.start({
      worker: true,
      captureLogs: true,
      // Only errors are kept, to explain a 5xx; sign-in limits high enough that the fuzzer's own sign-ins pass.
      env: { LOG_LEVEL: 'error', LOGIN_MAX_FAILURES: '1000', LOGIN_RATE_LIMIT_PER_MINUTE: '100000', VERIFY_RATE_LIMIT_PER_MINUTE: '100000' },
    });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await t?.close();
    process.off('uncaughtException', onProcessError);
    process.off('unhandledRejection', onProcessError);
  });

  it('answers every generated request with a 2xx, 3xx or a 4xx problem, never a 5xx, and keeps answering /health', async () => {
    const started = Date.now();
    const document = await (await fetch(`${base}/api/docs-json`)).json();
    // Requests that end sessions or change who a user is go last in a round, so that the rest of it runs signed in.
    const endsSessions = (o: { method: string; route: string }) => /\/auth\/(logout|password)|\/deactivate$/.test(o.route) || (o.method === 'PATCH' && o.route === '/api/v1/users/{id}');
    const operations = operationsOf(document).sort((a, b) => Number(endsSessions(a)) - Number(endsSessions(b)));
    const world = await FuzzWorld.build(t);
    const setupSeconds = (Date.now() - started) / 1000;

    const statuses = new Map<number, number>();
    const perRoute = new Map<string, Map<string, number>>();
    const findings = new Map<string, Finding>();
    let requests = 0;
    let repairs = 0;
    let rounds = 0;
    const deadline = Date.now() + SECONDS * 1000;

    const authorization = (caller: Caller, n: number): Record<string, string> => {
      if (caller === 'anonymous') return {};
      if (caller === 'forged') return { Authorization: FORGED_TOKENS[n % FORGED_TOKENS.length] };
      return { Authorization: `Bearer ${world.identities.get(caller)!.token}` };
    };
    const find = (key: string, example: string) => {
      const finding = findings.get(key) ?? { key, count: 0, example };
      finding.count++;
      findings.set(key, finding);
    };
    const send = async (request: FuzzRequest) => {
      const { operation } = request;
      const name = `${operation.method} ${operation.route}`;
      const hasBody = request.body !== undefined && operation.method !== 'GET' && operation.method !== 'HEAD';
      let status: number;
      let contentType = '';
      let text = '';
      try {
        const res = await fetch(base + request.path, {
          method: operation.method,
          headers: { ...request.headers, ...authorization(request.caller, requests) },
          body: hasBody ? request.body : undefined,
          redirect: 'manual',
        });
        status = res.status;
        contentType = res.headers.get('content-type') ?? '';
        text = status >= 400 ? await res.text() : (await res.arrayBuffer(), '');
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause;
        find(`${name}: no answer (${cause?.code ?? (error as Error).message})`, reproduction(request));
        return;
      } finally {
        requests++;
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const byClass = perRoute.get(name) ?? new Map<string, number>();
      byClass.set(`${Math.floor(status / 100)}xx`, (byClass.get(`${Math.floor(status / 100)}xx`) ?? 0) + 1);
      perRoute.set(name, byClass);
      if (status >= 500) {
        const requestId = /"requestId":"([^"]+)"/.exec(text)?.[1];
        const log = requestId ? t.logs.find((line) => line.includes(requestId)) : undefined;
        find(`${name}: ${status}`, `${reproduction(request)}\n    answer: ${text.slice(0, 300)}\n    log: ${(log ?? '').slice(0, 1500)}`);
      } else if (status >= 400 && !contentType.startsWith('application/problem+json') && !humanPage(request, contentType)) {
        find(`${name}: ${status} as ${contentType || 'no content type'}`, `${reproduction(request)}\n    answer: ${text.slice(0, 300)}`);
      }
    };

    while (rounds < ROUNDS && Date.now() < deadline) {
      const generator = new RequestGenerator(document, world);
      const batch = operations.flatMap((operation, i) => fc.sample(generator.requests(operation), { numRuns: PER_OPERATION, seed: SEED + rounds * 1000 + i }));
      for (let i = 0; i < batch.length; i += IN_FLIGHT) await Promise.all(batch.slice(i, i + IN_FLIGHT).map(send));
      rounds++;
      const health = await fetch(`${base}/health`).catch((error: Error) => error);
      if (health instanceof Error || health.status !== 200) find('GET /health after a round', String(health instanceof Error ? health.message : health.status));
      repairs += await world.repair();
    }

    const seconds = (Date.now() - started) / 1000 - setupSeconds;
    const histogram = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
    const routes = [...perRoute.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([route, byClass]) => `  ${route.padEnd(64)} ${[...byClass.entries()].sort().map(([c, n]) => `${c} ${n}`).join(', ')}`);
    const unreached = operations.map((o) => `${o.method} ${o.route}`).filter((name) => !perRoute.get(name)?.get('2xx'));
    process.stdout.write(
      [
        `\nfuzz: ${requests} requests to ${operations.length} operations in ${rounds} rounds, ${seconds.toFixed(1)} s (${(requests / seconds).toFixed(0)}/s; world built in ${setupSeconds.toFixed(1)} s), seed ${SEED}, ${repairs} identities repaired`,
        `statuses: ${histogram.join(', ')}`,
        'per route:',
        ...routes,
        `operations never answered 2xx: ${unreached.length}${unreached.length ? ` (${unreached.join(', ')})` : ''}`,
        findings.size ? `FINDINGS (${findings.size}):` : 'findings: none',
        ...[...findings.values()].map((f) => `  ${f.key} ×${f.count}\n    ${f.example}`),
        ...processErrors.map((e) => `  process error: ${e}`),
        '',
      ].join('\n'),
    );
    expect([...findings.keys(), ...processErrors]).toEqual([]);
  });
});

/** The verification page answers people (any Accept but JSON) in HTML, its "not found" too. */
function humanPage(request: FuzzRequest, contentType: string): boolean {
  return request.operation.route === '/verify/{code}' && contentType.startsWith('text/html') && !/json/.test(request.headers.Accept ?? '');
}

function reproduction(request: FuzzRequest): string {
  const body = request.body === undefined ? '' : String(request.body);
  return `${request.operation.method} ${request.path.slice(0, 300)} as ${request.caller} ${JSON.stringify(request.headers)} body(${body.length}): ${JSON.stringify(body.slice(0, 400))}`;
}
