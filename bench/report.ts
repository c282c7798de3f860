import type { Check } from './verify';

export interface BenchResult {
  machine: string;
  n: number;
  concurrency: number;
  warmup: number;
  workerConcurrency: string;
  dbPoolSize: string;
  idempotencyKey: boolean;
  completeCourse: boolean;
  submitPerSecond: number;
  gradedPerSecond: number;
  endToEndSeconds: number;
  latency: { p50: number; p95: number; p99: number; max: number };
  gradingLatency: { p50: number; p99: number };
  apiPeakRssMiB: number;
  workerPeakRssMiB: number;
  /** Whether the peaks above cover the measured window only (VmHWM reset before it). */
  peakRssCoversLoadOnly: boolean;
  apiPeakRssBeforeMiB: number;
  workerPeakRssBeforeMiB: number;
  cpu: { cores: number; backgroundBusyPercent: number; machineBusyPercent: number; api: number; worker: number; bench: number; other: number };
  pgbenchTps?: number;
  ratio?: number;
  checks: Check[];
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? ' ✓' : ' ✗');

/** The Markdown table README.md shows, with the targets of DESIGN.md beside the numbers. */
export function markdown(r: BenchResult): string {
  const rows: [string, string, string][] = [
    ['graded end to end (HTTP submit → graded row)', `**${fixed(r.gradedPerSecond, 0)} /s**${mark(r.gradedPerSecond >= 500)}`, '≥ 500 /s'],
    ['submit latency p50 / p95 / p99 (max)', `${fixed(r.latency.p50)} / ${fixed(r.latency.p95)} / **${fixed(r.latency.p99)}** ms${mark(r.latency.p99 < 50)} (${fixed(r.latency.max)})`, 'p99 < 50 ms'],
    ['submits accepted', `${fixed(r.submitPerSecond, 0)} /s`, ''],
    ['submit → graded, per attempt, p50 / p99', `${fixed(r.gradingLatency.p50, 0)} / ${fixed(r.gradingLatency.p99, 0)} ms`, ''],
    ['pgbench TPC-B (scale 10, 4 clients, 10 s)', r.pgbenchTps === undefined ? 'not run' : `${fixed(r.pgbenchTps, 0)} tps`, '~2,800 tps'],
    ['ratio graded/s ÷ pgbench tps', r.ratio === undefined ? '—' : `**${fixed(r.ratio, 3)}**${mark(r.ratio >= 0.18)}`, '≥ 0.18'],
    [
      `API peak RSS (VmHWM) ${r.peakRssCoversLoadOnly ? 'under load' : 'over the whole run'}`,
      `${fixed(r.apiPeakRssMiB, 0)} MiB${mark(r.apiPeakRssMiB < 300)} (start-up, seeding and warm-up: ${fixed(r.apiPeakRssBeforeMiB, 0)} MiB)`,
      '< 300 MB',
    ],
    ['worker peak RSS (VmHWM)', `${fixed(r.workerPeakRssMiB, 0)} MiB (before: ${fixed(r.workerPeakRssBeforeMiB, 0)} MiB)`, ''],
    [
      'CPU while measured (all processes)',
      `${fixed(r.cpu.machineBusyPercent, 0)} % of ${r.cpu.cores} cores: API ${fixed(r.cpu.api)} s, worker ${fixed(r.cpu.worker)} s, load generator ${fixed(r.cpu.bench)} s, PostgreSQL + Redis + rest ${fixed(r.cpu.other)} s over ${fixed(r.endToEndSeconds, 2)} s (background load before: ${fixed(r.cpu.backgroundBusyPercent, 0)} %)`,
      '',
    ],
  ];
  return [
    `N = ${r.n} attempts (after ${r.warmup} warm-up), C = ${r.concurrency} clients, WORKER_CONCURRENCY ${r.workerConcurrency}, DB_POOL_SIZE ${r.dbPoolSize}, Idempotency-Key ${r.idempotencyKey ? 'sent' : 'not sent'}, passing ${r.completeCourse ? 'completes the course (certificate job)' : 'does not complete the course'}; ${r.machine}`,
    '',
    '| measure | result | target |',
    '| --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    '',
    '| check | result |',
    '| --- | --- |',
    ...r.checks.map((c) => `| ${c.name} | ${c.ok ? 'ok' : '**FAILED**'}: ${c.detail} |`),
  ].join('\n');
}

/** The certificate benchmark's table. */
export function certificateMarkdown(r: import('./certificates').CertificateBenchResult): string {
  const ok = (good: boolean) => (good ? '✓' : '✗');
  return [
    `N = ${r.n} certificates, one worker process`,
    '',
    '| measure | result | target |',
    '| --- | --- | --- |',
    `| certificates issued with their PDF | **${r.perSecond.toFixed(0)} /s** ${ok(r.perSecond >= 100)} (${r.seconds.toFixed(1)} s) | ≥ 100 /s |`,
    `| worker CPU per certificate (incl. its rendering threads) | ${((r.workerCpuSeconds / r.n) * 1000).toFixed(1)} ms | |`,
    `| PostgreSQL CPU per certificate (the worker's backends) | ${((r.postgresCpuSeconds / r.n) * 1000).toFixed(1)} ms | |`,
    `| worker peak RSS | ${r.workerPeakRssMiB.toFixed(0)} MiB | |`,
    `| one certificate per enrollment, every PDF stored | ${r.allRendered ? 'ok' : '**FAILED**'} | |`,
  ].join('\n');
}
