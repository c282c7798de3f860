import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { decimal } from '../../database/decimal.transformer';
import type { AttemptAnswer } from './attempt-answer';
import type { AttemptLayout } from './attempt-layout';

export const ATTEMPT_STATUSES = ['in_progress', 'submitted', 'graded', 'needs_review'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/** The score of one question of a graded attempt. */
export interface QuestionResult {
  questionId: string;
  points: number;
  maxPoints: number;
  /** An essay waiting for a trainer. */
  needsReview: boolean;
  comment?: string;
  gradedBy?: string;
}

@Entity('attempt')
export class Attempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  enrollmentId: string;

  @Column('uuid')
  moduleId: string;

  @Column('uuid')
  userId: string;

  /** The course version the attempt was taken on: it stays when its enrollment moves to a newer one. */
  @Column('integer')
  courseVersion: number;

  /** 1 for the first attempt at this quiz. */
  @Column('integer')
  number: number;

  @Column('text')
  status: AttemptStatus;

  /** The seed the draw and shuffle were made with. */
  @Column('text')
  seed: string;

  /** The questions drawn, in the order shown, with the opaque ids their choices were given. */
  @Column('jsonb')
  layout: AttemptLayout;

  /** Saved answers by question id. */
  @Column('jsonb')
  answers: Record<string, AttemptAnswer>;

  @Column('timestamptz', { nullable: true })
  answersSavedAt: Date | null;

  @Column('timestamptz')
  startedAt: Date;

  @Column('timestamptz', { nullable: true })
  deadlineAt: Date | null;

  @Column('timestamptz', { nullable: true })
  submittedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  gradedAt: Date | null;

  @Column('jsonb', { nullable: true })
  results: QuestionResult[] | null;

  @Column('numeric', { nullable: true, transformer: decimal })
  score: number | null;

  @Column('numeric', { nullable: true, transformer: decimal })
  maxScore: number | null;

  @Column('numeric', { nullable: true, transformer: decimal })
  percent: number | null;

  @Column('boolean', { nullable: true })
  passed: boolean | null;
}
