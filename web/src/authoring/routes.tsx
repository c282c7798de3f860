import type { RouteObject } from 'react-router';

/** A trainer's courses: their modules, lessons, quiz settings, publishing, versions and errata. */
export const authoringRoutes: RouteObject[] = [];
