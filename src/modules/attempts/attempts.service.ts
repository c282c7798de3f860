import { ConflictException, HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Transactions } from '../../database/transactions';
import { isUniqueViolation } from '../../common/database-errors';
import { Problem } from '../../common/http/problem';
import { Actor } from '../access/actor';
import { CourseVersionsService } from '../courses/course-versions.service';
import type { SnapshotModule, SnapshotQuestion } from '../courses/course-snapshot';
import { Enrollment } from '../enrollments/enrollment.entity';
import { ProgressService } from '../enrollments/progress.service';
import { changeWithJob, OutboxService } from '../outbox/outbox.service';
import { answerProblem } from './answer-mapping';
import type { AttemptAnswer } from './attempt-answer';
import { Attempt } from './attempt.entity';
import { layOutAttempt, newSeed } from './draw';

/** markSubmitted's statement: $2 (owner) and $3 (status) are checked when given. */
const SUBMIT_ATTEMPT = changeWithJob(
  'attempt-submit',
  `UPDATE attempt SET status = 'submitted', submitted_at = LEAST(now(), COALESCE(deadline_at, now()))
    WHERE id = $1 AND ($2::uuid IS NULL OR user_id = $2) AND ($3::text IS NULL OR status = $3)
    RETURNING id`,
);

/** What a submit answers with. */
export type SubmittedAttempt = Pick<Attempt, 'id' | 'status'>;

/** An attempt with the pinned quiz it belongs to. */
export interface AttemptContext {
  attempt: Attempt;
  enrollment: Enrollment;
  module: SnapshotModule;
  questions: Map<string, SnapshotQuestion>;
}

/**
 * Starting, answering and submitting quiz attempts. The rules that concurrent
 * requests could break — one open attempt, the attempt limit, the deadline — are
 * enforced by PostgreSQL: row locks, unique indexes, and the database's clock.
 */
@Injectable()
export class AttemptsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly versions: CourseVersionsService,
    private readonly progress: ProgressService,
    private readonly outbox: OutboxService,
  ) {}

  async start(actor: Actor, enrollmentId: string, moduleId: string): Promise<AttemptContext> {
    try {
      return await this.dataSource.transaction(async (em) => {
        // The enrollment's lock serialises starts of the same person; the unique indexes back it up.
        const enrollment = await em.findOne(Enrollment, { where: { id: enrollmentId, userId: actor.id }, lock: { mode: 'pessimistic_write' } });
        if (!enrollment) throw new NotFoundException('Enrollment not found');
        if (enrollment.status === 'expired') throw new Problem(HttpStatus.CONFLICT, 'enrollment-expired', 'This enrollment has expired');
        const module = await this.versions.module(enrollment.courseId, enrollment.courseVersion, moduleId, em);
        if (!module) throw new NotFoundException('Module not found');
        if (!module.quiz) throw new Problem(HttpStatus.CONFLICT, 'not-a-quiz', 'Only a quiz has attempts');

        const [{ used, open }] = await em.query(
          `SELECT count(*)::int AS used, (array_agg(id) FILTER (WHERE status = 'in_progress'))[1] AS open
             FROM attempt WHERE enrollment_id = $1 AND module_id = $2`,
          [enrollmentId, moduleId],
        );
        if (open) throw new Problem(HttpStatus.CONFLICT, 'attempt-open', 'An attempt at this quiz is still open; continue it', { attemptId: open });
        if (module.quiz.maxAttempts !== null && used >= module.quiz.maxAttempts) {
          throw new Problem(HttpStatus.CONFLICT, 'no-attempts-left', `All ${module.quiz.maxAttempts} attempts at this quiz are used`);
        }
        const seed = newSeed();
        const [{ now }] = await em.query(`SELECT now() AS now`);
        const attempt = await em.save(
          em.create(Attempt, {
            enrollmentId,
            moduleId,
            userId: actor.id,
            number: used + 1,
            status: 'in_progress',
            seed,
            layout: layOutAttempt(module.quiz, seed),
            answers: {},
            startedAt: now,
            deadlineAt: module.quiz.timeLimitSeconds ? new Date(now.getTime() + module.quiz.timeLimitSeconds * 1000) : null,
          }),
        );
        await this.progress.markStarted(em, enrollment, moduleId);
        const questions = await this.versions.quizQuestions(enrollment.courseId, enrollment.courseVersion, moduleId, em);
        return { attempt, enrollment, module, questions };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException('Another attempt was started at the same moment');
      throw error;
    }
  }

  /** The attempt with its quiz, if the actor may read it (its owner, or staff as the access rules say), else 404. */
  async context(attemptId: string, em: EntityManager = this.dataSource.manager, lock = false): Promise<AttemptContext> {
    const attempt = await em.findOne(Attempt, { where: { id: attemptId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!attempt) throw new NotFoundException('Attempt not found');
    const enrollment = await em.findOneByOrFail(Enrollment, { id: attempt.enrollmentId });
    const module = (await this.versions.module(enrollment.courseId, enrollment.courseVersion, attempt.moduleId, em))!;
    const questions = await this.versions.quizQuestions(enrollment.courseId, enrollment.courseVersion, attempt.moduleId, em);
    return { attempt, enrollment, module, questions };
  }

  /** Autosave: answers replace earlier answers to the same questions. Refused after the deadline (by the database's clock). */
  async saveAnswers(actor: Actor, attemptId: string, answers: AttemptAnswer[]): Promise<AttemptContext> {
    return this.dataSource.transaction(async (em) => {
      const ctx = await this.ownOpenAttempt(em, actor, attemptId);
      if (await this.pastDeadline(em, ctx.attempt)) {
        throw new Problem(HttpStatus.CONFLICT, 'deadline-passed', 'The time for this attempt is over; answers can no longer be saved');
      }
      await this.merge(em, ctx, answers);
      return ctx;
    });
  }

  /**
   * Submits for grading: the attempt becomes `submitted` and its grading job is
   * written to the outbox in the same transaction. Submitting again, or after the
   * deadline (when the answers saved in time are graded), answers the same way.
   */
  async submit(actor: Actor, attemptId: string, answers: AttemptAnswer[] = []): Promise<SubmittedAttempt> {
    // The usual case, answers autosaved and none in the body: one statement, atomic on its own,
    // takes the row lock, re-checks the state, submits and writes the grading job. Anything else
    // (not found, not open, answers to merge) goes the long way below, which answers exactly as before.
    if (answers.length === 0) {
      const submitted = await this.markSubmitted(this.transactions.manager, { id: attemptId, userId: actor.id, status: 'in_progress' });
      if (submitted) return submitted;
    }
    return this.transactions.run(async (em) => {
      const attempt = await em.findOne(Attempt, { where: { id: attemptId, userId: actor.id }, lock: { mode: 'pessimistic_write' } });
      if (!attempt) throw new NotFoundException('Attempt not found');
      if (attempt.status !== 'in_progress') return attempt;
      if (answers.length && !(await this.pastDeadline(em, attempt))) {
        await this.merge(em, await this.context(attemptId, em), answers);
      }
      await this.markSubmitted(em, { id: attempt.id });
      attempt.status = 'submitted';
      return attempt;
    });
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

  private async ownOpenAttempt(em: EntityManager, actor: Actor, attemptId: string): Promise<AttemptContext> {
    const ctx = await this.context(attemptId, em, true);
    if (ctx.attempt.userId !== actor.id) throw new NotFoundException('Attempt not found');
    if (ctx.attempt.status !== 'in_progress') {
      throw new Problem(HttpStatus.CONFLICT, 'attempt-submitted', 'This attempt has been submitted; answers can no longer change');
    }
    return ctx;
  }

  private async pastDeadline(em: EntityManager, attempt: Attempt): Promise<boolean> {
    if (!attempt.deadlineAt) return false;
    const [{ past }] = await em.query(`SELECT $1::timestamptz <= now() AS past`, [attempt.deadlineAt]);
    return past;
  }

  private async merge(em: EntityManager, ctx: AttemptContext, answers: AttemptAnswer[]): Promise<void> {
    const laidOut = new Map(ctx.attempt.layout.questions.map((q) => [q.questionId, q]));
    const errors = answers.flatMap((answer, i) => {
      const laid = laidOut.get(answer.questionId);
      const problem = laid ? answerProblem(ctx.questions.get(answer.questionId)!, laid, answer) : 'this question is not part of the attempt';
      return problem ? [{ field: `answers[${i}]`, messages: [problem] }] : [];
    });
    if (errors.length) throw new Problem(HttpStatus.UNPROCESSABLE_ENTITY, 'invalid-answer', 'Some answers do not fit their questions', { errors });
    for (const answer of answers) ctx.attempt.answers[answer.questionId] = stripUndefined(answer);
    const [{ now }] = await em.query(`SELECT now() AS now`);
    ctx.attempt.answersSavedAt = now;
    await em.update(Attempt, { id: ctx.attempt.id }, { answers: ctx.attempt.answers, answersSavedAt: now });
  }
}

function stripUndefined(answer: AttemptAnswer): AttemptAnswer {
  return Object.fromEntries(Object.entries(answer).filter(([, v]) => v !== undefined)) as unknown as AttemptAnswer;
}
