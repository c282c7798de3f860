import type { QuestionDefinition } from '../../src/modules/questions/question-definition';

export interface ShownChoice {
  id: string;
  text: { pl: string };
}

/** A question as an attempt shows it to the trainee. */
export interface ShownQuestion {
  id: string;
  type: string;
  prompt: { pl: string };
  options?: ShownChoice[];
  left?: ShownChoice[];
  right?: ShownChoice[];
  items?: ShownChoice[];
}

/**
 * The fully right answer to a shown question, worked out from its definition the
 * way a trainee who knows the material would: by the texts on screen.
 */
export function rightAnswer(shown: ShownQuestion, q: QuestionDefinition) {
  const id = (choices: ShownChoice[] | undefined, pl: string) => {
    const found = choices?.find((c) => c.text.pl === pl);
    if (!found) throw new Error(`"${pl}" is not shown for question ${shown.id}`);
    return found.id;
  };
  const questionId = shown.id;
  switch (q.type) {
    case 'single_choice':
    case 'scenario':
      return { questionId, optionIds: [id(shown.options, q.options.find((o) => o.weight === 1)!.text.pl)] };
    case 'multiple_choice':
      return { questionId, optionIds: q.options.filter((o) => o.weight > 0).map((o) => id(shown.options, o.text.pl)) };
    case 'true_false':
      return { questionId, value: q.correct };
    case 'short_answer':
      return { questionId, text: q.answers.find((a) => a.weight === 1)!.text.replace(/\*/g, '') };
    case 'numeric':
      return { questionId, value: q.answers.find((a) => a.weight === 1)!.value };
    case 'matching':
      return { questionId, pairs: q.pairs.map((p) => ({ leftId: id(shown.left, p.left.pl), rightId: id(shown.right, p.right.pl) })) };
    case 'ordering':
      return { questionId, order: q.items.map((item) => id(shown.items, item.pl)) };
    case 'essay':
      return { questionId, text: 'Opis sytuacji z mojej służby i tego, czego się z niej nauczyłem.' };
  }
}
