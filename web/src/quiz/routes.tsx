import type { RouteObject } from 'react-router';

/** The quiz player's pages: taking an attempt, its result and review. */
export const quizRoutes: RouteObject[] = [];
