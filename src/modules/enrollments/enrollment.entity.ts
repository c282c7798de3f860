import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Stored states; `overdue` is derived from dueAt when read. */
export const ENROLLMENT_STATUSES = ['assigned', 'in_progress', 'completed', 'expired'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

/** One person taking one course, pinned to the course version that was current when they were enrolled. */
@Entity('enrollment')
export class Enrollment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @Column('uuid')
  courseId: string;

  @Column('integer')
  courseVersion: number;

  @Column('uuid')
  assignmentId: string;

  /** The person's institution when enrolled, for scoping and reports. */
  @Column('uuid', { nullable: true })
  institutionId: string | null;

  @Column('text')
  status: EnrollmentStatus;

  @Column('timestamptz')
  dueAt: Date;

  @Column('timestamptz', { nullable: true })
  startedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  completedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  expiredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
