/** An answer as a trainee sends it (PUT /attempts/:id/answers, POST /attempts/:id/submit). */
export interface AttemptAnswer {
  questionId: string;
  /** single_choice, multiple_choice, scenario: the chosen option ids. */
  optionIds?: string[];
  /** true_false: a boolean; numeric: a number. */
  value?: boolean | number;
  /** short_answer and essay. */
  text?: string;
  /** matching: each left id with the right id chosen for it. */
  pairs?: { leftId: string; rightId: string }[];
  /** ordering: item ids in the order the trainee put them. */
  order?: string[];
}
