import { JwtService } from '@nestjs/jwt';
import { Pool } from 'pg';
import type { LaidOutQuestion } from '../src/modules/attempts/attempt-layout';
import { JWT_AUDIENCE, JWT_ISSUER } from '../src/modules/auth/strategies';
import type { QuestionDefinition } from '../src/modules/questions/question-definition';
import { forEachConcurrently, HttpClient } from './http';
import { AnswerPlan, answersFor, BENCH_QUESTIONS, planFor } from './quiz';

export interface BenchCourse {
  courseId: string;
  version: number;
  lessonId: string;
  quizModuleId: string;
  passMarkPercent: number;
  /** The definitions by question id, as published. */
  definitions: Map<string, QuestionDefinition>;
}

export interface Officer {
  index: number;
  userId: string;
  enrollmentId: string;
  token: string;
  attemptId: string;
  plan: AnswerPlan;
  expectedPercent: number;
}

const PASS_MARK = 60;

/**
 * The course is built the way a trainer builds it — over HTTP, through the real
 * validation and publishing — so the snapshot the grader reads is a real one:
 * one lesson, then the 20-question quiz.
 */
export async function buildCourse(http: HttpClient, token: string): Promise<BenchCourse> {
  const post = (path: string, body?: unknown) => http.expect(201, 'POST', `/api/v1${path}`, { token, body });
  const bank = await post('/question-banks', { name: 'Bench' });
  const definitions = new Map<string, QuestionDefinition>();
  for (const question of BENCH_QUESTIONS) definitions.set((await post(`/question-banks/${bank.id}/questions`, question)).id, question);
  const course = await post('/courses', {
    title: { pl: 'Kurs benchmarkowy' },
    audience: ['police', 'municipal_guard', 'border_guard', 'social_services'],
    certificateValidityMonths: 24,
  });
  const lesson = await post(`/courses/${course.id}/modules`, { kind: 'lesson', title: { pl: 'Lekcja' }, body: { pl: 'Treść lekcji.' } });
  const quiz = await post(`/courses/${course.id}/modules`, {
    kind: 'quiz',
    title: { pl: 'Test końcowy' },
    quiz: {
      passMarkPercent: PASS_MARK,
      maxAttempts: 3,
      timeLimitSeconds: 3600,
      shuffleQuestions: true,
      shuffleOptions: true,
      reviewPolicy: 'correct_answers',
      questionIds: [...definitions.keys()],
    },
  });
  const published = await post(`/courses/${course.id}/publish`);
  return { courseId: course.id, version: published.version, lessonId: lesson.id, quizModuleId: quiz.id, passMarkPercent: PASS_MARK, definitions };
}

/**
 * Officers, their enrollments and their sessions go straight in with SQL (seeding
 * is not what is measured): an institution, `count` officers, each with an
 * enrollment and one open session — and, with `lessonDone`, the lesson completed,
 * so that passing the quiz completes the course and asks for a certificate. Access tokens are
 * signed here with the API's JWT secret, with the claims, issuer and audience the
 * API issues at login (a login per officer would cost an argon2 hash each); the
 * API still checks every token's session in the database, as for any request.
 */
export async function seedOfficers(
  pool: Pool,
  course: BenchCourse,
  count: number,
  adminId: string,
  jwtSecret: string,
  lessonDone: boolean,
): Promise<Omit<Officer, 'attemptId' | 'expectedPercent'>[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const {
      rows: [institution],
    } = await client.query(`INSERT INTO institution (name, type, code) VALUES ('Komenda Benchmarkowa', 'police', 'BENCH') RETURNING id`);
    await client.query(
      `INSERT INTO "user" (email, full_name, role, institution_id, locale)
       SELECT 'officer.' || i || '@bench.mosty.example', 'Funkcjonariusz ' || i, 'officer', $1, 'pl' FROM generate_series(0, $2 - 1) i`,
      [institution.id, count],
    );
    const {
      rows: [assignment],
    } = await client.query(
      `INSERT INTO assignment (course_id, target, institution_id, due_at, created_by) VALUES ($1, 'institution', $2, now() + interval '30 days', $3) RETURNING id`,
      [course.courseId, institution.id, adminId],
    );
    await client.query(
      `INSERT INTO enrollment (user_id, course_id, course_version, assignment_id, institution_id, status, due_at, started_at)
       SELECT id, $1, $2, $3, $4, 'in_progress', now() + interval '30 days', now() FROM "user" WHERE institution_id = $4`,
      [course.courseId, course.version, assignment.id, institution.id],
    );
    if (lessonDone) {
      await client.query(
        `INSERT INTO module_progress (enrollment_id, module_id, status, started_at, completed_at)
         SELECT id, $2, 'completed', now(), now() FROM enrollment WHERE course_id = $1`,
        [course.courseId, course.lessonId],
      );
    }
    await client.query(
      `INSERT INTO auth_session (user_id, expires_at, user_agent) SELECT id, now() + interval '1 day', 'mosty-bench' FROM "user" WHERE institution_id = $1`,
      [institution.id],
    );
    const { rows } = await client.query(
      `SELECT substring(u.email FROM 'officer\\.(\\d+)@')::int AS index, u.id AS user_id, e.id AS enrollment_id, s.id AS session_id
         FROM "user" u JOIN enrollment e ON e.user_id = u.id JOIN auth_session s ON s.user_id = u.id
        WHERE u.institution_id = $1 ORDER BY 1`,
      [institution.id],
    );
    await client.query('COMMIT');
    const jwt = new JwtService({ secret: jwtSecret });
    return rows.map((row) => ({
      index: row.index,
      userId: row.user_id,
      enrollmentId: row.enrollment_id,
      plan: planFor(row.index),
      // As AuthService.issueTokens signs them; an hour, so a long run never sees one expire.
      token: jwt.sign({ sub: row.user_id, sid: row.session_id, role: 'officer' }, { algorithm: 'HS256', expiresIn: 3600, issuer: JWT_ISSUER, audience: JWT_AUDIENCE }),
    }));
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Each officer starts an attempt through the real API (the draw, the shuffle, the
 * opaque choice ids) and saves answers by plan; the choice ids are read back from
 * the attempt's layout to answer correctly.
 */
export async function openAttempts(
  http: HttpClient,
  pool: Pool,
  course: BenchCourse,
  officers: Omit<Officer, 'attemptId' | 'expectedPercent'>[],
  concurrency: number,
): Promise<Officer[]> {
  const opened: Officer[] = officers.map((o) => ({ ...o, attemptId: '', expectedPercent: NaN }));
  await forEachConcurrently(opened, concurrency, async (officer) => {
    const attempt = await http.expect(201, 'POST', `/api/v1/enrollments/${officer.enrollmentId}/modules/${course.quizModuleId}/attempts`, { token: officer.token });
    officer.attemptId = attempt.id;
  });
  const { rows } = await pool.query<{ id: string; layout: { questions: LaidOutQuestion[] } }>(`SELECT id, layout FROM attempt WHERE id = ANY($1::uuid[])`, [
    opened.map((o) => o.attemptId),
  ]);
  const layouts = new Map(rows.map((r) => [r.id, r.layout.questions]));
  await forEachConcurrently(opened, concurrency, async (officer) => {
    const { answers, expectedPercent } = answersFor(officer.plan, layouts.get(officer.attemptId)!, course.definitions);
    officer.expectedPercent = expectedPercent;
    if (answers.length === 0) return;
    const saved = await http.expect(200, 'PUT', `/api/v1/attempts/${officer.attemptId}/answers`, { token: officer.token, body: { answers } });
    if (saved.answered !== answers.length) throw new Error(`attempt ${officer.attemptId}: saved ${saved.answered} answers of ${answers.length}`);
  });
  return opened;
}
