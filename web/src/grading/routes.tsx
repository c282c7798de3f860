import type { RouteObject } from 'react-router';
import { CourseResults } from './CourseResults';
import { GradingQueue } from './GradingQueue';

/** A trainer's grading: the essay queue and results per course. */
export const gradingRoutes: RouteObject[] = [
  { path: 'grading', element: <GradingQueue /> },
  { path: 'grading/courses/:courseId', element: <CourseResults /> },
];
