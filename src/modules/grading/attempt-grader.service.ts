import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { toScoringResponse } from '../attempts/answer-mapping';
import { Attempt, QuestionResult } from '../attempts/attempt.entity';
import { CourseVersionsService } from '../courses/course-versions.service';
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
    const enrollment = await em.findOneOrFail(Enrollment, { where: { id: attempt.enrollmentId }, lock: { mode: 'pessimistic_write' } });
    const module = await this.versions.module(enrollment.courseId, enrollment.courseVersion, attempt.moduleId, em);
    const questions = await this.versions.quizQuestions(enrollment.courseId, enrollment.courseVersion, attempt.moduleId, em);
    const manual = new Map((attempt.results ?? []).filter((r) => r.gradedBy).map((r) => [r.questionId, r]));
    const results: QuestionResult[] = attempt.layout.questions.map((laid) => {
      const kept = manual.get(laid.questionId);
      if (kept) return kept;
      const q = questions.get(laid.questionId)!;
      const score = scoreQuestion(q, toScoringResponse(q, laid, attempt.answers[laid.questionId]));
      return { questionId: laid.questionId, points: score.points, maxPoints: score.maxPoints, needsReview: score.needsReview };
    });
    this.applyResults(attempt, results, module!.quiz!.passMarkPercent);
    await em.update(Attempt, { id: attempt.id }, {
      status: attempt.status,
      results,
      score: attempt.score,
      maxScore: attempt.maxScore,
      percent: attempt.percent,
      passed: attempt.passed,
      gradedAt: attempt.gradedAt,
    });
    await this.progress.refreshQuiz(em, enrollment, attempt.moduleId);
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
