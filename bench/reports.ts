import { JwtService } from '@nestjs/jwt';
import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { Pool, PoolClient } from 'pg';
import { JWT_AUDIENCE, JWT_ISSUER } from '../src/modules/auth/strategies';
import { certificatesQuery, competenciesQuery, completionQuery, ListQuery, overdueQuery, paged, REPORT_TRANSACTION_SETTINGS, SqlQuery } from '../src/modules/reports/report-queries';
import type { BenchConfig } from './config';
import { HttpClient } from './http';
import { createMigratedDatabase, dropDatabase } from './infra';
import { latencySummary } from './load';
import { pgbenchTps } from './pgbench';
import { Child, childEnv, freePort, waitFor } from './processes';

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

type Latency = ReturnType<typeof latencySummary>;

export interface ReportsBenchResult {
  officers: number;
  courses: number;
  institutions: number;
  enrollments: number;
  attempts: number;
  certificates: number;
  seedSeconds: number;
  requests: number;
  timings: { name: string; rows: number; latency: Latency }[];
  pgbenchTps?: number;
}

const TAGS = ['komunikacja', 'tlumacz', 'antydyskryminacja', 'prawa-czlowieka', 'status-prawny', 'bezpieczenstwo'];
const QUESTIONS_PER_QUIZ = 10;
const PATTERNS = 16;
const UNITS_PER_INSTITUTION = 10;

/**
 * `npm run bench -- --reports`: the institution reports at `--report-officers`
 * (50,000) officers × `--report-courses` (10) courses, spread over
 * `--report-institutions` (5) institutions of 10 units each — an enrollment per
 * officer and course, two graded attempts of 10 tagged questions for each that
 * was started, a certificate for each completed one — seeded with
 * generate_series straight into PostgreSQL (triggers off: the tally is built
 * as the migration's backfill builds it). Then the API (one child process, as in
 * production) answers `--report-requests` requests per report, one at a time,
 * as the first institution's coordinator; `--verbose` prints EXPLAIN (ANALYZE,
 * BUFFERS) of each report query; pgbench runs last on the quiet machine.
 */
export async function benchReports(
  config: Pick<BenchConfig, 'serverUrl' | 'redisUrl' | 'pgbench' | 'verbose' | 'reportOfficers' | 'reportCourses' | 'reportInstitutions' | 'reportRequests'>,
  cleanup: { add(name: string, step: () => Promise<unknown>): void },
): Promise<ReportsBenchResult> {
  const { stamp, name, databaseUrl, pool, world, seedSeconds } = await seededDatabase(config.serverUrl, 'reports', cleanup, config.reportOfficers, config.reportCourses, config.reportInstitutions);

  const port = await freePort();
  const jwtSecret = randomBytes(32).toString('base64url');
  const storageDir = `/tmp/${name}`;
  cleanup.add('remove the reports storage', async () => rmSync(storageDir, { recursive: true, force: true }));
  const api = new Child('api', {
    ...childEnv({
      databaseUrl,
      redisUrl: config.redisUrl,
      publicBaseUrl: `http://127.0.0.1:${port}`,
      jwtSecret,
      storageDir,
      queuePrefix: `mosty-bench-reports-${stamp.replace('_', '-')}`,
    }),
    PORT: String(port),
    BOOTSTRAP_ADMIN_EMAIL: 'admin@bench.mosty.example',
    BOOTSTRAP_ADMIN_PASSWORD: randomBytes(12).toString('base64url'),
  });
  cleanup.add('stop the API', () => api.stop());
  const http = new HttpClient(`http://127.0.0.1:${port}`, 4);
  cleanup.add('close the HTTP agent', async () => http.close());
  await waitFor('the API to be ready', async () => (await http.send('GET', '/health/ready').catch(() => ({ status: 0 }))).status === 200, 60_000, [api], 200);

  // Tokens as AuthService.issueTokens signs them, each with an open session (the API checks it on every request).
  const jwt = new JwtService({ secret: jwtSecret });
  const token = async (userId: string, role: string) => {
    const { rows } = await pool.query(`INSERT INTO auth_session (user_id, expires_at, user_agent) VALUES ($1, now() + interval '1 day', 'mosty-bench') RETURNING id`, [userId]);
    return jwt.sign({ sub: userId, sid: rows[0].id, role }, { algorithm: 'HS256', expiresIn: 3600, issuer: JWT_ISSUER, audience: JWT_AUDIENCE });
  };
  const coordinator = await token(world.coordinatorId, 'institution_admin');
  const trainer = await token(world.trainerId, 'trainer');
  const inst = world.institutionId;
  const base = `/api/v1/reports/institutions/${inst}`;
  const scope = { kind: 'institution' } as const;
  const course = world.courseIds[0];
  const unit = world.unitId;
  const list = (query: ListQuery, limit: number, offset: number) => ({ query: paged(query, limit, offset), count: query.count });
  const reports: { name: string; path: string; token: string; query: SqlQuery; count?: SqlQuery }[] = [
    { name: 'completion', path: `${base}/completion`, token: coordinator, query: completionQuery(inst, scope, {}) },
    {
      name: 'completion, course + unit + due range',
      path: `${base}/completion?courseId=${course}&unitId=${unit}&dueFrom=2000-01-01T00:00:00Z&dueTo=2100-01-01T00:00:00Z`,
      token: coordinator,
      query: completionQuery(inst, scope, { courseId: course, unitId: unit, dueFrom: new Date('2000-01-01'), dueTo: new Date('2100-01-01') }),
    },
    { name: 'completion, trainer (own courses)', path: `${base}/completion`, token: trainer, query: completionQuery(inst, { kind: 'courseOwner', ownerId: world.trainerId }, {}) },
    { name: 'overdue, page 1, latest first', path: `${base}/overdue`, token: coordinator, ...list(overdueQuery(inst, scope, {}), 20, 0) },
    { name: 'overdue, page 50, sort=daysLate', path: `${base}/overdue?sort=daysLate&page=50`, token: coordinator, ...list(overdueQuery(inst, scope, {}, 'daysLate'), 20, 980) },
    { name: 'overdue, one unit', path: `${base}/overdue?unitId=${unit}`, token: coordinator, ...list(overdueQuery(inst, scope, { unitId: unit }), 20, 0) },
    { name: 'certificates, expiring in 60 days', path: `${base}/certificates?expiringWithinDays=60`, token: coordinator, ...list(certificatesQuery(inst, scope, { expiringWithinDays: 60 }), 20, 0) },
    {
      name: 'certificates, 30 days + expired',
      path: `${base}/certificates?expiringWithinDays=30&includeExpired=true`,
      token: coordinator,
      ...list(certificatesQuery(inst, scope, { expiringWithinDays: 30, includeExpired: true }), 20, 0),
    },
    { name: 'competencies', path: `${base}/competencies`, token: coordinator, query: competenciesQuery(inst, scope, {}) },
    { name: 'competencies, trainer, one course', path: `${base}/competencies?courseId=${course}`, token: trainer, query: competenciesQuery(inst, { kind: 'courseOwner', ownerId: world.trainerId }, { courseId: course }) },
  ];
  const timings: ReportsBenchResult['timings'] = [];
  for (const report of reports) {
    const measure = async (path: string, n: number) => {
      const samples: number[] = [];
      let rows = 0;
      for (let i = 0; i < n; i++) {
        const res = await http.send('GET', path, { token: report.token });
        if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
        rows = res.body.items?.length ?? (res.body.byCourse?.length ?? 0) + (res.body.byUnit?.length ?? 0);
        samples.push(res.ms);
      }
      return { samples, rows };
    };
    await measure(report.path, 10);
    const { samples, rows } = await measure(report.path, config.reportRequests);
    timings.push({ name: report.name, rows, latency: latencySummary(samples) });
    log(`${report.name}: p50 ${timings.at(-1)!.latency.p50.toFixed(1)} ms, p95 ${timings.at(-1)!.latency.p95.toFixed(1)} ms`);
    if (config.verbose) {
      for (const [label, query] of [[report.name, report.query], ...(report.count ? [[`${report.name}: count`, report.count] as const] : [])] as const) {
        const client = await pool.connect();
        try {
          // As the API runs them: in a transaction with the reports' settings.
          await client.query('BEGIN');
          await client.query(REPORT_TRANSACTION_SETTINGS);
          const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, query.params);
          process.stderr.write(`\n-- ${label}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\n`);
        } finally {
          await client.query('ROLLBACK');
          client.release();
        }
      }
    }
  }
  // Transcripts: a different officer each time (JSON), and the PDF.
  const { rows: officers } = await pool.query(`SELECT id FROM "user" WHERE role = 'officer' AND institution_id = $1 ORDER BY id LIMIT $2`, [inst, config.reportRequests + 10]);
  for (const [label, suffix] of [['transcript (JSON)', 'transcript'], ['transcript (PDF)', 'transcript.pdf']]) {
    const samples: number[] = [];
    for (const [i, officer] of officers.entries()) {
      const res = await http.send('GET', `/api/v1/users/${officer.id}/${suffix}`, { token: coordinator });
      if (res.status !== 200) throw new Error(`transcript answered ${res.status}`);
      if (i >= 10) samples.push(res.ms);
    }
    timings.push({ name: label, rows: 1, latency: latencySummary(samples) });
    log(`${label}: p50 ${timings.at(-1)!.latency.p50.toFixed(1)} ms, p95 ${timings.at(-1)!.latency.p95.toFixed(1)} ms`);
  }

  await api.stop();
  let tps: number | undefined;
  if (config.pgbench) {
    log('pgbench: -i -s 10, then -c 4 -j 2 -T 10');
    tps = await pgbenchTps(config.serverUrl, `mosty_pgbench_${stamp}`);
  }
  return {
    officers: config.reportOfficers,
    courses: config.reportCourses,
    institutions: config.reportInstitutions,
    enrollments: world.enrollments,
    attempts: world.attempts,
    certificates: world.certificates,
    seedSeconds,
    requests: config.reportRequests,
    timings,
    pgbenchTps: tps,
  };
}

interface SeededWorld {
  institutionId: string;
  unitId: string;
  coordinatorId: string;
  trainerId: string;
  courseIds: string[];
  enrollments: number;
  attempts: number;
  certificates: number;
}

/** A course version snapshot as publishing freezes it: a lesson, then a quiz of true/false questions with tags. */
function snapshot(title: string, lessonId: string, quizId: string, questionIds: string[]) {
  return {
    title: { pl: title },
    description: null,
    audience: ['police'],
    certificateValidityMonths: 24,
    modules: [
      { id: lessonId, kind: 'lesson', position: 1, title: { pl: 'Lekcja' }, body: { pl: 'Treść.' }, media: [], minStudySeconds: 0 },
      {
        id: quizId,
        kind: 'quiz',
        position: 2,
        title: { pl: 'Test' },
        media: [],
        minStudySeconds: 0,
        quiz: {
          passMarkPercent: 60,
          maxAttempts: 3,
          timeLimitSeconds: null,
          shuffleQuestions: false,
          shuffleOptions: false,
          reviewPolicy: 'score',
          draws: [],
          questions: questionIds.map((id, i) => ({
            id,
            version: 1,
            type: 'true_false',
            prompt: { pl: `Pytanie ${i + 1}` },
            points: 1 + (i % 3),
            correct: true,
            tags: [TAGS[i % TAGS.length], ...(i % 4 === 0 ? [TAGS[(i + 1) % TAGS.length]] : [])],
          })),
        },
      },
    ],
  };
}

/**
 * A fresh migrated database `mosty_bench_<bench>_<stamp>` holding seed()'s world, with a
 * pool on it (the reports and reminders benchmarks); both are removed at cleanup.
 */
export async function seededDatabase(
  serverUrl: string,
  bench: string,
  cleanup: { add(name: string, step: () => Promise<unknown>): void },
  ...size: [officers: number, courses: number, institutions: number]
): Promise<{ stamp: string; name: string; databaseUrl: string; pool: Pool; world: SeededWorld; seedSeconds: number }> {
  const stamp = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const name = `mosty_bench_${bench}_${stamp}`;
  cleanup.add(`drop the ${bench} database`, () => dropDatabase(serverUrl, name));
  const databaseUrl = await createMigratedDatabase(serverUrl, name);
  const pool = new Pool({ connectionString: databaseUrl, max: 2, application_name: 'mosty-bench' });
  cleanup.add(`close the ${bench} pool`, () => pool.end());
  const started = Date.now();
  const world = await seed(pool, ...size);
  const seedSeconds = (Date.now() - started) / 1000;
  log(`seeded ${world.enrollments} enrollments, ${world.attempts} attempts, ${world.certificates} certificates in ${seedSeconds.toFixed(0)} s`);
  return { stamp, name, databaseUrl, pool, world, seedSeconds };
}

/** Also the export and reminder benchmarks' world (bench/exports.ts, bench/reminders.ts). */
export async function seed(pool: Pool, officers: number, courses: number, institutions: number): Promise<SeededWorld> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Seeding writes what grading would have: triggers stay off, the tally is added up below as the migration does.
    await client.query(`SET LOCAL session_replication_role = replica`);
    const q = (sql: string, params: unknown[] = []) => client.query(sql, params);
    await q(`INSERT INTO institution (name, type, code) SELECT 'Komenda ' || i, 'police', 'RB' || i FROM generate_series(0, $1 - 1) i`, [institutions]);
    await q(`CREATE TEMP TABLE bi ON COMMIT DROP AS SELECT id, (substring(code FROM 3))::int AS idx FROM institution WHERE code LIKE 'RB%'`);
    await q(
      `INSERT INTO unit (institution_id, name, code) SELECT bi.id, 'Komisariat ' || u, 'U' || u FROM bi, generate_series(0, $1 - 1) u`,
      [UNITS_PER_INSTITUTION],
    );
    await q(`CREATE TEMP TABLE bu ON COMMIT DROP AS SELECT un.id, bi.idx AS inst_idx, (substring(un.code FROM 2))::int AS idx FROM unit un JOIN bi ON bi.id = un.institution_id`);
    const inst0 = (await q(`SELECT id FROM bi WHERE idx = 0`)).rows[0].id;
    const people = await q(
      `INSERT INTO "user" (email, full_name, role, institution_id) VALUES ('koordynator@bench.mosty.example', 'Koordynator', 'institution_admin', $1),
              ('trener@bench.mosty.example', 'Trener', 'trainer', NULL), ('trener2@bench.mosty.example', 'Trener Drugi', 'trainer', NULL) RETURNING id`,
      [inst0],
    );
    const [coordinatorId, trainerId, otherTrainerId] = people.rows.map((r) => r.id as string);
    // A coordinator in every other institution too: the reminders bench's weekly digest goes to each.
    await q(`INSERT INTO "user" (email, full_name, role, institution_id) SELECT 'koordynator' || idx || '@bench.mosty.example', 'Koordynator ' || idx, 'institution_admin', id FROM bi WHERE idx > 0`);
    await q(
      `INSERT INTO "user" (email, full_name, role, institution_id, unit_id)
       SELECT 'o' || n || '@bench.mosty.example', 'Funkcjonariusz Łódzki ' || n, 'officer', bu.id_inst, bu.id
         FROM generate_series(0, $1 - 1) n
         JOIN (SELECT bu.id, bu.inst_idx, bu.idx, bi.id AS id_inst FROM bu JOIN bi ON bi.idx = bu.inst_idx) bu
           ON bu.inst_idx = n % $2 AND bu.idx = (n / $2) % $3`,
      [officers, institutions, UNITS_PER_INSTITUTION],
    );
    // Courses: the first half the bench trainer's, the rest another's; each with one published version.
    await q(`CREATE TEMP TABLE bc (id uuid, idx int, quiz_id uuid, questions jsonb) ON COMMIT DROP`);
    const courseIds: string[] = [];
    for (let c = 0; c < courses; c++) {
      const [id, lessonId, quizId] = [randomUUID(), randomUUID(), randomUUID()];
      const questionIds = Array.from({ length: QUESTIONS_PER_QUIZ }, () => randomUUID());
      const snap = snapshot(`Kurs ${c + 1}`, lessonId, quizId, questionIds);
      await q(`INSERT INTO course (id, owner_id, title, audience, certificate_validity_months, current_version, published_at) VALUES ($1, $2, $3, '{police}', 24, 1, now())`, [
        id,
        c < courses / 2 ? trainerId : otherTrainerId,
        JSON.stringify(snap.title),
      ]);
      await q(`INSERT INTO course_version (course_id, version, snapshot, published_by) VALUES ($1, 1, $2, $3)`, [id, JSON.stringify(snap), trainerId]);
      const points = snap.modules[1].quiz!.questions.map((x) => ({ id: x.id, points: x.points }));
      await q(`INSERT INTO bc VALUES ($1, $2, $3, $4)`, [id, c, quizId, JSON.stringify(points)]);
      courseIds.push(id);
    }
    // Result patterns per course: pattern p answers question i right when bit i of p·37 is set (a spread of scores).
    await q(`
      CREATE TEMP TABLE bp ON COMMIT DROP AS
      SELECT bc.idx AS course_idx, p, jsonb_agg(jsonb_build_object('questionId', qq.value ->> 'id',
                    'points', CASE WHEN ((p * 37) >> (qq.ordinality::int - 1)) & 1 = 1 THEN (qq.value ->> 'points')::numeric ELSE 0 END,
                    'maxPoints', (qq.value ->> 'points')::numeric, 'needsReview', false) ORDER BY qq.ordinality) AS results,
             sum(CASE WHEN ((p * 37) >> (qq.ordinality::int - 1)) & 1 = 1 THEN (qq.value ->> 'points')::numeric ELSE 0 END) AS score,
             sum((qq.value ->> 'points')::numeric) AS max_score
        FROM bc, generate_series(0, ${PATTERNS - 1}) p, jsonb_array_elements(bc.questions) WITH ORDINALITY qq
       GROUP BY bc.idx, p`);
    await q(`
      INSERT INTO assignment (course_id, target, institution_id, due_at, created_by)
      SELECT bc.id, 'institution', bi.id, now() + interval '30 days', $1 FROM bc, bi`, [coordinatorId]);
    // Statuses: 60 % completed (certificates from 800 days ago to today: some lapsed), 30 % in progress, 10 % not started; due dates from 60 days ago to 60 days ahead.
    await q(`
      INSERT INTO enrollment (user_id, course_id, course_version, assignment_id, institution_id, unit_id, status, due_at, started_at, completed_at, created_at, best_percent)
      SELECT o.id, bc.id, 1, a.id, o.institution_id, o.unit_id, s.status,
             now() + ((h % 120) - 60) * interval '1 day' + (h % 24) * interval '1 hour',
             CASE WHEN s.status <> 'assigned' THEN now() - (h % 800 + 10) * interval '1 day' END,
             CASE WHEN s.status = 'completed' THEN now() - (h % 800) * interval '1 day' END,
             now() - (h % 800 + 20) * interval '1 day',
             CASE WHEN s.status <> 'assigned' THEN (40 + h % 61)::numeric END
        FROM (SELECT id, institution_id, unit_id, (substring(email FROM '^o(\\d+)@'))::int AS n FROM "user" WHERE role = 'officer') o
       CROSS JOIN bc
        JOIN assignment a ON a.course_id = bc.id AND a.institution_id = o.institution_id
       CROSS JOIN LATERAL (SELECT hashint4(o.n * 100 + bc.idx)::bigint + 2147483648 AS h) hh
       CROSS JOIN LATERAL (SELECT CASE WHEN h % 10 < 6 THEN 'completed' WHEN h % 10 < 9 THEN 'in_progress' ELSE 'assigned' END AS status) s`);
    await q(`
      INSERT INTO module_progress (enrollment_id, module_id, status, started_at, completed_at, best_percent)
      SELECT e.id, bc.quiz_id, CASE WHEN e.status = 'completed' THEN 'completed' ELSE 'in_progress' END, e.started_at, e.completed_at, e.best_percent
        FROM enrollment e JOIN bc ON bc.id = e.course_id WHERE e.status <> 'assigned'`);
    const attempts = await q(`
      INSERT INTO attempt (enrollment_id, module_id, user_id, course_version, number, status, seed, layout, answers, started_at, submitted_at, graded_at, results, score, max_score, percent, passed)
      SELECT e.id, bc.quiz_id, e.user_id, e.course_version, k, 'graded', 'bench', '{"questions": []}', '{}', e.started_at, e.started_at + interval '20 minutes',
             e.started_at + interval '21 minutes', bp.results, bp.score, bp.max_score, round(bp.score * 100 / bp.max_score, 4), bp.score * 100 / bp.max_score >= 60
        FROM enrollment e JOIN bc ON bc.id = e.course_id
       CROSS JOIN generate_series(1, 2) k
        JOIN bp ON bp.course_idx = bc.idx AND bp.p = (hashtext(e.id::text || k)::bigint + 2147483648) % ${PATTERNS}
       WHERE e.status <> 'assigned'`);
    const certificates = await q(`
      INSERT INTO certificate (enrollment_id, user_id, course_id, course_version, institution_id, number, verification_code, holder_name, course_title, issued_at, expires_at, status)
      SELECT e.id, e.user_id, e.course_id, 1, e.institution_id, 'MOS-B-' || lpad(row_number() OVER ()::text, 7, '0'), md5(e.id::text), u.full_name, c.title,
             e.completed_at, e.completed_at + interval '730 days', 'valid'
        FROM enrollment e JOIN "user" u ON u.id = e.user_id JOIN course c ON c.id = e.course_id WHERE e.status = 'completed'`);
    // The questions' tags (the publish trigger is off here), then the competency tally, as the migration's backfill adds it up (a course at a time).
    await q(`SELECT course_version_question_tags_index(course_id, version) FROM course_version`);
    for (const id of courseIds) {
      await q(
        `SELECT competency_tally_add(array_agg(a.enrollment_id), array_agg(a.results), array_agg(1))
           FROM attempt a JOIN enrollment e ON e.id = a.enrollment_id WHERE e.course_id = $1 AND a.status = 'graded'`,
        [id],
      );
    }
    const unitId = (await q(`SELECT id FROM bu WHERE inst_idx = 0 AND idx = 0`)).rows[0].id;
    const enrollments = (await q(`SELECT count(*)::int AS n FROM enrollment`)).rows[0].n;
    await q('COMMIT');
    await vacuum(client);
    return { institutionId: inst0, unitId, coordinatorId, trainerId, courseIds, enrollments, attempts: attempts.rowCount ?? 0, certificates: certificates.rowCount ?? 0 };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** As autovacuum would by the time anyone reads a report: statistics, and the visibility map for index-only scans. */
async function vacuum(client: PoolClient): Promise<void> {
  for (const table of ['"user"', 'unit', 'course', 'enrollment', 'module_progress', 'attempt', 'certificate', 'competency_tally']) await client.query(`VACUUM (ANALYZE) ${table}`);
}

export function reportsMarkdown(r: ReportsBenchResult, machine: string): string {
  const lines = [
    `Reports at ${r.officers.toLocaleString('en')} officers × ${r.courses} courses (${r.institutions} institutions of ${UNITS_PER_INSTITUTION} units): ` +
      `${r.enrollments.toLocaleString('en')} enrollments, ${r.attempts.toLocaleString('en')} graded attempts, ${r.certificates.toLocaleString('en')} certificates ` +
      `(seeded in ${r.seedSeconds.toFixed(0)} s). Machine: ${machine}. ${r.requests} sequential requests per report over HTTP, as the coordinator of one institution ` +
      `(${Math.round(r.enrollments / r.institutions).toLocaleString('en')} enrollments), after 10 to warm up.`,
    '',
    '| report | rows answered | p50 ms | p95 ms | p99 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...r.timings.map((t) => `| ${t.name} | ${t.rows} | ${t.latency.p50.toFixed(1)} | ${t.latency.p95.toFixed(1)} | ${t.latency.p99.toFixed(1)} | ${t.latency.max.toFixed(1)} |`),
    '',
    r.pgbenchTps ? `pgbench (TPC-B, -s 10, -c 4 -j 2 -T 10) in the same run: ${r.pgbenchTps.toFixed(0)} tps.` : 'pgbench: not run.',
  ];
  return lines.join('\n');
}
