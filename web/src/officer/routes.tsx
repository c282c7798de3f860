import type { RouteObject } from 'react-router';
import { lazyPage } from '../common/lazyPage';
import { CoursePage } from './CoursePage';
import { MyTraining } from './MyTraining';
import { NotificationsPage } from './NotificationsPage';

/**
 * An officer's own pages: their training, courses and lessons, certificates, notifications.
 * Markdown and QR codes are only needed on the lesson and certificate pages: they load with them.
 */
export const officerRoutes: RouteObject[] = [
  { path: 'training', element: <MyTraining /> },
  { path: 'training/:enrollmentId', element: <CoursePage /> },
  { path: 'training/:enrollmentId/lesson/:moduleId', element: lazyPage(async () => (await import('./LessonPage')).LessonPage) },
  { path: 'certificates', element: lazyPage(async () => (await import('./CertificatesPage')).CertificatesPage) },
  { path: 'notifications', element: <NotificationsPage /> },
];
