import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { QuestionDefinition } from '../questions/question-definition';

/**
 * A correction of one question's answer key in a published version. The version
 * row itself never changes; grading reads the snapshot with its errata applied,
 * newest last.
 */
@Entity('course_version_erratum')
export class CourseVersionErratum {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  courseId: string;

  @Column('integer')
  version: number;

  @Column('uuid')
  questionId: string;

  @Column('jsonb')
  definition: QuestionDefinition;

  @Column('text')
  reason: string;

  @Column('uuid')
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
