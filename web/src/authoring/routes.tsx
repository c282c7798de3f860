import type { RouteObject } from 'react-router';
import { CourseEditor } from './CourseEditor';
import { CourseList } from './CourseList';
import { ModuleEditor } from './ModuleEditor';
import { VersionPage } from './VersionPage';

/** A trainer's courses: their modules, lessons, quiz settings, publishing, versions and errata. */
export const authoringRoutes: RouteObject[] = [
  { path: 'authoring/courses', element: <CourseList /> },
  { path: 'authoring/courses/:courseId', element: <CourseEditor /> },
  { path: 'authoring/courses/:courseId/modules/:moduleId', element: <ModuleEditor /> },
  { path: 'authoring/courses/:courseId/versions/:version', element: <VersionPage /> },
];
