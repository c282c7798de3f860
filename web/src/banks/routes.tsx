import type { RouteObject } from 'react-router';
import { BankList } from './BankList';
import { BankPage } from './BankPage';
import { ImportPage } from './ImportPage';
import { QuestionEditorPage } from './QuestionEditor';

/** A trainer's question banks: the nine question types, tags, preview, import and export. */
export const bankRoutes: RouteObject[] = [
  { path: 'banks', element: <BankList /> },
  { path: 'banks/:bankId', element: <BankPage /> },
  { path: 'banks/:bankId/import', element: <ImportPage /> },
  { path: 'banks/:bankId/questions/new', element: <QuestionEditorPage /> },
  { path: 'banks/:bankId/questions/:questionId', element: <QuestionEditorPage /> },
];
