import type { RouteObject } from 'react-router';

/** A trainer's grading: the essay queue and results per course; loaded on first visit. */
export const gradingRoutes: RouteObject[] = [
  { path: 'grading', lazy: async () => ({ Component: (await import('./GradingQueue')).GradingQueue }) },
  { path: 'grading/courses/:courseId', lazy: async () => ({ Component: (await import('./CourseResults')).CourseResults }) },
];
