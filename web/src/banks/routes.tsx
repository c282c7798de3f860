import type { RouteObject } from 'react-router';

/** A trainer's question banks: the nine question types, tags, preview, import and export. */
export const bankRoutes: RouteObject[] = [];
