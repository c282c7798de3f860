import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { answerOf, formValueOf, type FormValue } from './answer-mapping';
import { QuestionCard, QuestionField } from './QuestionField';
import { QUESTIONS } from './test-fixtures';
import type { Answer, Question } from './types';

/** A question on screen with its own state, reporting each answer it would send. */
function Harness({ question, onAnswer }: { question: Question; onAnswer: (answer: Answer) => void }) {
  const [value, setValue] = useState<FormValue>(() => formValueOf(question, undefined));
  return (
    <QuestionCard question={question} index={0} total={1}>
      {(promptId) => (
        <QuestionField
          question={question}
          value={value}
          promptId={promptId}
          onChange={(v) => {
            setValue(v);
            onAnswer(answerOf(question, v));
          }}
        />
      )}
    </QuestionCard>
  );
}

function show(question: Question) {
  const onAnswer = vi.fn<(answer: Answer) => void>();
  render(<Harness question={question} onAnswer={onAnswer} />);
  return { onAnswer, last: () => onAnswer.mock.calls.at(-1)?.[0], user: userEvent.setup() };
}

describe('question inputs, with the keyboard', () => {
  beforeAll(() => i18n.changeLanguage('pl'));

  it('matching: a labelled list per left-hand item, reached with Tab and chosen from the keyboard', async () => {
    const { user, last } = show(QUESTIONS.matching);
    const border = screen.getByLabelText('Straż Graniczna');
    const governor = screen.getByLabelText('Wojewoda');
    expect(within(border).getAllByRole('option').map((o) => o.textContent)).toEqual(['— wybierz —', 'ochrona międzynarodowa', 'pobyt czasowy', 'prawo jazdy']);
    // Tab to the first list, choose with the keyboard.
    await user.tab();
    expect(document.activeElement).toBe(border);
    await user.selectOptions(border, 'ochrona międzynarodowa');
    await user.tab();
    expect(document.activeElement).toBe(governor);
    await user.selectOptions(governor, 'pobyt czasowy');
    expect(last()).toEqual({ questionId: 'q-match', pairs: [{ leftId: 'l1', rightId: 'r1' }, { leftId: 'l2', rightId: 'r2' }] });
    // Back to "choose" takes the pair out.
    await user.selectOptions(border, '— wybierz —');
    expect(last()).toEqual({ questionId: 'q-match', pairs: [{ leftId: 'l2', rightId: 'r2' }] });
    expect(screen.getByRole('group', { name: 'Dopasuj.' })).toBeTruthy();
  });

  it('ordering: up and down buttons named after their item, Enter and Space move, the focus follows the item, the move is announced', async () => {
    const { user, last } = show(QUESTIONS.ordering);
    const items = () => within(screen.getByRole('list', { name: 'Ułóż.' })).getAllByRole('listitem').map((li) => li.querySelector('.quiz-order-text')!.textContent);
    expect(items()).toEqual(['Drugi', 'Pierwszy', 'Trzeci']);

    const up = screen.getByRole('button', { name: 'W górę: Pierwszy' });
    up.focus();
    await user.keyboard('{Enter}');
    expect(items()).toEqual(['Pierwszy', 'Drugi', 'Trzeci']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'W górę: Pierwszy' }));
    expect(screen.getByRole('status').textContent).toBe('„Pierwszy” – pozycja 1 z 3.');
    expect(last()).toEqual({ questionId: 'q-order', order: ['i2', 'i1', 'i3'] });

    // At the top, "up" stays focusable but does nothing.
    expect(screen.getByRole('button', { name: 'W górę: Pierwszy' }).getAttribute('aria-disabled')).toBe('true');
    await user.keyboard('{Enter}');
    expect(items()).toEqual(['Pierwszy', 'Drugi', 'Trzeci']);

    // Tab to the next button ("down" of the same item), Space moves it down.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'W dół: Pierwszy' }));
    await user.keyboard(' ');
    expect(items()).toEqual(['Drugi', 'Pierwszy', 'Trzeci']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'W dół: Pierwszy' }));
    await user.keyboard(' ');
    expect(items()).toEqual(['Drugi', 'Trzeci', 'Pierwszy']);
    expect(screen.getByRole('status').textContent).toBe('„Pierwszy” – pozycja 3 z 3.');
    expect(last()).toEqual({ questionId: 'q-order', order: ['i1', 'i3', 'i2'] });
  });

  it('single choice and scenario: radios under the prompt (and the situation), Space chooses', async () => {
    const { user, last } = show(QUESTIONS.scenario);
    expect(screen.getByText('Mąż chce tłumaczyć.')).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Co robisz?' });
    await user.click(within(group).getByLabelText('Tłumacz'));
    expect(last()).toEqual({ questionId: 'q-scenario', optionIds: ['s1'] });
    (within(group).getByLabelText('Mąż') as HTMLInputElement).focus();
    await user.keyboard(' ');
    expect((within(group).getByLabelText('Mąż') as HTMLInputElement).checked).toBe(true);
    expect(last()).toEqual({ questionId: 'q-scenario', optionIds: ['s2'] });
  });

  it('multiple choice: checkboxes toggled with Space', async () => {
    const { user, last } = show(QUESTIONS.multiple_choice);
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.tab();
    await user.keyboard(' ');
    expect(last()).toEqual({ questionId: 'q-multi', optionIds: ['m1', 'm3'] });
    expect(screen.getByText('Zaznacz wszystkie poprawne odpowiedzi.')).toBeTruthy();
  });

  it('true/false: two radios', async () => {
    const { user, last } = show(QUESTIONS.true_false);
    await user.click(screen.getByLabelText('Fałsz'));
    expect(last()).toEqual({ questionId: 'q-tf', value: false });
  });

  it('short answer and essay: labelled fields (the essay starts from its template)', async () => {
    const short = show(QUESTIONS.short_answer);
    await short.user.type(screen.getByLabelText('Twoja odpowiedź'), 'azyl');
    expect(short.last()).toEqual({ questionId: 'q-short', text: 'azyl' });
    const essay = show(QUESTIONS.essay);
    const area = screen.getByLabelText('Twoja wypowiedź');
    expect((area as HTMLTextAreaElement).value).toBe('Sytuacja: …');
    await essay.user.clear(area);
    await essay.user.type(area, 'Tekst');
    expect(essay.last()).toEqual({ questionId: 'q-essay', text: 'Tekst' });
  });

  it('numeric: a decimal comma is a number; words are flagged, not sent', async () => {
    const { user, last } = show(QUESTIONS.numeric);
    const field = screen.getByLabelText('Twoja odpowiedź (liczba)');
    await user.type(field, '3,5');
    expect(last()).toEqual({ questionId: 'q-num', value: 3.5 });
    await user.clear(field);
    await user.type(field, 'dużo');
    expect(last()).toEqual({ questionId: 'q-num' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('To nie jest liczba. Wpisz np. 12 albo 3,5.')).toBeTruthy();
  });

  it('every question has a heading with its number and points', () => {
    show(QUESTIONS.essay);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Pytanie 1 z 1 (5 pkt)');
  });
});
