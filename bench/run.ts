import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { BenchConfig, loadBenchConfig, machine } from './config';
import { HttpClient } from './http';
import { latencySummary, percentile, SEND_LATENESS_TOLERANCE_MS, submitAll, submitAtRate, waitUntilGraded } from './load';
import { pgbenchTps } from './pgbench';
import { machineCpu, peakRssMiB, rssMiB, startWindow } from './processes';
import { BenchResult, certificateMarkdown, markdown, OpenLoopResult } from './report';
import { benchCertificates } from './certificates';
import { benchReports, reportsMarkdown } from './reports';
import { benchExports, exportMarkdown } from './exports';
import { benchReminders, remindersMarkdown } from './reminders';
import { buildCourse, openAttempts, seedOfficers } from './seed';
import { benchFlow, flowMarkdown } from './flow';
import { log, startProfiles, startSystem } from './system';
import { gradingLatencies, installGradingCounter, verify } from './verify';

/**
 * `npm run bench`: quiz submissions graded end to end.
 *
 *  1. a fresh database (migrated like `npm run migration:run`) and queue prefix;
 *  2. the API and the worker as two child processes, as production runs them;
 *  3. a 20-question course published over HTTP; warm-up + N + rate-N officers with an
 *     enrollment, a session and an open attempt with saved answers (seeding, not measured);
 *  4. the warm-up attempts submitted and graded, then the N measured ones for
 *     capacity: C clients in a closed loop submit over keep-alive HTTP while the
 *     bench polls PostgreSQL until the last one is graded;
 *  5. the rate-N ones for latency: an open loop offering a fixed rate of submits,
 *     latency counted from each one's scheduled send, again until all are graded;
 *  6. checks over all attempts (graded exactly once, right scores, progress, outbox, jobs);
 *  7. pgbench on the same server, and the Markdown tables.
 *
 * Databases, queue keys and child processes are removed however the run ends.
 */

/** Undo steps, run last-in first-out; each runs once even if cleanup is reached twice (error, then Ctrl-C). */
class Cleanup {
  private readonly steps: [string, () => Promise<unknown>][] = [];
  add(name: string, step: () => Promise<unknown>): void {
    this.steps.push([name, step]);
  }
  async run(): Promise<void> {
    while (this.steps.length) {
      const [name, step] = this.steps.pop()!;
      await step().catch((error: Error) => log(`cleanup: ${name} failed: ${error.message}`));
    }
  }
}

async function bench(config: BenchConfig, cleanup: Cleanup): Promise<BenchResult> {
  const system = await startSystem(config, cleanup);
  const { stamp, queuePrefix, port, jwtSecret, api, worker, children, alive, pool, http, profileDir, login } = system;

  const memory = async (stage: string) => {
    log(`${stage}: RSS API ${rssMiB(api.pid).toFixed(0)} MiB, worker ${rssMiB(worker.pid).toFixed(0)} MiB`);
    if (profileDir) {
      const { before, memory: m, heapSpaces } = (await api.memory()) as {
        before: NodeJS.MemoryUsage;
        memory: NodeJS.MemoryUsage;
        heapSpaces: { space_name: string; space_size: number; space_used_size: number }[];
      };
      const mib = (n: number) => `${(n / 2 ** 20).toFixed(0)}`;
      log(`  API heap used ${mib(before.heapUsed)} of ${mib(before.heapTotal)} MiB, after a full GC ${mib(m.heapUsed)} of ${mib(m.heapTotal)} MiB (RSS ${mib(m.rss)}), external ${mib(m.external)}, array buffers ${mib(m.arrayBuffers)}; ` +
        heapSpaces.map((h) => `${h.space_name} ${mib(h.space_used_size)}/${mib(h.space_size)}`).join(', '));
    }
  };
  await memory('ready');
  log('seeding: course over HTTP, officers with SQL, attempts and answers over HTTP');
  const course = await buildCourse(http, login.accessToken);
  const rateN = config.rate ? config.rateN : 0;
  const seeded = await seedOfficers(pool, course, config.warmup + config.n + rateN, login.user.id, jwtSecret, config.completeCourse);
  const officers = await openAttempts(http, pool, course, seeded, config.concurrency);
  await installGradingCounter(pool);
  const warmup = officers.slice(0, config.warmup);
  const measured = officers.slice(config.warmup, config.warmup + config.n);
  const atRate = officers.slice(config.warmup + config.n);

  await memory('seeded');
  if (warmup.length) {
    log(`warm-up: ${warmup.length} attempts`);
    await submitAll(http, warmup, config.concurrency, config.idempotencyKey);
    await waitUntilGraded(pool, warmup.length, config.gradingTimeoutMs, alive);
  }

  // Other work on the machine skews everything: sample it for a second while the bench's own processes are idle.
  const idleBefore = machineCpu();
  await sleep(1000);
  const idleAfter = machineCpu();
  const backgroundBusyPercent = ((idleAfter.busy - idleBefore.busy) / (idleAfter.total - idleBefore.total || 1)) * 100;
  if (backgroundBusyPercent > 10) log(`warning: the machine was ${backgroundBusyPercent.toFixed(0)} % busy before the measured run; the numbers will suffer`);

  await memory('warm');
  // The peak before the measured window (start-up, seeding, warm-up) is kept; then VmHWM restarts from here.
  const peakBefore = { api: peakRssMiB(api.pid), worker: peakRssMiB(worker.pid) };
  log(`measuring capacity: ${measured.length} attempts, ${config.concurrency} clients (closed loop)`);
  const stopProfiles = startProfiles(system);
  if (config.logStatements) await pool.query(`SELECT 'mosty-bench: measured window starts'`);
  const closedWindow = startWindow(api, worker);
  const run = await submitAll(http, measured, config.concurrency, config.idempotencyKey);
  const gradedAt = await waitUntilGraded(pool, warmup.length + measured.length, config.gradingTimeoutMs, alive);
  const usage = closedWindow();
  if (config.logStatements) await pool.query(`SELECT 'mosty-bench: measured window ends'`);
  await stopProfiles();
  await memory('measured');
  const endToEndSeconds = (gradedAt - run.startedAt) / 1000;
  const gradingLatency = await gradingLatencies(pool, measured.map((o) => o.attemptId));

  let openLoop: OpenLoopResult | undefined;
  if (atRate.length) {
    log(`measuring latency: ${atRate.length} attempts at ${config.rate} submits/s (open loop)`);
    // The open loop does not wait for answers: a socket for each submit outstanding (a stall of about a second at 500 /s).
    const openHttp = new HttpClient(`http://127.0.0.1:${port}`, 512);
    cleanup.add('close the open-loop HTTP agent', async () => openHttp.close());
    const window = startWindow(api, worker);
    const rated = await submitAtRate(openHttp, atRate, config.rate, config.idempotencyKey);
    const ratedGradedAt = await waitUntilGraded(pool, officers.length, config.gradingTimeoutMs, alive);
    const { cpu, apiPeakRssMiB, workerPeakRssMiB } = window();
    await memory('measured at a fixed rate');
    const seconds = (ratedGradedAt - rated.startedAt) / 1000;
    const gradedPerSecond = atRate.length / seconds;
    const gradingLagSeconds = (ratedGradedAt - rated.lastDueAt) / 1000;
    const lateness = latencySummary(rated.sendLateness);
    const generatorFellBehind = lateness.p99 > SEND_LATENESS_TOLERANCE_MS;
    if (generatorFellBehind) log(`warning: the load generator fell behind its schedule (sends p99 ${lateness.p99.toFixed(1)} ms late, max ${lateness.max.toFixed(0)} ms)`);
    const ratedGrading = await gradingLatencies(pool, atRate.map((o) => o.attemptId));
    openLoop = {
      rate: config.rate,
      n: atRate.length,
      submitPerSecond: atRate.length / ((rated.finishedAt - rated.startedAt) / 1000),
      gradedPerSecond,
      endToEndSeconds: seconds,
      gradingLagSeconds,
      // At a fixed arrival rate grading cannot outpace the offer: keeping up is the most it can show.
      keepsUp: gradedPerSecond >= 0.97 * config.rate && gradingLagSeconds <= 1,
      latency: latencySummary(rated.latencies),
      gradingLatency: { p50: percentile(ratedGrading, 50), p99: percentile(ratedGrading, 99) },
      sendLateness: lateness,
      generatorFellBehind,
      apiPeakRssMiB,
      workerPeakRssMiB,
      cpu,
    };
  }

  log('verifying');
  const checks = await verify(pool, course, officers, config.redisUrl, queuePrefix, config.completeCourse);

  // pgbench gets a quiet machine: the application's processes are stopped first.
  await Promise.all(children.map((c) => c.stop()));
  let tps: number | undefined;
  if (config.pgbench) {
    log('pgbench: -i -s 10, then -c 4 -j 2 -T 10');
    tps = await pgbenchTps(config.serverUrl, `mosty_pgbench_${stamp}`);
  }
  const gradedPerSecond = measured.length / endToEndSeconds;
  return {
    machine: machine(),
    n: measured.length,
    concurrency: config.concurrency,
    warmup: warmup.length,
    workerConcurrency: config.workerConcurrency ? String(config.workerConcurrency) : 'default',
    dbPoolSize: config.dbPoolSize ? String(config.dbPoolSize) : 'default',
    idempotencyKey: config.idempotencyKey,
    completeCourse: config.completeCourse,
    submitPerSecond: measured.length / ((run.finishedAt - run.startedAt) / 1000),
    gradedPerSecond,
    endToEndSeconds,
    latency: latencySummary(run.latencies),
    gradingLatency: { p50: percentile(gradingLatency, 50), p99: percentile(gradingLatency, 99) },
    apiPeakRssMiB: usage.apiPeakRssMiB,
    workerPeakRssMiB: usage.workerPeakRssMiB,
    peakRssCoversLoadOnly: usage.peakRssCoversWindowOnly,
    apiPeakRssBeforeMiB: peakBefore.api,
    workerPeakRssBeforeMiB: peakBefore.worker,
    cpu: { cores: availableParallelism(), backgroundBusyPercent, ...usage.cpu },
    openLoop,
    pgbenchTps: tps,
    ratio: tps ? gradedPerSecond / tps : undefined,
    checks,
  };
}

async function main(): Promise<void> {
  let config: BenchConfig;
  try {
    config = loadBenchConfig();
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    process.exit(2);
  }
  const cleanup = new Cleanup();
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      interrupted = true;
      log(`${signal}: cleaning up`);
      void cleanup.run().finally(() => process.exit(130));
    });
  }
  try {
    const alone = async <R>(run: () => Promise<R>, table: (result: R, machine: string) => string, failed: (result: R) => boolean = () => false) => {
      const result = await run();
      await cleanup.run();
      process.stdout.write(`\n${table(result, machine())}\n`);
      if (config.jsonOut) writeFileSync(config.jsonOut, JSON.stringify(result, null, 2));
      if (failed(result)) process.exitCode = 1;
    };
    if (config.reports) return await alone(() => benchReports(config, cleanup), reportsMarkdown);
    if (config.exports) return await alone(() => benchExports(config, cleanup), exportMarkdown);
    if (config.flow) return await alone(() => benchFlow(config, cleanup), flowMarkdown, (r) => r.checks.some((c) => !c.ok));
    if (config.reminders) return await alone(() => benchReminders(config, cleanup), remindersMarkdown);
    const result = await bench(config, cleanup);
    await cleanup.run();
    process.stdout.write(`\n${markdown(result)}\n`);
    log(`certificates: ${config.certificates} completed enrollments, one worker process`);
    const certificates = await benchCertificates(config, cleanup);
    await cleanup.run();
    process.stdout.write(`\n${certificateMarkdown(certificates)}\n`);
    if (!certificates.allRendered) process.exitCode = 1;
    if (config.jsonOut) writeFileSync(config.jsonOut, JSON.stringify(result, null, 2));
    if (result.checks.some((c) => !c.ok)) process.exitCode = 1;
  } catch (error) {
    if (!interrupted) log(`failed: ${(error as Error).stack ?? error}`);
    await cleanup.run();
    process.exitCode = 1;
  }
}

void main();
