import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'pg';
import { HttpClient, HttpResult } from './http';
import type { Officer } from './seed';

export interface SubmitRun {
  /** Per-request latency, ms, in completion order (open loop: from each submit's due time). */
  latencies: number[];
  /** Epoch ms when the first submit was sent (open loop: scheduled) and when the last answer arrived. */
  startedAt: number;
  finishedAt: number;
}

export interface RateRun extends SubmitRun {
  /** How late each send went out after its due time, ms: the load generator's own lag. */
  sendLateness: number[];
  /** Epoch ms when the last submit was due. */
  lastDueAt: number;
}

/** Beyond this p99 lateness of sends the load generator, not the server, shapes part of the numbers. */
export const SEND_LATENESS_TOLERANCE_MS = 5;

/** One submit (answers already saved); anything but a 202 `submitted` fails the run. */
async function submit(http: HttpClient, officer: Officer, idempotencyKey: boolean): Promise<HttpResult> {
  const res = await http.send('POST', `/api/v1/attempts/${officer.attemptId}/submit`, {
    token: officer.token,
    body: {},
    headers: idempotencyKey ? { 'idempotency-key': randomUUID() } : {},
  });
  if (res.status !== 202 || res.body?.status !== 'submitted') {
    throw new Error(`submit of ${officer.attemptId} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
  }
  return res;
}

/**
 * The capacity load: `concurrency` clients in a closed loop, each taking the next
 * open attempt and submitting it, waiting for the answer before its next one.
 * Its latency is queueing by construction (mean = concurrency ÷ throughput).
 */
export async function submitAll(http: HttpClient, officers: Officer[], concurrency: number, idempotencyKey: boolean): Promise<SubmitRun> {
  const latencies: number[] = [];
  let next = 0;
  const startedAt = Date.now();
  const client = async () => {
    while (next < officers.length) latencies.push((await submit(http, officers[next++], idempotencyKey)).ms);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, officers.length) }, client));
  return { latencies, startedAt, finishedAt: Date.now() };
}

/**
 * The latency load: an open loop at a fixed arrival rate. Submit i is due at
 * start + i × 1000/rate ms and goes out then, whether or not earlier ones have
 * been answered, so `http` needs a socket for every submit outstanding. Latency
 * counts from the due time, not the actual send (as wrk2 does): a server that
 * stalls cannot hide the submits that piled up behind it (coordinated omission).
 */
export async function submitAtRate(http: HttpClient, officers: Officer[], rate: number, idempotencyKey: boolean): Promise<RateRun> {
  const interval = 1000 / rate;
  const latencies: number[] = [];
  const sendLateness: number[] = [];
  const answers: Promise<void>[] = [];
  let failure: Error | undefined;
  const startedAt = Date.now();
  const start = performance.now();
  let i = 0;
  while (i < officers.length && !failure) {
    // Everything due by now goes out: a timer that fires late sends several at once.
    while (i < officers.length && start + i * interval <= performance.now()) {
      const due = start + i * interval;
      sendLateness.push(performance.now() - due);
      answers.push(
        submit(http, officers[i++], idempotencyKey).then(
          () => void latencies.push(performance.now() - due),
          (error: Error) => void (failure ??= error),
        ),
      );
    }
    // A timer, not a busy loop: the generator shares the cores with the system under test.
    if (i < officers.length) await sleep(Math.max(0, start + i * interval - performance.now()));
  }
  await Promise.all(answers);
  if (failure) throw failure;
  return { latencies, sendLateness, startedAt, lastDueAt: startedAt + (officers.length - 1) * interval, finishedAt: Date.now() };
}

/**
 * Polls PostgreSQL until `total` gradings have been committed and returns the
 * epoch ms it saw that — so the end-to-end time includes the worker's commit, not
 * just its intent. It counts the rows of bench_grading_write (see verify.ts),
 * written by a trigger in each grading's transaction: a narrow table, so polling
 * every 10 ms costs PostgreSQL next to nothing, where counting graded rows of the
 * wide attempt table would take CPU from the system under test. Bounded by `timeoutMs`.
 */
export async function waitUntilGraded(pool: Pool, total: number, timeoutMs: number, alive: () => void, intervalMs = 10): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const {
      rows: [{ done }],
    } = await pool.query(`SELECT count(*)::int AS done FROM bench_grading_write`);
    if (done >= total) return Date.now();
    alive();
    if (Date.now() > deadline) throw new Error(`Only ${done} of ${total} attempts were graded within ${timeoutMs} ms`);
    await sleep(intervalMs);
  }
}

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The latency figures both loads report, ms. */
export function latencySummary(samples: number[]): { p50: number; p95: number; p99: number; max: number } {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), max: percentile(samples, 100) };
}
