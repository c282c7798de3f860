import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AttemptAnswer } from '../src/modules/attempts/attempt-answer';
import { BenchConfig, machine } from './config';
import { forEachConcurrently, HttpClient, HttpResult } from './http';
import { latencySummary, percentile, SEND_LATENESS_TOLERANCE_MS, waitUntilGraded } from './load';
import { pgbenchTps } from './pgbench';
import { backendCpu, cpuSeconds, machineCpu } from './processes';
import { answersFor, layoutFromServed } from './quiz';
import { BenchCourse, buildCourse, Officer, seedOfficers } from './seed';
import { BenchCleanup, BenchSystem, log, startProfiles, startSystem } from './system';
import { Check, gradingLatencies, installGradingCounter, verify } from './verify';

/**
 * `npm run bench -- --flow`: the requests a browser sends for one quiz attempt —
 * start it, autosave a page of five answers at a time, submit with the last page
 * in the body — measured per request type, with the grading that follows, and
 * compared with pgbench on the same server in the same run. See docs/benchmarks.md.
 */

export type Step = 'start' | 'save' | 'submit';
const STEPS: Step[] = ['start', 'save', 'submit'];
/** Answers per autosave: a browser saves a page of five questions. */
const PAGE = 5;
/** The targets, as multiples of pgbench tps, and the p99 bound at half capacity. */
const ATTEMPT_RATIO_TARGET = 0.05;
const REQUEST_RATIO_TARGET = 0.15;
const P99_TARGET_MS = 50;

type Latency = ReturnType<typeof latencySummary>;

interface FlowOfficer extends Officer {
  /** The right answers (as bench/quiz.ts works them out from the attempt's layout), a page of five each. */
  pages: AttemptAnswer[][];
}

/** One request of an attempt: `send` it, then `settle` checks the answer and keeps what the next request needs. */
interface FlowRequest {
  step: Step;
  send: () => Promise<HttpResult>;
  settle: (res: HttpResult) => Promise<void>;
}

function expectStatus(res: HttpResult, status: number, what: string): void {
  if (res.status !== status) throw new Error(`${what} answered ${res.status}, expected ${status}: ${JSON.stringify(res.body).slice(0, 300)}`);
}

/** Builds the requests of an attempt, each part of the flow on its own so that the phases can measure them together or alone. */
class FlowRequests {
  constructor(
    private readonly http: HttpClient,
    private readonly course: BenchCourse,
  ) {}

  start(o: FlowOfficer): FlowRequest {
    return {
      step: 'start',
      send: () => this.http.send('POST', `/api/v1/enrollments/${o.enrollmentId}/modules/${this.course.quizModuleId}/attempts`, { token: o.token }),
      settle: async (res) => {
        expectStatus(res, 201, `start of an attempt for enrollment ${o.enrollmentId}`);
        o.attemptId = res.body.id;
        // The choice ids are per attempt: the right ones are found by their texts in the start's answer, as an
        // officer reading the page would (no read of the attempt's row on the measured machine).
        const { answers, expectedPercent } = answersFor(o.plan, layoutFromServed(res.body.questions, this.course.definitions), this.course.definitions);
        o.expectedPercent = expectedPercent;
        o.pages = Array.from({ length: Math.ceil(answers.length / PAGE) }, (_, i) => answers.slice(i * PAGE, (i + 1) * PAGE));
      },
    };
  }

  /** PUT /answers with page `page`: five answers to five different questions (never the same question twice in one request). */
  save(o: FlowOfficer, page: number): FlowRequest {
    return {
      step: 'save',
      send: () => this.http.send('PUT', `/api/v1/attempts/${o.attemptId}/answers`, { token: o.token, body: { answers: o.pages[page] } }),
      settle: async (res) => {
        expectStatus(res, 200, `save of page ${page + 1} of attempt ${o.attemptId}`);
        if (res.body.answered !== (page + 1) * PAGE) throw new Error(`attempt ${o.attemptId}: ${res.body.answered} answers saved after page ${page + 1}`);
      },
    };
  }

  /** POST /submit with the last page in the body (SubmitAttemptDto.answers), with a fresh Idempotency-Key or none. */
  submit(o: FlowOfficer, idempotencyKey: boolean): FlowRequest {
    return {
      step: 'submit',
      send: () =>
        this.http.send('POST', `/api/v1/attempts/${o.attemptId}/submit`, {
          token: o.token,
          body: { answers: o.pages[o.pages.length - 1] },
          headers: idempotencyKey ? { 'idempotency-key': randomUUID() } : undefined,
        }),
      settle: async (res) => {
        expectStatus(res, 202, `submit of attempt ${o.attemptId}`);
        if (res.body?.status !== 'submitted') throw new Error(`submit of ${o.attemptId} answered ${JSON.stringify(res.body).slice(0, 300)}`);
      },
    };
  }

  /** The whole attempt: start, the saves, the submit carrying the last page (with `fold`, that page has no save of its own). */
  attempt(o: FlowOfficer, idempotencyKey: boolean, fold: boolean, pages: number): FlowRequest[] {
    const saves = Array.from({ length: fold ? pages - 1 : pages }, (_, page) => this.save(o, page));
    return [this.start(o), ...saves, this.submit(o, idempotencyKey)];
  }
}

type Latencies = Record<Step, number[]>;
const noLatencies = (): Latencies => ({ start: [], save: [], submit: [] });

/** `concurrency` clients, each taking the next officer and sending its requests one after the other (closed loop: latency is partly queueing). */
async function closedLoop(officers: FlowOfficer[], concurrency: number, requestsOf: (o: FlowOfficer) => FlowRequest[]) {
  const latencies = noLatencies();
  const startedAt = Date.now();
  await forEachConcurrently(officers, concurrency, async (o) => {
    for (const request of requestsOf(o)) {
      const res = await request.send();
      latencies[request.step].push(res.ms);
      await request.settle(res);
    }
  });
  return { latencies, startedAt, finishedAt: Date.now() };
}

/**
 * Attempts arrive at a fixed rate (attempt i at start + i ÷ rate), whether or not
 * earlier ones were answered, and request k of an attempt is due `thinkMs` after
 * request k − 1 was due. A request goes out when due, or when the one before it
 * has answered if that came later; its latency counts from its due time (as
 * wrk2 does), so a stall is charged to every request that should have gone out
 * during it. The lateness of sends that waited on the generator's own timers only
 * is recorded: the generator shares the cores with the system under test.
 */
async function openLoop(officers: FlowOfficer[], attemptsPerSecond: number, thinkMs: number, requestsOf: (o: FlowOfficer) => FlowRequest[]) {
  const interval = 1000 / attemptsPerSecond;
  const latencies = noLatencies();
  const sendLateness: number[] = [];
  let failure: Error | undefined;
  const startedAt = Date.now();
  const start = performance.now();
  let lastRequests = 0;
  await Promise.all(
    officers.map(async (o, i) => {
      const requests = requestsOf(o);
      lastRequests = requests.length;
      for (const [k, request] of requests.entries()) {
        if (failure) return;
        const due = start + i * interval + k * thinkMs;
        if (due > performance.now()) {
          // A timer may fire a fraction of a millisecond early: never send before the due time.
          while (due > performance.now()) await sleep(due - performance.now());
          sendLateness.push(performance.now() - due);
        }
        try {
          const res = await request.send();
          latencies[request.step].push(performance.now() - due);
          await request.settle(res);
        } catch (error) {
          failure ??= error as Error;
        }
      }
    }),
  );
  if (failure) throw failure;
  const lastDueAt = startedAt + (officers.length - 1) * interval + (lastRequests - 1) * thinkMs;
  return { latencies, sendLateness, startedAt, lastDueAt, finishedAt: Date.now() };
}

export interface FlowCpu {
  seconds: number;
  machineBusyPercent: number;
  api: number;
  worker: number;
  /** The PostgreSQL backends connected to the bench's database, but the bench's own (from /proc/<pid>/stat). */
  postgres: number;
  /** Backends of the bench's database that closed, and that opened, during the window: connection churn. */
  backendsClosed: number;
  backendsOpened: number;
  /** The load generator (this process). */
  bench: number;
  /** Everything else busy on the machine: Redis, PostgreSQL's background processes, other work. */
  other: number;
}

/**
 * Starts counting CPU (utime + stime from /proc); the function returned stops and tells.
 * The PostgreSQL backends are sampled every half second as well, so that one the pools
 * close during the window (idle connections are closed after 10 s) still counts up to
 * its last sample; one that connected during it counts from zero.
 */
async function cpuWindow(system: BenchSystem): Promise<() => Promise<FlowCpu>> {
  const started = performance.now();
  const sampleBackends = () => backendCpu(system.pool, system.databaseName);
  const before = {
    api: cpuSeconds(system.api.pid),
    worker: cpuSeconds(system.worker.pid),
    postgres: await sampleBackends(),
    bench: process.cpuUsage(),
    machine: machineCpu(),
  };
  const lastSeen = new Map(before.postgres);
  const remember = (sample: Map<number, number>) => sample.forEach((cpu, pid) => Number.isFinite(cpu) && lastSeen.set(pid, cpu));
  const sampler = setInterval(() => void sampleBackends().then(remember, () => undefined), 500);
  return async () => {
    clearInterval(sampler);
    const benchUsage = process.cpuUsage(before.bench);
    const machineNow = machineCpu();
    const api = cpuSeconds(system.api.pid) - before.api;
    const worker = cpuSeconds(system.worker.pid) - before.worker;
    const after = await sampleBackends();
    remember(after);
    const postgres = [...lastSeen].reduce((sum, [pid, cpu]) => sum + cpu - (before.postgres.get(pid) ?? 0), 0);
    const bench = (benchUsage.user + benchUsage.system) / 1e6;
    const busy = machineNow.busy - before.machine.busy;
    return {
      seconds: (performance.now() - started) / 1000,
      machineBusyPercent: (busy / (machineNow.total - before.machine.total || 1)) * 100,
      api,
      worker,
      postgres,
      backendsClosed: [...lastSeen.keys()].filter((pid) => !after.has(pid)).length,
      backendsOpened: [...after.keys()].filter((pid) => !before.postgres.has(pid)).length,
      bench,
      other: busy - api - worker - postgres - bench,
    };
  };
}

interface StepFigures {
  requests: number;
  /** Answered requests of this type per second over the phase. */
  perSecond: number;
  latency: Latency;
}

const stepFigures = (latencies: Latencies, seconds: number) =>
  Object.fromEntries(STEPS.map((s) => [s, { requests: latencies[s].length, perSecond: latencies[s].length / seconds, latency: latencySummary(latencies[s]) }])) as Record<Step, StepFigures>;

export interface ClosedFlowResult {
  idempotencyKey: boolean;
  n: number;
  requestsPerAttempt: number;
  /** First request sent → last answer. */
  seconds: number;
  /** First request sent → last grading committed. */
  endToEndSeconds: number;
  /** Whole attempts (start, saves, submit, grading) per second, end to end. */
  attemptsPerSecond: number;
  requestsPerSecond: number;
  steps: Record<Step, StepFigures>;
  gradingLatency: { p50: number; p99: number };
  cpu: FlowCpu;
}

export interface OpenFlowResult {
  idempotencyKey: boolean;
  n: number;
  offeredAttemptsPerSecond: number;
  offeredRequestsPerSecond: number;
  thinkMs: number;
  /** Latency from each request's due time. */
  steps: Record<Step, StepFigures>;
  gradedPerSecond: number;
  /** From the last request's due time to the last grading committed. */
  gradingLagSeconds: number;
  /** The last grading committed within 1 s of the last submit's due time. */
  keepsUp: boolean;
  sendLateness: Latency;
  generatorFellBehind: boolean;
  cpu: FlowCpu;
}

/** One request type alone: C clients in a closed loop sending only that (the target is judged on these for saves and submits). */
export interface IsolatedResult {
  step: Step;
  idempotencyKey: boolean;
  requests: number;
  perSecond: number;
  latency: Latency;
  /** Submits: N ÷ (first submit → last grading committed). */
  gradedPerSecond?: number;
  cpu: FlowCpu;
}

export interface FlowBenchResult {
  machine: string;
  date: string;
  n: number;
  concurrency: number;
  warmup: number;
  fold: boolean;
  pages: number;
  backgroundBusyPercent: number;
  variants: { closed: ClosedFlowResult; open: OpenFlowResult }[];
  isolated: IsolatedResult[];
  pgbenchTps?: number;
  checks: Check[];
}

/**
 * The phases, in one run: warm-up; for each variant (no Idempotency-Key, then a
 * key on every submit) the closed loop of N whole attempts, then an open loop of
 * --flow-open-n attempts arriving at half the attempts/s the closed loop graded;
 * then each request type alone: 2 × --flow-isolated-n attempts started, their
 * pages but the last saved, then half of them submitted with the last page without
 * a key and half with one; checks; pgbench with the children stopped.
 */
export async function benchFlow(config: BenchConfig, cleanup: BenchCleanup): Promise<FlowBenchResult> {
  const system = await startSystem(config, cleanup);
  const { http, pool, alive, port } = system;
  log('seeding: course over HTTP, officers with SQL');
  const course = await buildCourse(http, system.login.accessToken);
  const pages = Math.ceil(course.definitions.size / PAGE);
  const isolatedN = config.flowIsolatedN;
  const total = config.warmup + 2 * (config.n + config.flowOpenN) + 2 * isolatedN;
  const seeded = await seedOfficers(pool, course, total, system.login.user.id, system.jwtSecret, false);
  // Right answers to every question: each attempt sends the same requests (`pages` pages of five), and grades to 100 %.
  const officers: FlowOfficer[] = seeded.map((o) => ({ ...o, plan: 'all', attemptId: '', expectedPercent: NaN, pages: [] }));
  await installGradingCounter(pool);
  let taken = 0;
  const take = (count: number) => officers.slice(taken, (taken += count));
  let graded = 0;
  const gradedAll = async (count: number) => waitUntilGraded(pool, (graded += count), config.gradingTimeoutMs, alive);

  const requests = new FlowRequests(http, course);
  const warmup = take(config.warmup);
  if (warmup.length) {
    log(`warm-up: ${warmup.length} attempts`);
    await closedLoop(warmup, config.concurrency, (o) => requests.attempt(o, false, config.flowFold, pages));
    await gradedAll(warmup.length);
  }
  const idleBefore = machineCpu();
  await sleep(1000);
  const idleAfter = machineCpu();
  const backgroundBusyPercent = ((idleAfter.busy - idleBefore.busy) / (idleAfter.total - idleBefore.total || 1)) * 100;
  if (backgroundBusyPercent > 10) log(`warning: the machine was ${backgroundBusyPercent.toFixed(0)} % busy before the measured run; the numbers will suffer`);

  const openHttp = new HttpClient(`http://127.0.0.1:${port}`, 512);
  cleanup.add('close the open-loop HTTP agent', async () => openHttp.close());
  const openRequests = new FlowRequests(openHttp, course);
  const variants: FlowBenchResult['variants'] = [];
  for (const idempotencyKey of [false, true]) {
    const label = idempotencyKey ? 'with Idempotency-Key' : 'without Idempotency-Key';
    const measured = take(config.n);
    log(`flow ${label}: ${measured.length} attempts, ${config.concurrency} clients (closed loop)`);
    const requestsOf = (o: FlowOfficer) => requests.attempt(o, idempotencyKey, config.flowFold, pages);
    // --profile-dir: both children's CPU profiles over the first closed loop (no key).
    const stopProfiles = idempotencyKey ? async () => undefined : startProfiles(system);
    let window = await cpuWindow(system);
    const run = await closedLoop(measured, config.concurrency, requestsOf);
    const gradedAt = await gradedAll(measured.length);
    const cpu = await window();
    await stopProfiles();
    const seconds = (run.finishedAt - run.startedAt) / 1000;
    const endToEndSeconds = (gradedAt - run.startedAt) / 1000;
    const requestsPerAttempt = requestsOf(measured[0]).length;
    const grading = await gradingLatencies(pool, measured.map((o) => o.attemptId));
    const closed: ClosedFlowResult = {
      idempotencyKey,
      n: measured.length,
      requestsPerAttempt,
      seconds,
      endToEndSeconds,
      attemptsPerSecond: measured.length / endToEndSeconds,
      requestsPerSecond: (measured.length * requestsPerAttempt) / seconds,
      steps: stepFigures(run.latencies, seconds),
      gradingLatency: { p50: percentile(grading, 50), p99: percentile(grading, 99) },
      cpu,
    };
    log(`  ${closed.attemptsPerSecond.toFixed(1)} attempts/s graded end to end, ${closed.requestsPerSecond.toFixed(0)} requests/s`);

    const atRate = take(config.flowOpenN);
    const rate = closed.attemptsPerSecond / 2;
    log(`flow ${label}: ${atRate.length} attempts arriving at ${rate.toFixed(1)} /s, half the closed loop's (open loop)`);
    window = await cpuWindow(system);
    const rated = await openLoop(atRate, rate, config.flowThinkMs, (o) => openRequests.attempt(o, idempotencyKey, config.flowFold, pages));
    const ratedGradedAt = await gradedAll(atRate.length);
    const openCpu = await window();
    const gradedPerSecond = atRate.length / ((ratedGradedAt - rated.startedAt) / 1000);
    const gradingLagSeconds = (ratedGradedAt - rated.lastDueAt) / 1000;
    const sendLateness = latencySummary(rated.sendLateness);
    const open: OpenFlowResult = {
      idempotencyKey,
      n: atRate.length,
      offeredAttemptsPerSecond: rate,
      offeredRequestsPerSecond: rate * requestsPerAttempt,
      thinkMs: config.flowThinkMs,
      steps: stepFigures(rated.latencies, (rated.finishedAt - rated.startedAt) / 1000),
      gradedPerSecond,
      gradingLagSeconds,
      keepsUp: gradingLagSeconds <= 1,
      sendLateness,
      generatorFellBehind: sendLateness.p99 > SEND_LATENESS_TOLERANCE_MS,
      cpu: openCpu,
    };
    if (open.generatorFellBehind) log(`warning: the load generator fell behind its schedule (sends p99 ${sendLateness.p99.toFixed(1)} ms late)`);
    log(`  p99 start ${open.steps.start.latency.p99.toFixed(1)} / save ${open.steps.save.latency.p99.toFixed(1)} / submit ${open.steps.submit.latency.p99.toFixed(1)} ms`);
    variants.push({ closed, open });
  }

  const isolated: IsolatedResult[] = [];
  if (isolatedN > 0) {
    // The same attempts go through each request type in turn: all started, then their first pages saved, then each variant's half submitted.
    const alone = take(2 * isolatedN);
    const measureAlone = async (step: Step, requestsOf: (o: FlowOfficer) => FlowRequest[]) => {
      log(`alone: ${step} of ${alone.length} attempts, ${config.concurrency} clients`);
      const window = await cpuWindow(system);
      const run = await closedLoop(alone, config.concurrency, requestsOf);
      const samples = run.latencies[step];
      isolated.push({ step, idempotencyKey: false, requests: samples.length, perSecond: samples.length / ((run.finishedAt - run.startedAt) / 1000), latency: latencySummary(samples), cpu: await window() });
    };
    await measureAlone('start', (o) => [requests.start(o)]);
    await measureAlone('save', (o) => Array.from({ length: pages - 1 }, (_, page) => requests.save(o, page)));
    for (const [i, idempotencyKey] of [false, true].entries()) {
      const submitting = alone.slice(i * isolatedN, (i + 1) * isolatedN);
      log(`alone: ${submitting.length} submits with the last page ${idempotencyKey ? 'with' : 'without'} Idempotency-Key, ${config.concurrency} clients`);
      const window = await cpuWindow(system);
      const submits = await closedLoop(submitting, config.concurrency, (o) => [requests.submit(o, idempotencyKey)]);
      const submitsGradedAt = await gradedAll(submitting.length);
      const seconds = (submits.finishedAt - submits.startedAt) / 1000;
      isolated.push({
        step: 'submit',
        idempotencyKey,
        requests: submitting.length,
        perSecond: submitting.length / seconds,
        latency: latencySummary(submits.latencies.submit),
        gradedPerSecond: submitting.length / ((submitsGradedAt - submits.startedAt) / 1000),
        cpu: await window(),
      });
    }
  }

  log('verifying');
  const checks = await verify(pool, course, officers.slice(0, taken), config.redisUrl, system.queuePrefix, false);
  await Promise.all(system.children.map((c) => c.stop()));
  let tps: number | undefined;
  if (config.pgbench) {
    log('pgbench: -i -s 10, then -c 4 -j 2 -T 10');
    tps = await pgbenchTps(config.serverUrl, `mosty_pgbench_${system.stamp}`);
  }
  return {
    machine: machine(),
    date: new Date().toISOString(),
    n: config.n,
    concurrency: config.concurrency,
    warmup: warmup.length,
    fold: config.flowFold,
    pages,
    backgroundBusyPercent,
    variants,
    isolated,
    pgbenchTps: tps,
    checks,
  };
}

const fixed = (n: number | undefined, digits = 1) => (n !== undefined && Number.isFinite(n) ? n.toFixed(digits) : '—');
const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? ' ✓' : ' ✗');
const ms = (l: Latency) => `${fixed(l.p50)} / ${fixed(l.p95)} / ${fixed(l.p99)}`;
const perAttempt = (seconds: number, n: number) => `${fixed((seconds / n) * 1000, 2)}`;
/** CPU per attempt or request, ms: the three processes, then the load generator, the rest of the machine and the connection churn. */
const cpuCell = (cpu: FlowCpu, n: number) =>
  `${perAttempt(cpu.api, n)} / ${perAttempt(cpu.worker, n)} / ${perAttempt(cpu.postgres, n)} ms (load generator ${perAttempt(cpu.bench, n)}, rest ${perAttempt(cpu.other, n)}; ` +
  `machine ${fixed(cpu.machineBusyPercent, 0)} % busy; backends opened ${cpu.backendsOpened}, closed ${cpu.backendsClosed})`;

/** The tables: every rate with its ratio to pgbench tps of the same run, and the targets beside them. */
export function flowMarkdown(r: FlowBenchResult): string {
  const tps = r.pgbenchTps;
  const ratio = (perSecond: number) => (tps ? perSecond / tps : undefined);
  const ratioCell = (perSecond: number, target?: number) => {
    const value = ratio(perSecond);
    return value === undefined ? '—' : `${fixed(value, 3)}${target === undefined ? '' : mark(value >= target)}`;
  };
  const tpsCell = tps === undefined ? 'not run' : `${fixed(tps, 0)}`;
  const saveLabel = r.fold ? `${r.pages - 1} saves of ${PAGE} answers, the submit carrying the last ${PAGE}` : `${r.pages} saves of ${PAGE} answers, the submit carrying the last ${PAGE} again`;
  const lines = [
    `Browser flow, ${r.date.slice(0, 10)}: ${r.machine}. Per attempt: start, ${saveLabel} (all 20 right), grading. ` +
      `N = ${r.n} attempts per variant after ${r.warmup} warm-up, C = ${r.concurrency} clients (closed loop); then an open loop at half the closed loop's graded attempts/s. ` +
      `Machine busy before the measured phases: ${fixed(r.backgroundBusyPercent, 0)} %. pgbench (TPC-B, -s 10, -c 4 -j 2 -T 10) in the same run: ${tps === undefined ? 'not run' : `${tpsCell} tps`}.`,
    '',
    '| measure | figure | ÷ pgbench tps | target | pgbench tps |',
    '| --- | --- | --- | --- | --- |',
  ];
  const row = (...cells: string[]) => lines.push(`| ${cells.join(' | ')} |`);
  for (const { closed: c, open: o } of r.variants) {
    const key = c.idempotencyKey ? 'with Idempotency-Key' : 'no Idempotency-Key';
    row(`**whole attempt, closed loop, ${key}**: graded end to end`, `**${fixed(c.attemptsPerSecond, 1)} attempts/s** (${c.n} in ${fixed(c.endToEndSeconds, 1)} s)`, `**${ratioCell(c.attemptsPerSecond, ATTEMPT_RATIO_TARGET)}**`, `≥ ${ATTEMPT_RATIO_TARGET}`, tpsCell);
    row(`all requests (${c.requestsPerAttempt} per attempt)`, `${fixed(c.requestsPerSecond, 0)} req/s`, ratioCell(c.requestsPerSecond), '', tpsCell);
    for (const s of STEPS) {
      const f = c.steps[s];
      row(`${s}, in the flow: req/s, latency p50 / p95 / p99 ms`, `${fixed(f.perSecond, 0)} req/s (${f.requests}), ${ms(f.latency)}`, ratioCell(f.perSecond), '', tpsCell);
    }
    row('submit → graded, p50 / p99', `${fixed(c.gradingLatency.p50, 0)} / ${fixed(c.gradingLatency.p99, 0)} ms`, '', '', tpsCell);
    row(
      'CPU per attempt: API / worker / PostgreSQL backends',
      cpuCell(c.cpu, c.n),
      '',
      '',
      tpsCell,
    );
    row(
      `open loop, ${key}: ${fixed(o.offeredAttemptsPerSecond, 1)} attempts/s offered (${fixed(o.offeredRequestsPerSecond, 0)} req/s)`,
      `${fixed(o.gradedPerSecond, 1)} graded/s, last graded ${fixed(o.gradingLagSeconds, 2)} s after the last submit was due: ${o.keepsUp ? 'keeps up' : 'falls behind'}`,
      ratioCell(o.offeredAttemptsPerSecond),
      'keeps up',
      tpsCell,
    );
    for (const s of STEPS) {
      const f = o.steps[s];
      row(`${s} at half capacity, from its due time: p50 / p95 / p99 (max) ms`, `${fixed(f.latency.p50)} / ${fixed(f.latency.p95)} / **${fixed(f.latency.p99)}**${mark(f.latency.p99 < P99_TARGET_MS)} (${fixed(f.latency.max)})`, '', `p99 < ${P99_TARGET_MS} ms`, tpsCell);
    }
    row(
      'open loop: sends late p50 / p99 (max); CPU per attempt API / worker / PostgreSQL',
      `${fixed(o.sendLateness.p50)} / ${fixed(o.sendLateness.p99)} (${fixed(o.sendLateness.max)}) ms${o.generatorFellBehind ? ' — **generator fell behind**' : ''}; ${cpuCell(o.cpu, o.n)}`,
      '',
      '',
      tpsCell,
    );
  }
  for (const i of r.isolated) {
    const what = { start: 'start alone', save: `save of ${PAGE} answers alone`, submit: `submit with ${PAGE} answers alone, ${i.idempotencyKey ? 'with' : 'no'} Idempotency-Key` }[i.step];
    // The request target is the save's and the submit's; a start is once per attempt.
    const judged = i.step !== 'start';
    row(
      `${judged ? `**${what}**` : what} (closed loop, C = ${r.concurrency}): req/s, latency p50 / p95 / p99 ms`,
      `${judged ? `**${fixed(i.perSecond, 0)} req/s**` : `${fixed(i.perSecond, 0)} req/s`} (${i.requests}), ${ms(i.latency)}${i.gradedPerSecond === undefined ? '' : `; graded ${fixed(i.gradedPerSecond, 0)} /s end to end`}`,
      judged ? `**${ratioCell(i.perSecond, REQUEST_RATIO_TARGET)}**` : ratioCell(i.perSecond),
      judged ? `≥ ${REQUEST_RATIO_TARGET}` : '',
      tpsCell,
    );
    row(
      `  CPU per ${i.step}: API / worker / PostgreSQL backends`,
      cpuCell(i.cpu, i.requests),
      '',
      '',
      tpsCell,
    );
  }
  lines.push('', '| check | result |', '| --- | --- |', ...r.checks.map((c) => `| ${c.name} | ${c.ok ? 'ok' : '**FAILED**'}: ${c.detail} |`));
  lines.push(
    '',
    'CPU: utime + stime from /proc/<pid>/stat over each phase (until its last grading committed) for the API, the worker, and the PostgreSQL backends connected to the bench database (not the bench’s own connections); “rest” is the machine’s other busy time (Redis, PostgreSQL’s background processes, other work).',
  );
  return lines.join('\n');
}
