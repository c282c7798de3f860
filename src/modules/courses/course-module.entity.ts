import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedText } from '../questions/question-definition';

export const MODULE_KINDS = ['lesson', 'quiz'] as const;
export type ModuleKind = (typeof MODULE_KINDS)[number];

export const REVIEW_POLICIES = ['score', 'responses', 'correct_answers'] as const;
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number];

/**
 * When a trainee may see the review of a submitted attempt (Moodle's review timing). The answers given and
 * the correct ones are shown: after each attempt; once no attempt is left or one passed; once the due date passed.
 */
export const REVIEW_TIMINGS = ['each_attempt', 'last_attempt_or_pass', 'due_date'] as const;
export type ReviewTiming = (typeof REVIEW_TIMINGS)[number];
/** For quizzes saved before the setting existed, and when an author gives none: no key while an attempt is left. */
export const SAFE_REVIEW_TIMING: ReviewTiming = 'last_attempt_or_pass';

export interface MediaLink {
  url: string;
  title?: string;
}

export interface QuestionDraw {
  bankId: string;
  tag?: string;
  count: number;
}

export interface QuizSettings {
  passMarkPercent: number;
  /** null: unlimited. */
  maxAttempts: number | null;
  timeLimitSeconds: number | null;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  /** What a trainee sees after submitting. */
  reviewPolicy: ReviewPolicy;
  /** When the review becomes visible. */
  reviewAfter: ReviewTiming;
  /** Fixed questions, in order. */
  questionIds: string[];
  /** Random questions drawn per attempt from a bank, optionally by competency tag. */
  draws: QuestionDraw[];
}

@Entity('course_module')
export class CourseModule {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  courseId: string;

  @Column('text')
  kind: ModuleKind;

  /** 1-based order within the course. */
  @Column('integer')
  position: number;

  @Column('jsonb')
  title: LocalizedText;

  /** Lesson text in Markdown. */
  @Column('jsonb', { nullable: true })
  body: LocalizedText | null;

  @Column('jsonb')
  media: MediaLink[];

  @Column('integer')
  minStudySeconds: number;

  @Column('jsonb', { nullable: true })
  quiz: QuizSettings | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
