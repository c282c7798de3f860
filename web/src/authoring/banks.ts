import { api } from '../api/client';
import type { LocalizedText } from './api';

/*
 * GET /question-banks and GET /question-banks/:id/questions have no response schema in
 * OpenAPI yet (the question-bank pages add it); until then, the few fields quiz settings
 * read are named here.
 */
export interface BankSummary {
  id: string;
  name: string;
  questionCount: number;
}

export interface BankQuestion {
  id: string;
  type: string;
  name?: string;
  prompt: LocalizedText;
  points: number;
  tags?: string[];
}

export async function fetchBanks(): Promise<BankSummary[]> {
  const result = await api.GET('/api/v1/question-banks', { params: { query: { limit: 100 } } });
  return (result.data as unknown as { items: BankSummary[] }).items;
}

export async function fetchBankQuestions(bankId: string): Promise<BankQuestion[]> {
  const result = await api.GET('/api/v1/question-banks/{id}/questions', { params: { path: { id: bankId }, query: { limit: 100 } } });
  return (result.data as unknown as { items: BankQuestion[] }).items;
}

/** Every competency tag the bank's questions carry, sorted. */
export const tagsOf = (questions: BankQuestion[]) => [...new Set(questions.flatMap((q) => q.tags ?? []))].sort();
