/** A choice as shown in one attempt: an opaque id, and which element of the definition it is. */
export interface LaidOutChoice {
  id: string;
  index: number;
}

/**
 * One question as an attempt shows it. The ids are random per attempt, so an id
 * says nothing about the definition's order (where the right answer often comes
 * first); grading maps them back to indexes.
 */
export interface LaidOutQuestion {
  questionId: string;
  /** single_choice, multiple_choice, scenario. */
  options?: LaidOutChoice[];
  /** matching: the left sides (index into pairs). */
  left?: LaidOutChoice[];
  /** matching: the right sides; index < pairs.length is a pair's right side, beyond it a distractor. */
  right?: LaidOutChoice[];
  /** ordering: always shuffled, or the order would be the answer. */
  items?: LaidOutChoice[];
}

export interface AttemptLayout {
  questions: LaidOutQuestion[];
}
