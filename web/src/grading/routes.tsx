import type { RouteObject } from 'react-router';

/** A trainer's grading: the essay queue and results per course. */
export const gradingRoutes: RouteObject[] = [];
