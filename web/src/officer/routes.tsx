import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../common/ErrorMessage';
import { CoursePage } from './CoursePage';
import { MyTraining } from './MyTraining';
import { NotificationsPage } from './NotificationsPage';

// Markdown and QR codes are only needed on these two pages: they load with them, not with the app.
const LessonPage = lazy(async () => ({ default: (await import('./LessonPage')).LessonPage }));
const CertificatesPage = lazy(async () => ({ default: (await import('./CertificatesPage')).CertificatesPage }));

/** An officer's own pages: their training, courses and lessons, certificates, notifications. */
export const officerRoutes: RouteObject[] = [
  { path: 'training', element: <MyTraining /> },
  { path: 'training/:enrollmentId', element: <CoursePage /> },
  {
    path: 'training/:enrollmentId/lesson/:moduleId',
    element: (
      <Suspense fallback={<Loading />}>
        <LessonPage />
      </Suspense>
    ),
  },
  {
    path: 'certificates',
    element: (
      <Suspense fallback={<Loading />}>
        <CertificatesPage />
      </Suspense>
    ),
  },
  { path: 'notifications', element: <NotificationsPage /> },
];
