import type { RouteObject } from 'react-router';
import { Assign } from './Assign';
import { Dashboard } from './Dashboard';
import { Exports } from './Exports';
import { NewPerson } from './NewPerson';
import { People } from './People';
import { PersonDetail } from './PersonDetail';
import { RosterImport } from './RosterImport';
import { Units } from './Units';

/** The institution admin's pages: dashboard, people and units, assigning, exports. */
export const coordinatorRoutes: RouteObject[] = [
  { path: 'dashboard', element: <Dashboard /> },
  { path: 'people', element: <People /> },
  { path: 'people/new', element: <NewPerson /> },
  { path: 'people/import', element: <RosterImport /> },
  { path: 'people/:id', element: <PersonDetail /> },
  { path: 'units', element: <Units /> },
  { path: 'assign', element: <Assign /> },
  { path: 'exports', element: <Exports /> },
];
