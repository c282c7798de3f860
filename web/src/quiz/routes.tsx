import type { RouteObject } from 'react-router';
import { lazyPage } from '../common/lazyPage';

/**
 * The quiz player's pages: a quiz's introduction, taking an attempt, its result and review.
 * Loaded when first opened (with Markdown and its sanitiser), so the first load stays small on a phone.
 */
export const quizRoutes: RouteObject[] = [
  { path: 'training/:enrollmentId/quiz/:moduleId', element: lazyPage(async () => (await import('./QuizIntro')).QuizIntro) },
  { path: 'attempts/:attemptId', element: lazyPage(async () => (await import('./AttemptPage')).AttemptPage) },
];
