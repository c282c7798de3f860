import type { ReviewTiming } from '../courses/course-module.entity';

/** What decides whether a trainee may review a submitted attempt now (see reviewAvailability). */
export interface ReviewFacts {
  timing: ReviewTiming;
  now: Date;
  /** The enrollment's due date. */
  dueAt: Date;
  /** An attempt at this quiz is still open. */
  attemptOpen: boolean;
  /** Another attempt could be started: the quiz is in the enrollment's version, which is not expired, and attempts are left. */
  attemptsLeft: boolean;
  /** An attempt on the enrollment's version passed. */
  passed: boolean;
}

/** Whether the review is shown, and when it will be (for the trainee's result page). */
export interface ReviewAvailability {
  visible: boolean;
  after: ReviewTiming;
  /** due_date: when the review opens. */
  availableFrom?: Date;
}

/**
 * Moodle's review timing. Only `each_attempt` — the author's explicit choice — shows answers while
 * they could still be used in another attempt. `last_attempt_or_pass` waits until no attempt is left
 * or one passed; `due_date` until the due date, when the quiz closes (AttemptsService.start). Neither
 * opens while an attempt is in progress: a review read beside an open attempt would answer it.
 */
export function reviewAvailability(facts: ReviewFacts): ReviewAvailability {
  switch (facts.timing) {
    case 'each_attempt':
      return { visible: true, after: 'each_attempt' };
    case 'last_attempt_or_pass':
      return { visible: !facts.attemptOpen && (facts.passed || !facts.attemptsLeft), after: 'last_attempt_or_pass' };
    case 'due_date':
      return { visible: !facts.attemptOpen && facts.now >= facts.dueAt, after: 'due_date', availableFrom: facts.dueAt };
  }
}
