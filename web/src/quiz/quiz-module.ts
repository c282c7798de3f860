import { api, data } from '../api/client';
import type { LocalizedText } from './types';

/**
 * GET /enrollments/:id/modules/:moduleId for a quiz: its public settings. The route has no
 * response schema in the OpenAPI document yet (the enrollments module's), so its shape is written here.
 */
export interface QuizModuleContent {
  id: string;
  kind: 'lesson' | 'quiz';
  title: LocalizedText;
  body: LocalizedText | null;
  status: string;
  bestPercent?: number | null;
  quiz?: { passMarkPercent: number; maxAttempts: number | null; timeLimitSeconds: number | null; reviewPolicy: string; questionCount: number };
}

export async function fetchQuizModule(enrollmentId: string, moduleId: string): Promise<QuizModuleContent> {
  const result = await api.GET('/api/v1/enrollments/{id}/modules/{moduleId}', { params: { path: { id: enrollmentId, moduleId } } });
  return data(result as { data?: unknown }) as QuizModuleContent;
}
