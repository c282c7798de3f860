import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, pageOf } from '../../common/http/pagination';
import { DomainError } from '../../common/errors/domain-error';
import { ValidationProblem } from '../../common/errors/domain-error';
import { AccessPolicy } from '../access/access-policy';
import { Actor } from '../access/actor';
import { Attempt } from '../attempts/attempt.entity';
import { AttemptsService } from '../attempts/attempts.service';
import { AuditService } from '../audit/audit.service';
import { CourseVersionErratum } from '../courses/course-version-erratum.entity';
import { CourseVersionsService } from '../courses/course-versions.service';
import { Course } from '../courses/course.entity';
import { Enrollment } from '../enrollments/enrollment.entity';
import { ProgressService } from '../enrollments/progress.service';
import { OutboxService } from '../outbox/outbox.service';
import { checkQuestion } from '../questions/question-validation';
import { AttemptGrader } from './attempt-grader.service';
import { ErratumDto, GradingQueueQuery, ManualGradeDto } from './dto/grading.dto';
import type { ErratumView, GradingQueueItemView } from './dto/grading.view';

/** One waiting answer as the queue's statement reads it. */
type QueueRow = Omit<GradingQueueItemView, 'courseTitle' | 'prompt' | 'graderInfo'>;

/** What trainers do with grades: the review queue, grading by hand, and errata that regrade a version. */
@Injectable()
export class GradingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly attempts: AttemptsService,
    private readonly grader: AttemptGrader,
    private readonly versions: CourseVersionsService,
    private readonly progress: ProgressService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Essay answers waiting for a trainer: the courses they author (admins: all),
   * oldest attempt first and, within an attempt, in the order shown. One item is
   * one answer, and the page and its total count answers (not attempts).
   */
  async queue(actor: Actor, query: GradingQueueQuery): Promise<Page<GradingQueueItemView>> {
    const scoped = this.dataSource
      .getRepository(Attempt)
      .createQueryBuilder('a')
      .select('a.id', 'id')
      .innerJoin(Enrollment, 'e', 'e.id = a.enrollmentId')
      .where(`a.status = 'needs_review'`);
    this.policy.apply(scoped, this.policy.scope(actor, 'enrollment', 'read'), { institution: 'e.institution_id', user: 'a.user_id', course: 'e.course_id' });
    if (query.courseId) scoped.andWhere('e.courseId = :courseId', { courseId: query.courseId });
    const [scopedSql, params] = scoped.getQueryAndParameters();
    const waiting = `FROM (${scopedSql}) s
      JOIN attempt a ON a.id = s.id
      JOIN enrollment e ON e.id = a.enrollment_id
      JOIN "user" u ON u.id = a.user_id
      CROSS JOIN LATERAL jsonb_array_elements(a.results) WITH ORDINALITY AS r(result, position)
     WHERE (r.result->>'needsReview')::boolean`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${waiting}`, params);
    const rows: (QueueRow & { moduleId: string })[] = await this.dataSource.query(
      `SELECT a.id AS "attemptId", r.result->>'questionId' AS "questionId", (r.result->>'maxPoints')::float AS "maxPoints",
              a.enrollment_id AS "enrollmentId", a.module_id AS "moduleId", a.user_id AS "userId", a.submitted_at AS "submittedAt",
              coalesce(a.answers->(r.result->>'questionId')->>'text', '') AS response,
              e.course_id AS "courseId", e.course_version AS "courseVersion", u.full_name AS "officerName"
         ${waiting}
        ORDER BY a.submitted_at, a.id, r.position
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    const items: GradingQueueItemView[] = [];
    for (const { moduleId, ...row } of rows) {
      const snapshot = await this.versions.snapshot(row.courseId, row.courseVersion);
      const q = (await this.versions.quizQuestions(row.courseId, row.courseVersion, moduleId)).get(row.questionId)!;
      items.push({ ...row, courseTitle: snapshot.title, prompt: q.prompt, graderInfo: q.type === 'essay' ? q.graderInfo : undefined });
    }
    return pageOf(items, total, query);
  }

  /** Sets one question's points by hand (an essay, or an override), audited; completes the attempt when nothing waits. */
  async grade(actor: Actor, attemptId: string, dto: ManualGradeDto): Promise<Attempt> {
    return this.dataSource.transaction(async (em) => {
      const ctx = await this.attempts.context(attemptId, em, true);
      const course = await em.findOneByOrFail(Course, { id: ctx.enrollment.courseId });
      this.policy.assertGrader(actor, course.ownerId);
      const { attempt } = ctx;
      if (attempt.status !== 'needs_review' && attempt.status !== 'graded') {
        throw new DomainError('attempt-not-graded', 'Only a submitted and machine-graded attempt can be graded by hand');
      }
      const results = [...(attempt.results ?? [])];
      const index = results.findIndex((r) => r.questionId === dto.questionId);
      if (index < 0) throw new DomainError('question-not-found', 'The question is not part of this attempt');
      const before = results[index];
      if (dto.points > before.maxPoints) {
        throw new ValidationProblem([{ field: 'points', messages: [`points must not exceed ${before.maxPoints}`] }]);
      }
      results[index] = { ...before, points: dto.points, needsReview: false, gradedBy: actor.id, ...(dto.comment ? { comment: dto.comment } : {}) };
      const previous = { status: attempt.status, score: attempt.score, passed: attempt.passed };
      this.grader.applyResults(attempt, results, ctx.module.quiz!.passMarkPercent);
      await em.save(attempt);
      await this.audit.record(em, {
        actorId: actor.id,
        action: 'attempt.graded_manually',
        entityType: 'attempt',
        entityId: attempt.id,
        institutionId: ctx.enrollment.institutionId,
        before: { questionId: dto.questionId, points: before.points, ...previous },
        after: { questionId: dto.questionId, points: dto.points, comment: dto.comment ?? null, status: attempt.status, score: attempt.score, passed: attempt.passed },
      });
      const enrollment = await em.findOneOrFail(Enrollment, { where: { id: attempt.enrollmentId }, lock: { mode: 'pessimistic_write' } });
      await this.progress.refreshQuizzes(em, [{ enrollment, moduleId: attempt.moduleId }]);
      return attempt;
    });
  }

  /**
   * Corrects a question's key in a published version. The version stays as it
   * was published; the erratum is applied on top when grading, and every attempt
   * on the version that holds the question is regraded through the queue.
   */
  async addErratum(actor: Actor, courseId: string, version: number, dto: ErratumDto): Promise<{ erratumId: string; attemptsToRegrade: number }> {
    return this.dataSource.transaction(async (em) => {
      // Errata of a course one at a time, but FOR NO KEY UPDATE, not FOR UPDATE: a regrade job holds its
      // attempt's lock while its tallies' foreign keys take KEY SHARE on this course row, and this
      // transaction's erratum_regrade rows then wait for that attempt — FOR UPDATE made the two a deadlock.
      const course = await em.findOne(Course, { where: { id: courseId }, lock: { mode: 'for_no_key_update' } });
      if (!course) throw new DomainError('course-not-found', 'Course not found');
      this.policy.assertAuthor(actor, course.ownerId);
      const quizModules = (await this.versions.snapshot(courseId, version, em)).modules.filter((m) => m.quiz);
      let original;
      for (const m of quizModules) original ??= (await this.versions.quizQuestions(courseId, version, m.id, em)).get(dto.questionId);
      if (!original) throw new DomainError('question-not-found', 'The question is not part of this version');
      const check = checkQuestion(dto.question);
      if (check.errors) throw new ValidationProblem(check.errors.map((e) => ({ ...e, field: `question.${e.field}` })));
      if (check.question.type !== original.type) {
        throw new ValidationProblem([{ field: 'question.type', messages: [`an erratum keeps the type (${original.type})`] }]);
      }
      const erratum = await em.save(
        em.create(CourseVersionErratum, { courseId, version, questionId: dto.questionId, definition: check.question, reason: dto.reason, createdBy: actor.id }),
      );
      const attempts: { id: string }[] = await em.query(
        `SELECT a.id FROM attempt a JOIN enrollment e ON e.id = a.enrollment_id
          WHERE e.course_id = $1 AND a.course_version = $2 AND a.status IN ('graded', 'needs_review')
            AND a.layout->'questions' @> $3::jsonb`,
        [courseId, version, JSON.stringify([{ questionId: dto.questionId }])],
      );
      // What the regrade's progress is counted against (see errata()).
      await em.query(`INSERT INTO erratum_regrade (erratum_id, attempt_id) SELECT $1, unnest($2::uuid[])`, [erratum.id, attempts.map((a) => a.id)]);
      await this.outbox.emitAll(em, 'regrade-attempt', attempts.map(({ id }) => ({ attemptId: id, erratumId: erratum.id })));
      await this.audit.record(em, {
        actorId: actor.id,
        action: 'course_version.erratum',
        entityType: 'course_version',
        entityId: `${courseId}/${version}`,
        before: { ...original },
        after: { question: check.question, reason: dto.reason, attemptsToRegrade: attempts.length },
      });
      return { erratumId: erratum.id, attemptsToRegrade: attempts.length };
    });
  }

  /** The errata of a version, oldest first, each with how many of the attempts it regrades are done. */
  async errata(actor: Actor, courseId: string, version: number): Promise<ErratumView[]> {
    const course = await this.dataSource.getRepository(Course).findOneBy({ id: courseId });
    if (!course) throw new DomainError('course-not-found', 'Course not found');
    this.policy.assertAuthor(actor, course.ownerId);
    await this.versions.snapshot(courseId, version); // 404 for a version that does not exist
    const rows: { id: string; question_id: string; reason: string; created_by: string; created_at: Date; total: string; done: string }[] = await this.dataSource.query(
      `SELECT x.id, x.question_id, x.reason, x.created_by, x.created_at,
              count(r.attempt_id) AS total, count(r.regraded_at) AS done
         FROM course_version_erratum x LEFT JOIN erratum_regrade r ON r.erratum_id = x.id
        WHERE x.course_id = $1 AND x.version = $2
        GROUP BY x.id ORDER BY x.created_at, x.id`,
      [courseId, version],
    );
    return rows.map((r) => ({
      id: r.id,
      questionId: r.question_id,
      reason: r.reason,
      createdBy: r.created_by,
      createdAt: r.created_at,
      attemptsToRegrade: Number(r.total),
      attemptsRegraded: Number(r.done),
    }));
  }
}
