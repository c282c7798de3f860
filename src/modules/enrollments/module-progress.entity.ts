import { Column, Entity, PrimaryColumn } from 'typeorm';
import { decimal } from '../../database/decimal.transformer';

export const PROGRESS_STATUSES = ['not_started', 'in_progress', 'completed'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** How far one enrollment is in one module of its pinned version. */
@Entity('module_progress')
export class ModuleProgress {
  @PrimaryColumn('uuid')
  enrollmentId: string;

  @PrimaryColumn('uuid')
  moduleId: string;

  @Column('text')
  status: ProgressStatus;

  @Column('timestamptz', { nullable: true })
  startedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  completedAt: Date | null;

  /** Best graded attempt of a quiz, in percent. */
  @Column('numeric', { nullable: true, transformer: decimal })
  bestPercent: number | null;
}
