import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';
import { OutboxService } from '../src/modules/outbox/outbox.service';
import { DUE_KINDS, EXPIRY_KINDS, RemindersService } from '../src/modules/notifications/reminders.service';
import { createMigratedDatabase, dropDatabase } from './infra';
import { pgbenchTps } from './pgbench';

/**
 * `node dist/bench/reminders.js [officers]`: the reminder runs at 50,000 officers × 10
 * courses (500,000 enrollments; 40 % completed, with certificates expiring from 100
 * days ago to two years ahead; the rest due from 60 days ago to 60 days ahead), seeded
 * straight into PostgreSQL. Times each job's first run (which inserts the
 * notifications and their send-email jobs into the outbox) and its second (which
 * finds everything done), on a database of its own that it drops at the end; then
 * pgbench on the same server, so the times can be read against the machine.
 */
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const OFFICERS = Number(process.argv[2] ?? 50_000);
const COURSES = 10;
const INSTITUTIONS = 10;

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function seed(ds: DataSource): Promise<void> {
  await ds.query(`INSERT INTO institution (name, type, code) SELECT 'Komenda ' || i, 'police', 'KMP' || i FROM generate_series(1, ${INSTITUTIONS}) i`);
  await ds.query(`INSERT INTO unit (institution_id, name, code) SELECT id, 'Komisariat ' || u, 'KP' || u FROM institution, generate_series(1, 5) u`);
  await ds.query(`INSERT INTO "user" (email, full_name, role) VALUES ('trener@bench.test', 'Trener', 'trainer')`);
  await ds.query(`
    WITH units AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(institution_id ORDER BY id) AS institutions FROM unit)
    INSERT INTO "user" (email, full_name, role, institution_id, unit_id, locale)
    SELECT 'funkcjonariusz' || g || '@bench.test', 'Funkcjonariusz Żółć ' || g, 'officer', units.institutions[1 + g % cardinality(units.ids)],
           units.ids[1 + g % cardinality(units.ids)], (ARRAY['pl', 'en', 'uk'])[1 + g % 3]
      FROM generate_series(1, ${OFFICERS}) g, units`);
  await ds.query(`
    INSERT INTO "user" (email, full_name, role, institution_id)
    SELECT 'koordynator' || c || '.' || lower(i.code) || '@bench.test', 'Koordynator ' || c, 'institution_admin', i.id FROM institution i, generate_series(1, 2) c`);
  await ds.query(`
    INSERT INTO course (owner_id, title, audience, certificate_validity_months, current_version, published_at)
    SELECT u.id, jsonb_build_object('pl', 'Kurs ' || c, 'en', 'Course ' || c), '{police}', 24, 1, now() FROM "user" u, generate_series(1, ${COURSES}) c WHERE u.role = 'trainer'`);
  await ds.query(`
    INSERT INTO course_version (course_id, version, snapshot, published_by)
    SELECT c.id, 1, jsonb_build_object('title', c.title, 'modules', '[]'::jsonb), c.owner_id FROM course c`);
  await ds.query(`INSERT INTO assignment (course_id, target, user_ids, due_at, created_by) SELECT id, 'users', ARRAY[owner_id], now(), owner_id FROM course`);
  await ds.query(`
    INSERT INTO enrollment (user_id, course_id, course_version, assignment_id, institution_id, status, due_at, completed_at)
    SELECT user_id, course_id, 1, assignment_id, institution_id, status, now() + make_interval(secs => (random() * 120 - 60) * 86400),
           CASE WHEN status = 'completed' THEN now() - interval '1 day' END
      FROM (SELECT u.id AS user_id, a.course_id, a.id AS assignment_id, u.institution_id,
                   CASE WHEN r < 0.4 THEN 'completed' WHEN r < 0.5 THEN 'in_progress' ELSE 'assigned' END AS status
              FROM (SELECT u.*, random() AS r FROM "user" u WHERE u.role = 'officer') u CROSS JOIN assignment a) s`);
  await ds.query(`
    INSERT INTO certificate (enrollment_id, user_id, course_id, course_version, institution_id, number, verification_code, holder_name, course_title, issued_at, expires_at, status)
    SELECT e.id, e.user_id, e.course_id, 1, e.institution_id, 'MOS-B-' || row_number() OVER (), md5(e.id::text || random()), u.full_name, c.title,
           now() - interval '700 days', e.expires_at, CASE WHEN e.expires_at <= now() THEN 'expired' ELSE 'valid' END
      FROM (SELECT *, now() + make_interval(secs => (random() * 830 - 100) * 86400) AS expires_at FROM enrollment WHERE status = 'completed') e
      JOIN "user" u ON u.id = e.user_id JOIN course c ON c.id = e.course_id`);
  await ds.query(`VACUUM ANALYZE`);
}

async function main(): Promise<void> {
  const name = `mosty_bench_reminders_${randomBytes(4).toString('hex')}`;
  const url = await createMigratedDatabase(SERVER, name);
  const ds = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    let started = Date.now();
    await seed(ds);
    const [counts] = await ds.query(`SELECT (SELECT count(*) FROM enrollment)::int AS enrollments, (SELECT count(*) FROM certificate)::int AS certificates`);
    log(`seeded ${counts.enrollments} enrollments and ${counts.certificates} certificates in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // With SMTP_URL set, so every new notification also gets its send-email job in the outbox.
    const reminders = new RemindersService(ds, new OutboxService(), loadConfig({ DATABASE_URL: url, SMTP_URL: 'smtp://127.0.0.1:2525' }));
    const rows: string[] = [];
    for (const [job, run] of [
      ['due-reminders', () => reminders.run(DUE_KINDS)],
      ['expiry-reminders', () => reminders.run(EXPIRY_KINDS)],
      ['coordinator-digest', () => reminders.digest()],
    ] as const) {
      for (const round of ['first', 'second']) {
        started = Date.now();
        const created = await run();
        const ms = Date.now() - started;
        rows.push(`| ${job} | ${round} | ${Object.entries(created).map(([kind, n]) => `${kind} ${n}`).join(', ')} | ${ms} |`);
        log(rows.at(-1)!);
      }
    }
    const [{ outbox }] = await ds.query(`SELECT count(*)::int AS outbox FROM outbox`);
    await ds.destroy();
    await dropDatabase(SERVER, name);
    const tps = await pgbenchTps(SERVER, `${name}_pgbench`);
    process.stdout.write(
      [
        `${counts.enrollments} enrollments, ${counts.certificates} certificates; ${outbox} send-email jobs in the outbox; pgbench (TPC-B, -s 10 -c 4 -j 2 -T 10) ${tps.toFixed(0)} tps`,
        '',
        '| job | run | notifications created | ms |',
        '| --- | --- | --- | ---: |',
        ...rows,
        '',
      ].join('\n'),
    );
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await dropDatabase(SERVER, name);
  }
}

main().catch((error) => {
  log(error.stack ?? String(error));
  process.exit(1);
});
