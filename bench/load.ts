import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'pg';
import { HttpClient } from './http';
import type { Officer } from './seed';

export interface SubmitRun {
  /** Per-request latency, ms, in completion order. */
  latencies: number[];
  /** Epoch ms when the first submit was sent and when the last answer arrived. */
  startedAt: number;
  finishedAt: number;
}

/**
 * The load: `concurrency` clients in a closed loop, each taking the next open
 * attempt and submitting it (POST /attempts/:id/submit, answers already saved),
 * waiting for the 202 before its next one. Anything but a 202 `submitted` fails the run.
 */
export async function submitAll(http: HttpClient, officers: Officer[], concurrency: number, idempotencyKey: boolean): Promise<SubmitRun> {
  const latencies: number[] = [];
  let next = 0;
  const startedAt = Date.now();
  const client = async () => {
    while (next < officers.length) {
      const officer = officers[next++];
      const res = await http.send('POST', `/api/v1/attempts/${officer.attemptId}/submit`, {
        token: officer.token,
        body: {},
        headers: idempotencyKey ? { 'idempotency-key': randomUUID() } : {},
      });
      if (res.status !== 202 || res.body?.status !== 'submitted') {
        throw new Error(`submit of ${officer.attemptId} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
      }
      latencies.push(res.ms);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, officers.length) }, client));
  return { latencies, startedAt, finishedAt: Date.now() };
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
