import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { InstitutionType } from '../institutions/institution.entity';
import type { LocalizedText } from '../questions/question-definition';

/** The draft a trainer edits; publishing freezes it into a CourseVersion. */
@Entity('course')
export class Course {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ownerId: string;

  @Column('jsonb')
  title: LocalizedText;

  @Column('jsonb', { nullable: true })
  description: LocalizedText | null;

  /** Institution types the course is meant for. */
  @Column('text', { array: true })
  audience: InstitutionType[];

  /** null: the certificate never expires. */
  @Column('integer', { nullable: true })
  certificateValidityMonths: number | null;

  /** 0 until the first publish. */
  @Column('integer')
  currentVersion: number;

  @Column('timestamptz', { nullable: true })
  publishedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  archivedAt: Date | null;

  /** Last change to the draft (course fields or modules), to tell whether it differs from the published version. */
  @Column('timestamptz')
  draftUpdatedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
