import type { RouteObject } from 'react-router';

/**
 * A trainer's question banks: the nine question types, tags, preview, import and export.
 * Loaded on first visit, so an officer's first page does not carry the editor.
 */
export const bankRoutes: RouteObject[] = [
  { path: 'banks', lazy: async () => ({ Component: (await import('./BankList')).BankList }) },
  { path: 'banks/:bankId', lazy: async () => ({ Component: (await import('./BankPage')).BankPage }) },
  { path: 'banks/:bankId/import', lazy: async () => ({ Component: (await import('./ImportPage')).ImportPage }) },
  { path: 'banks/:bankId/questions/new', lazy: async () => ({ Component: (await import('./QuestionEditor')).QuestionEditorPage }) },
  { path: 'banks/:bankId/questions/:questionId', lazy: async () => ({ Component: (await import('./QuestionEditor')).QuestionEditorPage }) },
];
