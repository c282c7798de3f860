import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';
import { OutboxService } from '../src/modules/outbox/outbox.service';
import { DUE_KINDS, EXPIRY_KINDS, RemindersService } from '../src/modules/notifications/reminders.service';
import type { BenchConfig } from './config';
import { pgbenchTps } from './pgbench';
import { seededDatabase } from './reports';

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

export interface RemindersBenchResult {
  officers: number;
  courses: number;
  institutions: number;
  enrollments: number;
  certificates: number;
  seedSeconds: number;
  runs: { job: string; round: 'first' | 'second'; created: Record<string, number>; ms: number }[];
  /** Send-email jobs the runs wrote into the outbox (one per notification). */
  outbox: number;
  pgbenchTps?: number;
}

/**
 * `npm run bench -- --reminders`: the reminder jobs at `--reminder-officers` (50,000)
 * officers × `--reminder-courses` (10) courses over `--reminder-institutions` (10)
 * institutions, in the reports bench's world (its `seed()`: due dates from 60 days ago
 * to 60 days ahead, certificates lapsing from 70 days ago to two years ahead, a
 * coordinator per institution). Times each job's first run (which inserts the
 * notifications and, with SMTP_URL set, their send-email jobs into the outbox) and its
 * second (which finds everything done), called in process as the scheduler's job
 * calls RemindersService; pgbench runs last on the quiet machine.
 */
export async function benchReminders(
  config: Pick<BenchConfig, 'serverUrl' | 'pgbench' | 'reminderOfficers' | 'reminderCourses' | 'reminderInstitutions'>,
  cleanup: { add(name: string, step: () => Promise<unknown>): void },
): Promise<RemindersBenchResult> {
  const { stamp, databaseUrl, pool, world, seedSeconds } = await seededDatabase(config.serverUrl, 'reminders', cleanup, config.reminderOfficers, config.reminderCourses, config.reminderInstitutions);

  const ds = await new DataSource(dataSourceOptions(databaseUrl, 2)).initialize();
  cleanup.add('close the reminders data source', async () => ds.isInitialized && ds.destroy());
  // SMTP_URL is only read to know that mail is due: nothing is sent, the jobs stay in the outbox.
  const reminders = new RemindersService(ds, new OutboxService(), loadConfig({ DATABASE_URL: databaseUrl, SMTP_URL: 'smtp://127.0.0.1:2525' }));
  const runs: RemindersBenchResult['runs'] = [];
  for (const [job, run] of [
    ['due-reminders', () => reminders.run(DUE_KINDS)],
    ['expiry-reminders', () => reminders.run(EXPIRY_KINDS)],
    ['coordinator-digest', () => reminders.digest()],
  ] as const) {
    for (const round of ['first', 'second'] as const) {
      const started = Date.now();
      const created = (await run()) as Record<string, number>;
      runs.push({ job, round, created, ms: Date.now() - started });
      log(`${job}, ${round} run: ${JSON.stringify(created)} in ${runs.at(-1)!.ms} ms`);
    }
  }
  const outbox = (await pool.query(`SELECT count(*)::int AS n FROM outbox WHERE job_name = 'send-email'`)).rows[0].n as number;
  await ds.destroy();
  const tps = config.pgbench ? await pgbenchTps(config.serverUrl, `mosty_pgbench_${stamp}`) : undefined;
  return {
    officers: config.reminderOfficers,
    courses: config.reminderCourses,
    institutions: config.reminderInstitutions,
    enrollments: world.enrollments,
    certificates: world.certificates,
    seedSeconds,
    runs,
    outbox,
    pgbenchTps: tps,
  };
}

export function remindersMarkdown(r: RemindersBenchResult, machine: string): string {
  const created = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([kind, n]) => `${kind} ${n.toLocaleString('en')}`)
      .join(', ');
  const lines = [
    `Reminders at ${r.officers.toLocaleString('en')} officers × ${r.courses} courses (${r.institutions} institutions, a coordinator each): ` +
      `${r.enrollments.toLocaleString('en')} enrollments, ${r.certificates.toLocaleString('en')} certificates (seeded in ${r.seedSeconds.toFixed(0)} s). ` +
      `Machine: ${machine}. Each job run twice with SMTP_URL set: ${r.outbox.toLocaleString('en')} send-email jobs written to the outbox.`,
    '',
    '| job | run | notifications created | ms |',
    '| --- | --- | --- | ---: |',
    ...r.runs.map((x) => `| ${x.job} | ${x.round} | ${created(x.created)} | ${x.ms.toLocaleString('en')} |`),
    '',
    r.pgbenchTps ? `pgbench (TPC-B, -s 10, -c 4 -j 2 -T 10) in the same run: ${r.pgbenchTps.toFixed(0)} tps.` : 'pgbench: not run.',
  ];
  return lines.join('\n');
}
