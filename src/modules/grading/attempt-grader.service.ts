import { Injectable } from '@nestjs/common';
import { EntityManager, EntityNotFoundError } from 'typeorm';
import { toScoringResponse } from '../attempts/answer-mapping';
import { Attempt, QuestionResult } from '../attempts/attempt.entity';
import { CourseVersionsService, errataFingerprintSql } from '../courses/course-versions.service';
import { Enrollment } from '../enrollments/enrollment.entity';
import { ProgressService } from '../enrollments/progress.service';
import { scoreQuestion } from './scoring';

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/**
 * Grades attempts against the version their enrollment pinned (with its errata),
 * and keeps module progress and completion in step. Every method expects the
 * attempt's row to be locked by the caller's transaction.
 */
@Injectable()
export class AttemptGrader {
  constructor(
    private readonly versions: CourseVersionsService,
    private readonly progress: ProgressService,
  ) {}

  /**
   * Scores every question. Results a trainer set by hand (essays, overrides) are
   * kept, so a regrade after an erratum changes only what the key decides.
   */
  async grade(em: EntityManager, attempt: Attempt): Promise<void> {
    await this.gradeMany(em, [attempt]);
  }

  /**
   * Grades several attempts, each locked by the caller's transaction, as `grade`
   * grades one — in three statements however many they are: one locks their
   * enrollments (in id order, so concurrent batches never wait on each other in
   * a cycle) and reads the fingerprint of each version's errata, one writes every
   * result, one refreshes the progress of every quiz they belong to (plus one or
   * two when enrollments complete; see ProgressService.refreshQuizzes).
   */
  async gradeMany(em: EntityManager, attempts: Attempt[]): Promise<void> {
    if (attempts.length === 0) return;
    const enrollments = await this.lockEnrollments(em, [...new Set(attempts.map((a) => a.enrollmentId))]);
    for (const attempt of attempts) {
      const { enrollment, errata } = enrollments.get(attempt.enrollmentId)!;
      // Against the version the attempt was taken on. The questions with the version's errata applied come
      // from memory unless an erratum was added since; an attempt from before its enrollment moved reads them afresh.
      const module = await this.versions.module(enrollment.courseId, attempt.courseVersion, attempt.moduleId, em);
      const questions =
        attempt.courseVersion === enrollment.courseVersion
          ? await this.versions.quizQuestions(enrollment.courseId, attempt.courseVersion, attempt.moduleId, em, errata)
          : await this.versions.quizQuestions(enrollment.courseId, attempt.courseVersion, attempt.moduleId, em);
      const manual = new Map((attempt.results ?? []).filter((r) => r.gradedBy).map((r) => [r.questionId, r]));
      const results: QuestionResult[] = attempt.layout.questions.map((laid) => {
        const kept = manual.get(laid.questionId);
        if (kept) return kept;
        const q = questions.get(laid.questionId)!;
        const score = scoreQuestion(q, toScoringResponse(q, laid, attempt.answers[laid.questionId]));
        return { questionId: laid.questionId, points: score.points, maxPoints: score.maxPoints, needsReview: score.needsReview };
      });
      this.applyResults(attempt, results, module!.quiz!.passMarkPercent);
    }
    await em.query(
      `UPDATE attempt a SET status = v.status, results = v.results, score = v.score, max_score = v.max_score,
              percent = v.percent, passed = v.passed, graded_at = v.graded_at
         FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, status text, results jsonb, score numeric, max_score numeric,
                                                 percent numeric, passed boolean, graded_at timestamptz)
        WHERE a.id = v.id`,
      [
        JSON.stringify(
          attempts.map((a) => ({
            id: a.id,
            status: a.status,
            results: a.results,
            score: a.score,
            max_score: a.maxScore,
            percent: a.percent,
            passed: a.passed,
            graded_at: a.gradedAt,
          })),
        ),
      ],
    );
    // An attempt taken before its enrollment moved to a newer version counts for nothing there.
    await this.progress.refreshQuizzes(
      em,
      attempts
        .map((attempt) => ({ attempt, enrollment: enrollments.get(attempt.enrollmentId)!.enrollment }))
        .filter(({ attempt, enrollment }) => attempt.courseVersion === enrollment.courseVersion)
        .map(({ attempt, enrollment }) => ({ enrollment, moduleId: attempt.moduleId })),
    );
  }

  private async lockEnrollments(em: EntityManager, ids: string[]): Promise<Map<string, { enrollment: Enrollment; errata: string }>> {
    const { entities, raw } = await em
      .createQueryBuilder(Enrollment, 'e')
      .addSelect(errataFingerprintSql('e.course_id', 'e.course_version'), 'errata')
      .where('e.id = ANY(:ids::uuid[])', { ids })
      .orderBy('e.id')
      .setLock('pessimistic_write')
      .getRawAndEntities();
    const errataById = new Map<string, string>(raw.map((row: { e_id: string; errata: string }) => [row.e_id, row.errata]));
    const locked = new Map(entities.map((enrollment) => [enrollment.id, { enrollment, errata: errataById.get(enrollment.id)! }]));
    const missing = ids.find((id) => !locked.has(id));
    if (missing) throw new EntityNotFoundError(Enrollment, { id: missing });
    return locked;
  }

  /** Totals, percent and pass from per-question results; an essay still waiting keeps the attempt in review. */
  applyResults(attempt: Attempt, results: QuestionResult[], passMarkPercent: number): void {
    const score = round(results.reduce((sum, r) => sum + r.points, 0));
    const maxScore = round(results.reduce((sum, r) => sum + r.maxPoints, 0));
    const waiting = results.some((r) => r.needsReview);
    attempt.results = results;
    attempt.score = score;
    attempt.maxScore = maxScore;
    attempt.percent = maxScore > 0 ? round((score / maxScore) * 100) : 0;
    attempt.status = waiting ? 'needs_review' : 'graded';
    attempt.passed = waiting ? null : attempt.percent >= passMarkPercent;
    attempt.gradedAt = waiting ? null : new Date();
  }
}
