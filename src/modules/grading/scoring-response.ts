/**
 * An answer translated from the attempt's opaque ids to indexes in the question's
 * definition: what the pure scoring functions read.
 */
export interface ScoringResponse {
  /** single_choice, multiple_choice, scenario: indexes into options. */
  selected?: number[];
  /** true_false: boolean; numeric: number. */
  value?: boolean | number;
  /** short_answer, essay. */
  text?: string;
  /** matching: left = index into pairs; right = index into pairs' right sides, or pairs.length + i for distractor i. */
  pairs?: { left: number; right: number }[];
  /** ordering: indexes into items, in the order the trainee put them. */
  order?: number[];
}

export interface QuestionScore {
  points: number;
  maxPoints: number;
  /** Essays: a trainer must grade it; points are 0 until then. */
  needsReview: boolean;
}
