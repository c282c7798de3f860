import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { AttemptResult } from './AttemptResult';
import { QUESTIONS } from './test-fixtures';
import type { Attempt } from './types';

const graded: Attempt = {
  id: 'a1',
  enrollmentId: 'e1',
  moduleId: 'm1',
  userId: 'u1',
  courseId: 'c1',
  courseVersion: 1,
  number: 2,
  status: 'graded',
  startedAt: '2026-12-04T10:00:00Z',
  deadlineAt: null,
  submittedAt: '2026-12-04T10:10:00Z',
  gradedAt: '2026-12-04T10:10:01Z',
  score: 1,
  maxScore: 2,
  percent: 50,
  passed: false,
};

const show = (attempt: Attempt) =>
  render(
    <MemoryRouter>
      <AttemptResult attempt={attempt} timeRanOut={false} />
    </MemoryRouter>,
  );

describe('the result and the review', () => {
  beforeAll(() => i18n.changeLanguage('pl'));

  it('while grading: only "grading…", no score', () => {
    show({ ...graded, status: 'submitted', score: null, percent: null, passed: null });
    expect(screen.getByRole('status').textContent).toBe('Ocenianie…');
    expect(screen.queryByText(/pkt/)).toBeNull();
  });

  it('the score policy: the score and no questions', () => {
    show(graded);
    expect(screen.getByText('1 z 2 pkt (50%)')).toBeTruthy();
    expect(screen.getByText('Niezaliczony')).toBeTruthy();
    expect(screen.getByText('Ten test pokazuje po oddaniu tylko wynik.')).toBeTruthy();
  });

  it('the review timing: no questions yet, and when the answers will be shown', () => {
    const { unmount } = show({ ...graded, review: { visible: false, after: 'last_attempt_or_pass' } });
    expect(screen.getByText('Odpowiedzi i poprawne odpowiedzi zobaczysz po zaliczeniu testu albo po ostatnim podejściu.')).toBeTruthy();
    expect(screen.queryByText('Ten test pokazuje po oddaniu tylko wynik.')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Przegląd odpowiedzi' })).toBeNull();
    unmount();
    show({ ...graded, review: { visible: false, after: 'due_date', availableFrom: '2026-12-31T22:59:00Z' } });
    expect(screen.getByText(/^Odpowiedzi i poprawne odpowiedzi zobaczysz po terminie: .*31.*2026/)).toBeTruthy();
  });

  it('the responses policy: the officer\'s answers and points, and no key (none came)', () => {
    show({
      ...graded,
      questions: [
        { ...QUESTIONS.true_false, response: { questionId: 'q-tf', value: true }, awardedPoints: 0 },
        { ...QUESTIONS.ordering, response: { questionId: 'q-order', order: ['i2', 'i1', 'i3'] }, awardedPoints: 1 },
      ],
    });
    expect(screen.getByText('Prawda')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toContain('Pierwszy');
    expect(screen.getByText('Pytanie 1 z 2 · 0 z 1 pkt')).toBeTruthy();
    expect(screen.queryByText('Poprawna odpowiedź')).toBeNull();
  });

  it('the correct_answers policy: the key and feedback as the API gave them; an essay waiting for its grade says so', () => {
    show({
      ...graded,
      status: 'needs_review',
      passed: null,
      questions: [
        { ...QUESTIONS.true_false, response: { questionId: 'q-tf', value: true }, awardedPoints: 0, correct: { value: false }, feedback: { pl: 'Nie: to obciąża dziecko.' } },
        { ...QUESTIONS.essay, response: { questionId: 'q-essay', text: 'Moja refleksja' }, correct: {} },
      ],
    });
    expect(screen.getByText('Fałsz')).toBeTruthy();
    expect(screen.getByText('Nie: to obciąża dziecko.')).toBeTruthy();
    expect(screen.getByText('Pytanie 2 z 2 · czeka na ocenę trenera')).toBeTruthy();
    expect(screen.getAllByText('Poprawna odpowiedź')).toHaveLength(1);
    expect(screen.getByText(/Wypowiedzi pisemne czekają na ocenę trenera/)).toBeTruthy();
  });
});
