import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import type { PublishedVersion } from './api';
import { Published } from './Publish';

const outcome: PublishedVersion = {
  courseId: 'c1',
  version: 2,
  publishedAt: '2026-12-04T10:00:00Z',
  publishedBy: 'u1',
  enrollmentsMoved: { notStarted: 3, inProgress: 0 },
  enrollmentsKept: { inProgress: 2, completed: 1 },
  warnings: [],
};

describe('what a publish did', () => {
  beforeAll(() => i18n.changeLanguage('pl'));

  it('names the enrollments moved to the new version and those left on theirs', () => {
    render(<Published outcome={outcome} />);
    expect(screen.getByText('Opublikowano wersję 2.')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Przeniesiono do nowej wersji szkolenia nierozpoczęte: 3.',
      'Pozostały przy swojej wersji szkolenia rozpoczęte: 2.',
      'Pozostały przy swojej wersji szkolenia ukończone: 1.',
    ]);
    expect(screen.queryByText(/nie ma testu/)).toBeNull();
  });

  it('warns when the course has no quiz', () => {
    render(<Published outcome={{ ...outcome, version: 1, enrollmentsMoved: { notStarted: 0, inProgress: 0 }, enrollmentsKept: { inProgress: 0, completed: 0 }, warnings: [{ code: 'no-quiz', message: 'x' }] }} />);
    expect(screen.getByText(/^Uwaga: kurs nie ma testu, a wydaje certyfikat/)).toBeTruthy();
    expect(screen.queryAllByRole('listitem')).toEqual([]);
  });
});
