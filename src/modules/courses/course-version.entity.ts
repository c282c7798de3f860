import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CourseSnapshot } from './course-snapshot';

/** An immutable, numbered publication of a course (a database trigger refuses updates and deletes). */
@Entity('course_version')
export class CourseVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  courseId: string;

  @Column('integer')
  version: number;

  @Column('jsonb')
  snapshot: CourseSnapshot;

  @Column('uuid')
  publishedBy: string;

  @Column('timestamptz')
  publishedAt: Date;
}
