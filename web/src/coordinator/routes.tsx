import type { RouteObject } from 'react-router';

/** The institution admin's pages: dashboard, people and units, assigning, exports. */
export const coordinatorRoutes: RouteObject[] = [];
