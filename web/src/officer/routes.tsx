import type { RouteObject } from 'react-router';
import { MyTraining } from './MyTraining';

/** An officer's own pages: their training, courses and lessons, certificates, notifications. */
export const officerRoutes: RouteObject[] = [{ path: 'training', element: <MyTraining /> }];
