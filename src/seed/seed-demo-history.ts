import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { AccessPolicy } from '../modules/access/access-policy';
import { toScoringResponse } from '../modules/attempts/answer-mapping';
import { Attempt, QuestionResult } from '../modules/attempts/attempt.entity';
import { layOutAttempt, prng } from '../modules/attempts/draw';
import { AuditEntry, AuditService } from '../modules/audit/audit.service';
import { CertificatesService } from '../modules/certificates/certificates.service';
import { CourseSnapshot, SnapshotModule } from '../modules/courses/course-snapshot';
import { CourseVersionsService } from '../modules/courses/course-versions.service';
import { ProgressService } from '../modules/enrollments/progress.service';
import { AttemptGrader } from '../modules/grading/attempt-grader.service';
import { scoreQuestion } from '../modules/grading/scoring';
import { OutboxService } from '../modules/outbox/outbox.service';
import { demoAnswer } from './demo-answers';
import { DEMO_COURSE } from './demo-course';
import { DEMO_INSTITUTIONS, DEMO_USERS } from './demo-world';

/** Officers of the history, spread over the demo institutions and their units. */
export const HISTORY_OFFICERS_PER_INSTITUTION = 80;
const HISTORY_MARK = 'seed.demo_history';
const DAY = 86_400_000;

/**
 * Cohorts of the demo course's history, by when their assignment fell due (days from the
 * seed's run). The first took the course two years ago, so its certificates lapse around
 * now: some have expired, some lapse within 60 days. `completed` and `started` are the
 * shares that finished and that at least began.
 */
const COHORTS = [
  { share: 0.15, dueInDays: -703, assignedDaysBefore: 60, lateDays: 20, completed: 1, started: 1 },
  { share: 0.35, dueInDays: -20, assignedDaysBefore: 60, lateDays: 5, completed: 0.55, started: 0.75 },
  { share: 0.25, dueInDays: 12, assignedDaysBefore: 50, lateDays: 0, completed: 0.3, started: 0.7 },
  { share: 0.25, dueInDays: 45, assignedDaysBefore: 60, lateDays: 0, completed: 0.1, started: 0.4 },
] as const;
type Cohort = (typeof COHORTS)[number];

/** How likely an officer knows a question of each competency: the weakest show up first in the competency view. */
const TAG_SKILL: Record<string, number> = {
  'status-prawny': 0.62,
  bezpieczenstwo: 0.74,
  antydyskryminacja: 0.78,
  komunikacja: 0.82,
  'prawa-czlowieka': 0.86,
  tlumacz: 0.9,
};

const FIRST_NAMES = ['Anna', 'Piotr', 'Katarzyna', 'Tomasz', 'Magdalena', 'Paweł', 'Joanna', 'Michał', 'Małgorzata', 'Łukasz', 'Agnieszka', 'Krzysztof', 'Ewa', 'Jakub', 'Żaneta', 'Grzegorz', 'Olena', 'Andrij', 'Zofia', 'Bartłomiej'];
const LAST_NAMES = ['Nowak', 'Kowalczyk', 'Wiśniewska', 'Wójcik', 'Kamiński', 'Lewandowska', 'Zieliński', 'Szymańska', 'Woźniak', 'Dąbrowski', 'Kozłowska', 'Jankowski', 'Mazur', 'Krawczyk', 'Piątek', 'Grabowska', 'Pawlenko', 'Kowalenko', 'Sołtys', 'Żak'];

export interface HistorySummary {
  officers: number;
  enrollments: number;
  attempts: number;
  certificates: number;
}

interface Plan {
  userId: string;
  institutionId: string;
  enrollmentId: string;
  assignmentId: string;
  assignedAt: number;
  dueAt: number;
  cohort: Cohort;
  unitSkill: number;
}

/**
 * Gives the demo world a history (`npm run seed:demo`): a few hundred officers enrolled
 * in the demo course by cohort, with due dates in the past and future; some completed
 * with graded attempts and certificates, some late, some in progress, some failed.
 * Outcomes come from a seeded PRNG, so every run builds the same history; the rows go
 * in as a handful of multi-row INSERTs. Attempts are laid out and scored by the real
 * layout, scoring and grading code; certificates are issued and expired by the real
 * CertificatesService. Runs once: a second run finds its audit mark and adds nothing.
 */
export async function seedDemoHistory(dataSource: DataSource, config: AppConfig): Promise<HistorySummary> {
  const policy = new AccessPolicy();
  const audit = new AuditService(dataSource, policy);
  const versions = new CourseVersionsService(dataSource);
  const outbox = new OutboxService();
  const grader = new AttemptGrader(versions, new ProgressService(versions, outbox, audit));

  const summary = await dataSource.transaction(async (em) => {
    // Two seeds at once: the second waits here, then finds the mark.
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [HISTORY_MARK]);
    const [marked] = await em.query(`SELECT 1 FROM audit_event WHERE action = $1 LIMIT 1`, [HISTORY_MARK]);
    if (marked) return { officers: 0, enrollments: 0, attempts: 0 };
    return buildHistory(em, versions, grader, audit);
  });
  const certificates = await issueCertificates(dataSource, new CertificatesService(dataSource, policy, versions, outbox, audit, config));
  return { ...summary, certificates };
}

async function buildHistory(em: EntityManager, versions: CourseVersionsService, grader: AttemptGrader, audit: AuditService): Promise<Omit<HistorySummary, 'certificates'>> {
  const random = prng(HISTORY_MARK);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const between = (from: number, to: number) => from + random() * (to - from);
  const now = Date.now();
  const at = (ms: number) => new Date(Math.round(ms)).toISOString();

  const [course]: { id: string; version: number }[] = await em.query(
    `SELECT c.id, c.current_version AS version FROM course c WHERE c.title->>'pl' = $1 AND c.current_version > 0`,
    [DEMO_COURSE.title.pl],
  );
  if (!course) throw new Error('The demo course must be published before its history is seeded');
  const snapshot = await versions.snapshot(course.id, course.version, em);
  const quizModule = snapshot.modules.find((m) => m.kind === 'quiz')!;
  const lessons = snapshot.modules.filter((m) => m.kind !== 'quiz');
  const [admin]: { id: string }[] = await em.query(`SELECT id FROM "user" WHERE email = $1`, [DEMO_USERS.find((u) => u.role === 'admin')!.email]);
  const [trainer]: { id: string }[] = await em.query(`SELECT id FROM "user" WHERE email = $1`, [DEMO_USERS.find((u) => u.role === 'trainer')!.email]);
  const units: { id: string; institution_id: string; code: string; institution_code: string }[] = await em.query(
    `SELECT u.id, u.institution_id, u.code, i.code AS institution_code FROM unit u JOIN institution i ON i.id = u.institution_id
      WHERE i.code = ANY($1) ORDER BY i.code, u.code`,
    [DEMO_INSTITUTIONS.map((i) => i.code)],
  );

  // Officers, and one assignment per institution and cohort.
  const users: object[] = [];
  const assignments = new Map<string, { id: string; course_id: string; target: string; institution_id: string; user_ids: string[]; due_at: string; created_by: string; created_at: string }>();
  const plans: Plan[] = [];
  for (const institution of DEMO_INSTITUTIONS) {
    const own = units.filter((u) => u.institution_code === institution.code);
    for (let n = 1; n <= HISTORY_OFFICERS_PER_INSTITUTION; n++) {
      const unit = own[n % own.length];
      const userId = randomUUID();
      users.push({
        id: userId,
        email: `funkcjonariusz.${String(n).padStart(3, '0')}@${institution.code.toLowerCase()}.demo.example`,
        full_name: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
        role: 'officer',
        locale: institution.type === 'social_services' && random() < 0.2 ? 'uk' : 'pl',
        institution_id: unit.institution_id,
        unit_id: unit.id,
      });
      let r = random();
      const cohortIndex = COHORTS.findIndex((c) => (r -= c.share) < 0);
      const cohort = COHORTS[cohortIndex === -1 ? COHORTS.length - 1 : cohortIndex];
      const key = `${unit.institution_id}/${cohort.dueInDays}`;
      const dueAt = now + cohort.dueInDays * DAY;
      const assignedAt = dueAt - cohort.assignedDaysBefore * DAY;
      if (!assignments.has(key)) {
        assignments.set(key, { id: randomUUID(), course_id: course.id, target: 'users', institution_id: unit.institution_id, user_ids: [], due_at: at(dueAt), created_by: admin.id, created_at: at(assignedAt) });
      }
      const assignment = assignments.get(key)!;
      assignment.user_ids.push(userId);
      // Units differ a little, so the competency view per unit has something to compare.
      const unitSkill = ((own.indexOf(unit) % 3) - 1) * 0.05;
      plans.push({ userId, institutionId: unit.institution_id, enrollmentId: randomUUID(), assignmentId: assignment.id, assignedAt, dueAt, cohort, unitSkill });
    }
  }

  const enrollments: object[] = [];
  const progress: object[] = [];
  const attempts: Attempt[] = [];
  for (const plan of plans) {
    const { cohort } = plan;
    const outcome = random();
    const completes = outcome < cohort.completed;
    const starts = outcome < cohort.started;
    // Everything an officer did falls between their start and the end of their cohort's window (a little after the due date, never later than yesterday).
    const windowEnd = Math.min(now - DAY, plan.dueAt + cohort.lateDays * DAY);
    const startedAt = between(plan.assignedAt + DAY / 2, plan.assignedAt + 0.3 * (windowEnd - plan.assignedAt));
    const step = (from: number, to: number) => between(from, to) * (windowEnd - startedAt);
    const enrollment = {
      id: plan.enrollmentId,
      user_id: plan.userId,
      course_id: course.id,
      course_version: course.version,
      assignment_id: plan.assignmentId,
      institution_id: plan.institutionId,
      status: 'assigned',
      due_at: at(plan.dueAt),
      started_at: null as string | null,
      created_at: at(plan.assignedAt),
      updated_at: at(plan.assignedAt),
    };
    enrollments.push(enrollment);
    if (!starts) continue;
    enrollment.status = 'in_progress';
    enrollment.started_at = enrollment.updated_at = at(startedAt);

    let clock = startedAt;
    const lessonsDone = completes ? lessons.length : Math.floor(between(1, lessons.length + 1));
    lessons.forEach((lesson, i) => {
      if (i > lessonsDone) return;
      const done = i < lessonsDone;
      const opened = clock;
      clock += step(0.02, 0.1);
      progress.push({ enrollment_id: plan.enrollmentId, module_id: lesson.id, status: done ? 'completed' : 'in_progress', started_at: at(opened), completed_at: done ? at(clock) : null, best_percent: null });
    });
    if (lessonsDone < lessons.length) continue;

    // The quiz: up to the allowed attempts, until one passes. Those not meant to finish try once or twice and fail.
    const tries = completes ? (quizModule.quiz!.maxAttempts ?? 3) : Math.floor(between(1, 3));
    const firstFails = random() < 0.2;
    for (let number = 1; number <= tries; number++) {
      const prepared = completes && !(number === 1 && firstFails);
      const skill = plan.unitSkill + (prepared ? 0.12 : -0.35);
      const attempt = takeQuiz(quizModule, plan, number, clock, step(0.01, 0.05), skill, random, trainer.id, grader);
      attempts.push(attempt);
      clock = attempt.gradedAt!.getTime() + step(0.03, 0.1);
      if (attempt.passed) break;
    }
  }

  // Quiz progress and completion follow from the attempts, as the grading worker derives them; certificates from completion.
  await insertRows(em, 'user', users, ['id', 'email', 'full_name', 'role', 'locale', 'institution_id', 'unit_id']);
  await insertRows(em, 'assignment', [...assignments.values()], ['id', 'course_id', 'target', 'institution_id', 'user_ids', 'due_at', 'created_by', 'created_at']);
  await insertRows(em, 'enrollment', enrollments, ['id', 'user_id', 'course_id', 'course_version', 'assignment_id', 'institution_id', 'status', 'due_at', 'started_at', 'created_at', 'updated_at']);
  await insertRows(em, 'module_progress', progress, ['enrollment_id', 'module_id', 'status', 'started_at', 'completed_at', 'best_percent']);
  await insertRows(
    em,
    'attempt',
    attempts.map((a) => ({
      id: a.id, enrollment_id: a.enrollmentId, module_id: a.moduleId, user_id: a.userId, course_version: course.version, number: a.number, status: a.status, seed: a.seed, layout: a.layout, answers: a.answers,
      answers_saved_at: a.submittedAt, started_at: a.startedAt, deadline_at: a.deadlineAt, submitted_at: a.submittedAt, graded_at: a.gradedAt, results: a.results,
      score: a.score, max_score: a.maxScore, percent: a.percent, passed: a.passed,
    })),
    ['id', 'enrollment_id', 'module_id', 'user_id', 'course_version', 'number', 'status', 'seed', 'layout', 'answers', 'answers_saved_at', 'started_at', 'deadline_at', 'submitted_at', 'graded_at', 'results', 'score', 'max_score', 'percent', 'passed'],
  );
  await settleQuizzes(em, quizModule.id, snapshot, plans.map((p) => p.enrollmentId));

  const entries: AuditEntry[] = [...assignments.values()].map((a) => ({
    actorId: admin.id,
    action: 'assignment.created',
    entityType: 'assignment',
    entityId: a.id,
    institutionId: a.institution_id,
    after: { courseId: course.id, courseVersion: course.version, target: 'users', userIds: a.user_ids, dueAt: a.due_at, enrollmentsCreated: a.user_ids.length },
  }));
  const counts = { officers: users.length, enrollments: enrollments.length, attempts: attempts.length };
  entries.push({ actorId: null, action: HISTORY_MARK, entityType: 'demo_world', after: { ...counts } });
  await audit.record(em, ...entries);
  return counts;
}

/** One graded attempt: laid out and scored by the real code; an essay is graded by the demo trainer `essayDelay` later. */
function takeQuiz(
  quizModule: SnapshotModule,
  plan: Plan,
  number: number,
  startedAt: number,
  essayDelay: number,
  skill: number,
  random: () => number,
  trainerId: string,
  grader: AttemptGrader,
): Attempt {
  const quiz = quizModule.quiz!;
  const seed = Array.from({ length: 4 }, () => Math.floor(random() * 2 ** 32).toString(16).padStart(8, '0')).join('');
  const layout = layOutAttempt(quiz, seed);
  const questions = new Map([...quiz.questions, ...quiz.draws.flatMap((d) => d.candidates)].map((q) => [q.id, q]));
  const answers: Attempt['answers'] = {};
  const results: QuestionResult[] = layout.questions.map((laid) => {
    const q = questions.get(laid.questionId)!;
    const tags = q.tags?.length ? q.tags : ['komunikacja'];
    const chance = tags.reduce((sum, tag) => sum + (TAG_SKILL[tag] ?? 0.8), 0) / tags.length + skill;
    const answer = demoAnswer(q, laid, random() < chance);
    answers[laid.questionId] = answer;
    const score = scoreQuestion(q, toScoringResponse(q, laid, answer));
    if (!score.needsReview) return { questionId: q.id, points: score.points, maxPoints: score.maxPoints, needsReview: false };
    const points = Math.round(score.maxPoints * Math.min(1, Math.max(0, chance)) * 2) / 2;
    return { questionId: q.id, points, maxPoints: score.maxPoints, needsReview: false, gradedBy: trainerId };
  });
  const submittedAt = startedAt + (10 + random() * 30) * 60_000;
  const attempt = Object.assign(new Attempt(), {
    id: randomUUID(),
    enrollmentId: plan.enrollmentId,
    moduleId: quizModule.id,
    userId: plan.userId,
    number,
    seed,
    layout,
    answers,
    startedAt: new Date(startedAt),
    deadlineAt: quiz.timeLimitSeconds ? new Date(startedAt + quiz.timeLimitSeconds * 1000) : null,
    submittedAt: new Date(submittedAt),
  });
  grader.applyResults(attempt, results, quiz.passMarkPercent);
  const essays = results.some((r) => r.gradedBy);
  attempt.gradedAt = new Date(submittedAt + (essays ? essayDelay : 2_000));
  return attempt;
}

/**
 * The quiz's progress (best percent, completed at the first pass) and the enrollment's
 * completion, as ProgressService.refreshQuizzes derives them, at the times of the attempts.
 */
async function settleQuizzes(em: EntityManager, quizModuleId: string, snapshot: CourseSnapshot, enrollmentIds: string[]): Promise<void> {
  await em.query(
    `INSERT INTO module_progress (enrollment_id, module_id, status, started_at, completed_at, best_percent)
     SELECT a.enrollment_id, a.module_id, CASE WHEN bool_or(a.passed) THEN 'completed' ELSE 'in_progress' END, min(a.started_at),
            min(a.graded_at) FILTER (WHERE a.passed), max(a.percent)
       FROM attempt a WHERE a.enrollment_id = ANY($1::uuid[]) AND a.module_id = $2 AND a.status = 'graded'
      GROUP BY a.enrollment_id, a.module_id`,
    [enrollmentIds, quizModuleId],
  );
  await em.query(
    `UPDATE enrollment e SET status = 'completed', completed_at = p.last, updated_at = p.last
       FROM (SELECT enrollment_id, max(completed_at) AS last FROM module_progress
              WHERE enrollment_id = ANY($1::uuid[]) AND status = 'completed' GROUP BY enrollment_id HAVING count(*) >= $2) p
      WHERE e.id = p.enrollment_id`,
    [enrollmentIds, snapshot.modules.length],
  );
}

/**
 * Certificates of the demo course's completed enrollments, issued at their completion (what the
 * worker's issue-certificate job would do); those past their expiry are expired by the real job.
 */
async function issueCertificates(dataSource: DataSource, certificates: CertificatesService): Promise<number> {
  const pending: { id: string }[] = await dataSource.query(
    `SELECT e.id FROM enrollment e JOIN course c ON c.id = e.course_id
      WHERE c.title->>'pl' = $1 AND e.status = 'completed' AND NOT EXISTS (SELECT 1 FROM certificate x WHERE x.enrollment_id = e.id)
      ORDER BY e.id`,
    [DEMO_COURSE.title.pl],
  );
  if (pending.length) await certificates.issueAll(pending.map((e) => e.id));
  await certificates.expireDue();
  return pending.length;
}

/** One multi-row INSERT from a JSON array: the column types come from the table. */
async function insertRows(em: EntityManager, table: string, rows: object[], columns: string[]): Promise<void> {
  if (rows.length === 0) return;
  const list = columns.join(', ');
  await em.query(
    `INSERT INTO "${table}" (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb)`,
    [JSON.stringify(rows)],
  );
}
