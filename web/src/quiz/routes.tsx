import type { RouteObject } from 'react-router';
import { AttemptPage } from './AttemptPage';
import { QuizIntro } from './QuizIntro';

/** The quiz player's pages: a quiz's introduction, taking an attempt, its result and review. */
export const quizRoutes: RouteObject[] = [
  { path: 'training/:enrollmentId/quiz/:moduleId', element: <QuizIntro /> },
  { path: 'attempts/:attemptId', element: <AttemptPage /> },
];
