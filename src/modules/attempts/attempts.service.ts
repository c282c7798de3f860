import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { prepared, runPrepared } from '../../database/prepared-statement';
import { Transactions } from '../../database/transactions';
import { isUniqueViolation } from '../../common/database-errors';
import { DomainError } from '../../common/errors/domain-error';
import { KeyClaim, storeAnswerSql } from '../../common/idempotency/idempotency.interceptor';
import { Actor } from '../access/actor';
import { CourseVersionsService, errataFingerprintSql } from '../courses/course-versions.service';
import type { SnapshotModule, SnapshotQuestion } from '../courses/course-snapshot';
import { Enrollment } from '../enrollments/enrollment.entity';
import { changeWithJob, OutboxService } from '../outbox/outbox.service';
import { answerProblem } from './answer-mapping';
import type { AttemptAnswer } from './attempt-answer';
import { Attempt } from './attempt.entity';
import type { AttemptLayout } from './attempt-layout';
import { layOutAttempt, newSeed } from './draw';
import { ReviewAvailability, reviewAvailability } from './review-timing';

/** markSubmitted's statement: $2 (owner) and $3 (status) are checked when given. */
const SUBMIT_ATTEMPT = changeWithJob(
  'attempt-submit',
  `UPDATE attempt SET status = 'submitted', submitted_at = LEAST(now(), COALESCE(deadline_at, now()))
    WHERE id = $1 AND ($2::uuid IS NULL OR user_id = $2) AND ($3::text IS NULL OR status = $3)
    RETURNING id`,
);

/**
 * The answers were checked against the questions with these errata ($4, the fingerprint;
 * $5/$6 the course and version): an erratum added since, and the statement writes nothing,
 * so the caller checks again against the questions as they are now.
 */
const CHECKED_WITH_SAME_ERRATA = `${errataFingerprintSql('$5', '$6')} = $4`;

/** The UPDATE of a submit with answers: merged while in time; after the deadline the answers saved in time are graded. */
const SUBMIT_WITH_ANSWERS_CHANGE = `UPDATE attempt SET status = 'submitted', submitted_at = LEAST(now(), COALESCE(deadline_at, now())),
          answers = CASE WHEN deadline_at IS NULL OR deadline_at > now() THEN answers || $3::jsonb ELSE answers END,
          answers_saved_at = CASE WHEN deadline_at IS NULL OR deadline_at > now() THEN now() ELSE answers_saved_at END
    WHERE id = $1 AND user_id = $2 AND status = 'in_progress' AND ${CHECKED_WITH_SAME_ERRATA}`;

/** submit's statement when answers come with it. */
const SUBMIT_WITH_ANSWERS = changeWithJob('attempt-submit-with-answers', `${SUBMIT_WITH_ANSWERS_CHANGE} RETURNING id`);

/**
 * The same, with the answer stored under the request's Idempotency-Key in the same statement
 * ($7–$12, storeAnswerSql's): the key is stored only where the submit applies (the same
 * conditions, read in the same snapshot), and the submit only where the key was free. One
 * round trip instead of a transaction of four; anything else (the key taken, the attempt not
 * open) writes nothing, and the request goes the usual way.
 */
const SUBMIT_WITH_ANSWERS_UNDER_KEY = changeWithJob(
  'attempt-submit-with-answers-under-key',
  `${SUBMIT_WITH_ANSWERS_CHANGE} AND EXISTS (SELECT FROM stored) RETURNING id`,
  `stored AS (${storeAnswerSql(7, `EXISTS (SELECT FROM attempt WHERE id = $1 AND user_id = $2 AND status = 'in_progress' AND ${CHECKED_WITH_SAME_ERRATA})`)})`,
);

/** Autosave: merges the answers into the row, re-checking owner, status, deadline (by the database's clock) and errata as it writes. */
const SAVE_ANSWERS = prepared(
  'attempt-save-answers',
  `UPDATE attempt SET answers = answers || $3::jsonb, answers_saved_at = now()
    WHERE id = $1 AND user_id = $2 AND status = 'in_progress' AND (deadline_at IS NULL OR deadline_at > now()) AND ${CHECKED_WITH_SAME_ERRATA}
    RETURNING answers_saved_at AS "answersSavedAt", (SELECT count(*) FROM jsonb_object_keys(answers))::int AS answered`,
);

/** Attempts whose facts for checking answers are kept in memory: a few MB (a layout is about 2 KB). */
const ANSWERABLE_CACHE_LIMIT = 2_000;

/** What checking answers needs of an attempt: all fixed once it started, so a copy never goes stale — but for the errata. */
interface Answerable {
  userId: string;
  layout: AttemptLayout;
  moduleId: string;
  courseId: string;
  courseVersion: number;
  /** The errata's fingerprint when this was read: the writes re-check it (CHECKED_WITH_SAME_ERRATA). */
  errata: string;
}

/**
 * What checking answers needs: the attempt's owner and layout and its quiz's version —
 * fixed once the attempt started, so read without a lock — and the fingerprint of the
 * version's errata, so its questions come from the in-process cache.
 */
const ANSWERABLE = prepared(
  'attempt-answerable',
  `SELECT a.user_id AS "userId", a.layout, a.module_id AS "moduleId", e.course_id AS "courseId", a.course_version AS "courseVersion",
          ${errataFingerprintSql('e.course_id', 'a.course_version')} AS errata
     FROM attempt a JOIN enrollment e ON e.id = a.enrollment_id WHERE a.id = $1`,
);

/**
 * What a start needs to know: the enrollment (the actor's own, else no row), the attempts
 * used at this quiz of its current version (attempts taken on an earlier version, before the
 * enrollment moved, do not count), the last attempt's number, the one still open, and the
 * errata's fingerprint (the questions then come from the cache).
 */
const START_FACTS = prepared(
  'attempt-start-facts',
  `SELECT e.course_id AS "courseId", e.course_version AS "courseVersion", e.status, e.institution_id AS "institutionId",
          (SELECT count(*)::int FROM attempt a WHERE a.enrollment_id = e.id AND a.module_id = $3 AND a.course_version = e.course_version) AS used,
          (SELECT COALESCE(max(a.number), 0)::int FROM attempt a WHERE a.enrollment_id = e.id AND a.module_id = $3) AS "lastNumber",
          (SELECT a.id FROM attempt a WHERE a.enrollment_id = e.id AND a.module_id = $3 AND a.status = 'in_progress' LIMIT 1) AS open,
          e.due_at <= now() AS "pastDue",
          ${errataFingerprintSql('e.course_id', 'e.course_version')} AS errata
     FROM enrollment e WHERE e.id = $1 AND e.user_id = $2`,
);

/**
 * The start itself, atomic as one statement: the attempt (numbered after those read, deadline by the
 * database's clock), the module and the enrollment in progress. It writes nothing if the enrollment
 * expired or moved to another version since it was read, or — $8, a quiz that closes at the due date —
 * the due date passed; two starts at the same moment collide on
 * the unique indexes (attempt_number_key, attempt_open_key) — these replace the enrollment's row lock.
 */
const START_ATTEMPT = prepared(
  'attempt-start',
  `WITH inserted AS (
     INSERT INTO attempt (enrollment_id, module_id, user_id, course_version, number, status, seed, layout, answers, started_at, deadline_at)
     SELECT e.id, $2, e.user_id, e.course_version, $3, 'in_progress', $4, $5::jsonb, '{}'::jsonb, now(), now() + $6::int * interval '1 second'
       FROM enrollment e WHERE e.id = $1 AND e.status <> 'expired' AND e.course_version = $7 AND NOT ($8::boolean AND e.due_at <= now())
     RETURNING id, enrollment_id, started_at, deadline_at
   ), progress AS (
     INSERT INTO module_progress (enrollment_id, module_id, status, started_at)
     SELECT enrollment_id, $2, 'in_progress', now() FROM inserted
     ON CONFLICT (enrollment_id, module_id) DO NOTHING
   ), enrollment_started AS (
     UPDATE enrollment SET status = 'in_progress', started_at = now()
      WHERE id = (SELECT enrollment_id FROM inserted) AND status = 'assigned'
   )
   SELECT id, started_at AS "startedAt", deadline_at AS "deadlineAt" FROM inserted`,
);

interface StartFacts {
  courseId: string;
  courseVersion: number;
  status: Enrollment['status'];
  institutionId: string | null;
  used: number;
  lastNumber: number;
  open: string | null;
  pastDue: boolean;
  errata: string;
}

/** What the review timing needs of an attempt's enrollment, read when its owner reads the attempt. */
const REVIEW_FACTS = prepared(
  'attempt-review-facts',
  `SELECT e.status, e.course_version AS "courseVersion", e.due_at AS "dueAt", now() AS now,
          (SELECT count(*)::int FROM attempt a WHERE a.enrollment_id = e.id AND a.module_id = $2 AND a.course_version = e.course_version) AS used,
          EXISTS (SELECT FROM attempt a WHERE a.enrollment_id = e.id AND a.module_id = $2 AND a.status = 'in_progress') AS "attemptOpen",
          EXISTS (SELECT FROM attempt a WHERE a.enrollment_id = e.id AND a.module_id = $2 AND a.course_version = e.course_version
                                          AND a.status = 'graded' AND a.passed) AS passed
     FROM enrollment e WHERE e.id = $1`,
);

/** What autosave answers with. */
export interface SavedAnswers {
  id: string;
  answersSavedAt: Date;
  /** Questions with an answer so far. */
  answered: number;
}

/** What a submit answers with. */
export type SubmittedAttempt = Pick<Attempt, 'id' | 'status'>;

/** An attempt with the pinned quiz it belongs to. */
export interface AttemptContext {
  attempt: Attempt;
  enrollment: Pick<Enrollment, 'id' | 'courseId' | 'courseVersion' | 'institutionId'>;
  module: SnapshotModule;
  questions: ReadonlyMap<string, SnapshotQuestion>;
}

/**
 * Starting, answering and submitting quiz attempts. The rules that concurrent
 * requests could break — one open attempt, the attempt limit, the deadline — are
 * enforced by PostgreSQL: row locks, unique indexes, and the database's clock.
 */
@Injectable()
export class AttemptsService {
  /** Attempt id → its facts for checking answers (insertion order: the oldest goes first). */
  private readonly answerableCache = new Map<string, Answerable>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly versions: CourseVersionsService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Two statements, no transaction: the facts (START_FACTS), then the start (START_ATTEMPT),
   * which re-checks in the database what could have changed in between.
   */
  async start(actor: Actor, enrollmentId: string, moduleId: string): Promise<AttemptContext> {
    const em = this.dataSource.manager;
    // A second round only when the enrollment expired or moved to another version between the two statements.
    for (let round = 0; round < 2; round++) {
      const [facts] = await runPrepared<StartFacts>(em, START_FACTS, [enrollmentId, actor.id, moduleId]);
      if (!facts) throw new DomainError('enrollment-not-found', 'Enrollment not found');
      if (facts.status === 'expired') throw new DomainError('enrollment-expired', 'This enrollment has expired');
      const module = await this.versions.module(facts.courseId, facts.courseVersion, moduleId, em);
      if (!module) throw new DomainError('module-not-found', 'Module not found');
      const quiz = module.quiz;
      if (!quiz) throw new DomainError('not-a-quiz', 'Only a quiz has attempts');
      if (facts.open) throw new DomainError('attempt-open', 'An attempt at this quiz is still open; continue it', { attemptId: facts.open });
      const closesAtDueDate = quiz.reviewAfter === 'due_date';
      if (closesAtDueDate && facts.pastDue) {
        throw new DomainError('quiz-closed', 'The quiz closed at the due date: its answers are now shown in the review');
      }
      if (quiz.maxAttempts !== null && facts.used >= quiz.maxAttempts) {
        throw new DomainError('no-attempts-left', `All ${quiz.maxAttempts} attempts at this quiz are used`);
      }
      const seed = newSeed();
      const layout = layOutAttempt(quiz, seed);
      let started: { id: string; startedAt: Date; deadlineAt: Date | null } | undefined;
      try {
        [started] = await runPrepared(em, START_ATTEMPT, [
          enrollmentId,
          moduleId,
          facts.lastNumber + 1,
          seed,
          JSON.stringify(layout),
          quiz.timeLimitSeconds,
          facts.courseVersion,
          closesAtDueDate,
        ]);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainError('concurrent-change', 'Another attempt was started at the same moment');
        throw error;
      }
      if (!started) continue;
      const attempt = Object.assign(new Attempt(), {
        ...started,
        enrollmentId,
        moduleId,
        userId: actor.id,
        courseVersion: facts.courseVersion,
        number: facts.lastNumber + 1,
        status: 'in_progress' as const,
        seed,
        layout,
        answers: {},
        answersSavedAt: null,
        submittedAt: null,
        gradedAt: null,
        results: null,
        score: null,
        maxScore: null,
        percent: null,
        passed: null,
      });
      const enrollment = { id: enrollmentId, courseId: facts.courseId, courseVersion: facts.courseVersion, institutionId: facts.institutionId };
      const questions = await this.versions.quizQuestions(facts.courseId, facts.courseVersion, moduleId, em, facts.errata);
      // The first autosave then needs no read.
      this.remember(attempt.id, { userId: actor.id, layout, moduleId, courseId: facts.courseId, courseVersion: facts.courseVersion, errata: facts.errata });
      return { attempt, enrollment, module, questions };
    }
    throw new DomainError('concurrent-change', 'The enrollment changed at the same moment; start again');
  }

  /**
   * Whether the attempt's owner may see its review now, under the review timing of the quiz it was
   * taken on; attempts left and passes are those at the quiz of the enrollment's current version.
   */
  async reviewOf(ctx: AttemptContext): Promise<ReviewAvailability> {
    const em = this.dataSource.manager;
    const [facts] = await runPrepared<{ status: Enrollment['status']; courseVersion: number; dueAt: Date; now: Date; used: number; attemptOpen: boolean; passed: boolean }>(
      em,
      REVIEW_FACTS,
      [ctx.attempt.enrollmentId, ctx.attempt.moduleId],
    );
    const timing = ctx.module.quiz!.reviewAfter;
    const current = (await this.versions.module(ctx.enrollment.courseId, facts.courseVersion, ctx.attempt.moduleId, em))?.quiz;
    const closed = facts.status === 'expired' || !current || (current.reviewAfter === 'due_date' && facts.now >= facts.dueAt);
    const attemptsLeft = !closed && (current.maxAttempts === null || facts.used < current.maxAttempts);
    return reviewAvailability({ timing, now: facts.now, dueAt: facts.dueAt, attemptOpen: facts.attemptOpen, attemptsLeft, passed: facts.passed });
  }

  /** The actor's own attempts at one quiz of their enrollment, oldest first (404 for anyone else's enrollment). */
  async listOwn(actor: Actor, enrollmentId: string, moduleId: string): Promise<{ attempts: Attempt[]; enrollment: Enrollment }> {
    const em = this.dataSource.manager;
    const enrollment = await em.findOneBy(Enrollment, { id: enrollmentId, userId: actor.id });
    if (!enrollment) throw new DomainError('enrollment-not-found', 'Enrollment not found');
    const attempts = await em.find(Attempt, { where: { enrollmentId, moduleId, userId: actor.id }, order: { number: 'ASC' } });
    return { attempts, enrollment };
  }

  /** The attempt with its quiz, if the actor may read it (its owner, or staff as the access rules say), else 404. */
  async context(attemptId: string, em: EntityManager = this.dataSource.manager, lock = false): Promise<AttemptContext> {
    const attempt = await em.findOne(Attempt, { where: { id: attemptId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!attempt) throw new DomainError('attempt-not-found', 'Attempt not found');
    const enrollment = await em.findOneByOrFail(Enrollment, { id: attempt.enrollmentId });
    const module = (await this.versions.module(enrollment.courseId, attempt.courseVersion, attempt.moduleId, em))!;
    const questions = await this.versions.quizQuestions(enrollment.courseId, attempt.courseVersion, attempt.moduleId, em);
    return { attempt, enrollment, module, questions };
  }

  /**
   * Autosave: answers replace earlier answers to the same questions. Refused after the
   * deadline (by the database's clock). No transaction: the answers are checked against
   * the attempt's facts (in memory once read) and the cached questions, then merged by one
   * UPDATE that re-checks owner, status, deadline and errata.
   */
  async saveAnswers(actor: Actor, attemptId: string, answers: AttemptAnswer[]): Promise<SavedAnswers> {
    const em = this.dataSource.manager;
    // The second time round, read afresh: an erratum added since the attempt's facts were cached.
    for (const fresh of [false, true]) {
      const checked = await this.checkedAnswers(em, actor, attemptId, answers, fresh);
      const [saved] = await runPrepared<Omit<SavedAnswers, 'id'>>(em, SAVE_ANSWERS, [attemptId, actor.id, ...checked]);
      if (saved) return { id: attemptId, ...saved };
    }
    // Nothing written: say why, from the row as it is now.
    const [row] = await em.query(`SELECT status, deadline_at <= now() AS past FROM attempt WHERE id = $1`, [attemptId]);
    if (row?.status === 'in_progress' && row.past) {
      throw new DomainError('deadline-passed', 'The time for this attempt is over; answers can no longer be saved');
    }
    throw new DomainError('attempt-submitted', 'This attempt has been submitted; answers can no longer change');
  }

  /**
   * Submits for grading: the attempt becomes `submitted` and its grading job is
   * written to the outbox in the same transaction. Submitting again, or after the
   * deadline (when the answers saved in time are graded), answers the same way.
   */
  async submit(actor: Actor, attemptId: string, answers: AttemptAnswer[] = []): Promise<SubmittedAttempt> {
    // The usual case: one statement, atomic on its own, takes the row lock, re-checks the state, submits
    // and writes the grading job — with answers in the body, checked first and merged by that statement
    // (in the Idempotency-Key's transaction when there is one). Anything else (not found, not open)
    // goes the long way below, which answers exactly as before.
    const em = this.transactions.manager;
    if (answers.length === 0) {
      const submitted = await this.markSubmitted(em, { id: attemptId, userId: actor.id, status: 'in_progress' });
      if (submitted) return submitted;
    } else {
      for (const fresh of [false, true]) {
        const checked = await this.checkedAnswers(em, actor, attemptId, answers, fresh);
        if (await this.outbox.jobIfChanged(em, SUBMIT_WITH_ANSWERS, [attemptId, actor.id, ...checked], 'grade-attempt', { attemptId })) {
          return { id: attemptId, status: 'submitted' };
        }
      }
    }
    return this.transactions.run(async (tx) => {
      const attempt = await tx.findOne(Attempt, { where: { id: attemptId, userId: actor.id }, lock: { mode: 'pessimistic_write' } });
      if (!attempt) throw new DomainError('attempt-not-found', 'Attempt not found');
      if (attempt.status !== 'in_progress') return attempt;
      await this.markSubmitted(tx, { id: attempt.id });
      attempt.status = 'submitted';
      return attempt;
    });
  }

  /**
   * The usual keyed submit in one statement (SUBMIT_WITH_ANSWERS_UNDER_KEY), storing `answer`
   * — the route's 2xx status and JSON text — under the key. False when it wrote nothing: the
   * caller then goes the usual way (IdempotentRequests around submit), which answers every
   * other case (a replay, a reused key, an attempt not open, an erratum since).
   */
  async submittedUnderKey(actor: Actor, attemptId: string, answers: AttemptAnswer[], claim: KeyClaim, answer: { status: number; text: string }): Promise<boolean> {
    const em = this.dataSource.manager;
    const checked = await this.checkedAnswers(em, actor, attemptId, answers, false);
    const key = [claim.actorId, claim.key, claim.route, claim.requestHash, answer.status, answer.text];
    return this.outbox.jobIfChanged(em, SUBMIT_WITH_ANSWERS_UNDER_KEY, [attemptId, actor.id, ...checked, ...key], 'grade-attempt', { attemptId });
  }

  /**
   * Submits attempts whose deadline has passed without a submit, as Moodle's
   * "open attempts are submitted automatically". Run by the worker on a timer.
   */
  async submitExpired(limit = 200): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const rows: Attempt[] = await em
        .getRepository(Attempt)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where(`a.status = 'in_progress' AND a.deadlineAt < now()`)
        .limit(limit)
        .getMany();
      for (const attempt of rows) await this.markSubmitted(em, { id: attempt.id });
      return rows.length;
    });
  }

  /**
   * Marks the attempt submitted — at the deadline if that has passed, by the database's
   * clock — and writes its grading job to the outbox, in the caller's transaction.
   * `where` may also state the owner and the status the row must still have: the UPDATE
   * takes the row lock and re-checks them, and nothing is written when they do not hold
   * (then it returns undefined).
   */
  private async markSubmitted(em: EntityManager, where: { id: string; userId?: string; status?: 'in_progress' }): Promise<SubmittedAttempt | undefined> {
    const submitted = await this.outbox.jobIfChanged(
      em,
      SUBMIT_ATTEMPT,
      [where.id, where.userId ?? null, where.status ?? null],
      'grade-attempt',
      { attemptId: where.id },
    );
    return submitted ? { id: where.id, status: 'submitted' } : undefined;
  }

  /**
   * The answers as the JSON object merged into the row (question id → answer), once
   * each fits a question the attempt serves, with what the write re-checks: the errata's
   * fingerprint, course and version (CHECKED_WITH_SAME_ERRATA's $4–$6). 404 unless the
   * attempt is the actor's; 422 naming every answer that does not fit, and every question
   * answered twice. The attempt's facts come from memory unless `fresh`.
   */
  private async checkedAnswers(
    em: EntityManager,
    actor: Actor,
    attemptId: string,
    answers: AttemptAnswer[],
    fresh: boolean,
  ): Promise<[merged: string, errata: string, courseId: string, courseVersion: number]> {
    const row = await this.answerable(em, attemptId, fresh);
    if (!row || row.userId !== actor.id) throw new DomainError('attempt-not-found', 'Attempt not found');
    const questions = await this.versions.quizQuestions(row.courseId, row.courseVersion, row.moduleId, em, row.errata);
    const laidOut = new Map(row.layout.questions.map((q) => [q.questionId, q]));
    const first = new Map<string, number>();
    const errors = answers.flatMap((answer, i) => {
      const earlier = first.get(answer.questionId);
      if (earlier === undefined) first.set(answer.questionId, i);
      const laid = laidOut.get(answer.questionId);
      const problem =
        earlier !== undefined
          ? `answers[${earlier}] already answers this question: send one answer per question`
          : laid
            ? answerProblem(questions.get(answer.questionId)!, laid, answer)
            : 'this question is not part of the attempt';
      return problem ? [{ field: `answers[${i}]`, messages: [problem] }] : [];
    });
    if (errors.length) throw new DomainError('invalid-answer', 'Some answers do not fit their questions', { errors });
    const merged = JSON.stringify(Object.fromEntries(answers.map((answer) => [answer.questionId, stripUndefined(answer)])));
    return [merged, row.errata, row.courseId, row.courseVersion];
  }

  /** The attempt's facts for checking answers: an autosave every few questions then costs one statement, not two. */
  private async answerable(em: EntityManager, attemptId: string, fresh: boolean): Promise<Answerable | undefined> {
    const cached = fresh ? undefined : this.answerableCache.get(attemptId);
    if (cached) return cached;
    const [row] = await runPrepared<Answerable>(em, ANSWERABLE, [attemptId]);
    if (row) this.remember(attemptId, row);
    return row;
  }

  private remember(attemptId: string, facts: Answerable): void {
    if (this.answerableCache.size >= ANSWERABLE_CACHE_LIMIT) this.answerableCache.delete(this.answerableCache.keys().next().value!);
    this.answerableCache.set(attemptId, facts);
  }
}

function stripUndefined(answer: AttemptAnswer): AttemptAnswer {
  return Object.fromEntries(Object.entries(answer).filter(([, v]) => v !== undefined)) as unknown as AttemptAnswer;
}
