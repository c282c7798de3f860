import type { RouteObject } from 'react-router';

/**
 * The quiz player's pages: a quiz's introduction, taking an attempt, its result and review.
 * Loaded when first opened (with Markdown and its sanitiser), so the first load stays small on a phone.
 */
export const quizRoutes: RouteObject[] = [
  { path: 'training/:enrollmentId/quiz/:moduleId', lazy: async () => ({ Component: (await import('./QuizIntro')).QuizIntro }) },
  { path: 'attempts/:attemptId', lazy: async () => ({ Component: (await import('./AttemptPage')).AttemptPage }) },
];
