import type { RouteObject } from 'react-router';

/**
 * A trainer's courses: their modules, lessons, quiz settings, publishing, versions and errata.
 * Loaded when first opened (the editors and the Markdown renderer stay out of an officer's first load).
 */
export const authoringRoutes: RouteObject[] = [
  { path: 'authoring/courses', lazy: async () => ({ Component: (await import('./CourseList')).CourseList }) },
  { path: 'authoring/courses/:courseId', lazy: async () => ({ Component: (await import('./CourseEditor')).CourseEditor }) },
  { path: 'authoring/courses/:courseId/modules/:moduleId', lazy: async () => ({ Component: (await import('./ModuleEditor')).ModuleEditor }) },
  { path: 'authoring/courses/:courseId/versions/:version', lazy: async () => ({ Component: (await import('./VersionPage')).VersionPage }) },
];
