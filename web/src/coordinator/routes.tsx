import type { RouteObject } from 'react-router';
import { lazyPage } from '../common/lazyPage';

/** The institution admin's pages: dashboard, people and units, assigning, exports — loaded when opened. */
export const coordinatorRoutes: RouteObject[] = [
  { path: 'dashboard', element: lazyPage(async () => (await import('./Dashboard')).Dashboard) },
  { path: 'people', element: lazyPage(async () => (await import('./People')).People) },
  { path: 'people/new', element: lazyPage(async () => (await import('./NewPerson')).NewPerson) },
  { path: 'people/import', element: lazyPage(async () => (await import('./RosterImport')).RosterImport) },
  { path: 'people/:id', element: lazyPage(async () => (await import('./PersonDetail')).PersonDetail) },
  { path: 'units', element: lazyPage(async () => (await import('./Units')).Units) },
  { path: 'assign', element: lazyPage(async () => (await import('./Assign')).Assign) },
  { path: 'exports', element: lazyPage(async () => (await import('./Exports')).Exports) },
];
