import type { InstitutionType } from '../institutions/institution.entity';
import type { LocalizedText, QuestionDefinition } from '../questions/question-definition';
import { SAFE_REVIEW_TIMING } from './course-module.entity';
import type { MediaLink, ModuleKind, QuizSettings } from './course-module.entity';

/** A question as frozen into a version: its id, the question version, and the whole definition with the answer key. */
export type SnapshotQuestion = QuestionDefinition & { id: string; version: number };

export interface SnapshotQuiz extends Omit<QuizSettings, 'questionIds' | 'draws'> {
  questions: SnapshotQuestion[];
  draws: { bankId: string; tag?: string; count: number; candidates: SnapshotQuestion[] }[];
}

export interface SnapshotModule {
  /** The draft module's id: stable across versions, so progress can refer to it. */
  id: string;
  kind: ModuleKind;
  position: number;
  title: LocalizedText;
  body?: LocalizedText;
  media: MediaLink[];
  minStudySeconds: number;
  quiz?: SnapshotQuiz;
}

/** Everything an enrollment pinned to this version needs, independent of later edits. */
export interface CourseSnapshot {
  title: LocalizedText;
  description: LocalizedText | null;
  audience: InstitutionType[];
  certificateValidityMonths: number | null;
  modules: SnapshotModule[];
}

/**
 * A snapshot as read from the database, with the settings added since it was frozen: versions never
 * change, so a quiz frozen before review timing existed gets the safe one (see the QuizReviewAfter migration).
 */
export function withCurrentDefaults(snapshot: CourseSnapshot): CourseSnapshot {
  for (const m of snapshot.modules) if (m.quiz) m.quiz.reviewAfter ??= SAFE_REVIEW_TIMING;
  return snapshot;
}
