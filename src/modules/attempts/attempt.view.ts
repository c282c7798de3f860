import type { Actor } from '../access/actor';
import type { Enrollment } from '../enrollments/enrollment.entity';
import type { Attempt } from './attempt.entity';
import type { AttemptContext } from './attempts.service';
import { reviewedQuestion, traineeQuestion } from './attempt-views';
import type { ReviewAvailability } from './review-timing';

/** The common part every reader sees. */
export function attemptSummary(attempt: Attempt, enrollment: Pick<Enrollment, 'courseId'>) {
  return {
    id: attempt.id,
    enrollmentId: attempt.enrollmentId,
    moduleId: attempt.moduleId,
    userId: attempt.userId,
    courseId: enrollment.courseId,
    courseVersion: attempt.courseVersion,
    number: attempt.number,
    status: attempt.status,
    startedAt: attempt.startedAt,
    deadlineAt: attempt.deadlineAt,
    submittedAt: attempt.submittedAt,
    gradedAt: attempt.gradedAt,
    score: attempt.score,
    maxScore: attempt.maxScore,
    percent: attempt.percent,
    passed: attempt.passed,
  };
}

/**
 * An attempt as its reader may see it. The trainee: the questions (no keys) and
 * their saved answers while it is open; after submission, what the quiz's review
 * policy allows, once its review timing allows it (`review`: without it, the
 * questions stay hidden). Trainers and admins: everything, with the per-question
 * results. Institution admins: the summary only.
 */
export function attemptView(actor: Actor, ctx: AttemptContext, review?: ReviewAvailability) {
  const { attempt, module, questions } = ctx;
  const laid = attempt.layout.questions;
  if (actor.id === attempt.userId) {
    if (attempt.status === 'in_progress') {
      return {
        ...attemptSummary(ctx.attempt, ctx.enrollment),
        questions: laid.map((l) => traineeQuestion(questions.get(l.questionId)!, l)),
        answers: Object.values(attempt.answers),
      };
    }
    const policy = module.quiz!.reviewPolicy;
    if (policy === 'score') return attemptSummary(ctx.attempt, ctx.enrollment);
    if (!review?.visible) return { ...attemptSummary(ctx.attempt, ctx.enrollment), review: review ?? { visible: false, after: module.quiz!.reviewAfter } };
    const results = new Map((attempt.results ?? []).map((r) => [r.questionId, r]));
    return {
      ...attemptSummary(ctx.attempt, ctx.enrollment),
      review,
      questions: laid.map((l) => reviewedQuestion(questions.get(l.questionId)!, l, attempt.answers[l.questionId], results.get(l.questionId), policy)),
    };
  }
  if (actor.role === 'trainer' || actor.role === 'admin') {
    return { ...attemptSummary(ctx.attempt, ctx.enrollment), layout: attempt.layout, answers: attempt.answers, results: attempt.results };
  }
  return attemptSummary(ctx.attempt, ctx.enrollment);
}
