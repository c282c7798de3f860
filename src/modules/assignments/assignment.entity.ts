import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ASSIGNMENT_TARGETS = ['users', 'unit', 'institution'] as const;
export type AssignmentTarget = (typeof ASSIGNMENT_TARGETS)[number];

/**
 * A course given to people with a due date. An assignment to a unit or an
 * institution stands: officers who join later are enrolled too.
 */
@Entity('assignment')
export class Assignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  courseId: string;

  @Column('text')
  target: AssignmentTarget;

  /** The institution assigned to, or of the unit; for a list of users, their institution when they share one. */
  @Column('uuid', { nullable: true })
  institutionId: string | null;

  @Column('uuid', { nullable: true })
  unitId: string | null;

  @Column('uuid', { array: true })
  userIds: string[];

  @Column('timestamptz')
  dueAt: Date;

  @Column('uuid')
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
