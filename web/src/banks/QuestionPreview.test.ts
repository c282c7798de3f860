import { describe, expect, it } from 'vitest';
import { emptyForm } from './question-form';
import { previewQuestion } from './QuestionPreview';

const UNWRITTEN = { prompt: '(no prompt yet)', row: (n: number) => `(row ${n} without text)` };

const texts = (pl: string, en = '', uk = '') => ({ pl, en, uk });

describe('previewQuestion: the form in the quiz player’s shape', () => {
  it('carries no weight and no key, in the preview’s language with Polish where a translation is empty', () => {
    const form = { ...emptyForm('single_choice'), prompt: texts('Numer alarmowy?', 'Emergency number?'), points: '2' };
    form.options = [
      { text: texts('112', '112'), weight: '100', feedback: texts('Tak') },
      { text: texts('997'), weight: '-50', feedback: texts('Nie') },
    ];
    const question = previewQuestion(form, 'en', UNWRITTEN);
    expect(question.prompt).toEqual({ pl: 'Emergency number?' });
    expect(question.points).toBe(2);
    expect(question.options!.map((o) => o.text.pl).sort()).toEqual(['112', '997']);
    expect(JSON.stringify(question)).not.toMatch(/weight|feedback|-50|Tak|Nie/);
  });

  it('matching: every left side, and the right sides mixed with the distractors', () => {
    const form = { ...emptyForm('matching'), prompt: texts('Dopasuj') };
    form.pairs = [
      { left: texts('Wojewoda'), right: texts('zezwolenie na pobyt') },
      { left: texts('Straż Graniczna'), right: texts('kontrola graniczna') },
    ];
    form.distractors = [texts('prawo jazdy')];
    const question = previewQuestion(form, 'pl', UNWRITTEN);
    expect(question.left!.map((c) => c.text.pl)).toEqual(['Wojewoda', 'Straż Graniczna']);
    expect(question.right!.map((c) => c.text.pl).sort()).toEqual(['kontrola graniczna', 'prawo jazdy', 'zezwolenie na pobyt']);
    expect(new Set([...question.left!, ...question.right!].map((c) => c.id)).size).toBe(5);
  });

  it('ordering: never shown in the order typed (the right one)', () => {
    const form = { ...emptyForm('ordering'), items: [texts('a'), texts('b'), texts('c'), texts('d')] };
    expect(previewQuestion(form, 'pl', UNWRITTEN).items!.map((c) => c.text.pl)).not.toEqual(['a', 'b', 'c', 'd']);
  });

  it('names what is not written yet, so every input has a label', () => {
    const question = previewQuestion(emptyForm('single_choice'), 'pl', UNWRITTEN);
    expect(question.prompt).toEqual({ pl: '(no prompt yet)' });
    expect(question.options!.every((o) => /^\(row \d without text\)$/.test(o.text.pl))).toBe(true);
  });
});
