import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { QuestionDefinition, QuestionType } from './question-definition';

@Entity('question')
export class Question {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Insertion order within the database (an identity column): files keep their order. */
  @Column({ type: 'bigint', select: false, insert: false, update: false })
  seq: string;

  @Column('uuid')
  bankId: string;

  @Column('text')
  type: QuestionType;

  @Column('text', { nullable: true })
  name: string | null;

  /** The whole definition, answer key included; never sent to trainees as it is. */
  @Column('jsonb')
  definition: QuestionDefinition;

  /** Copied from the definition so that draws can filter by competency with an index. */
  @Column('text', { array: true })
  tags: string[];

  /** Counts edits; a published course version records the version it froze. */
  @Column('integer')
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
