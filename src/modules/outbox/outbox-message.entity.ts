import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Work committed with the row it concerns, waiting for the relay to hand it to BullMQ. */
@Entity('outbox')
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  queue: string;

  @Column('text')
  jobName: string;

  /** BullMQ job id; defaults to this row's id. Entity-derived ids (e.g. the attempt's) deduplicate repeated requests. */
  @Column('text', { nullable: true })
  jobId: string | null;

  @Column('jsonb')
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('integer')
  attempts: number;

  @Column('text', { nullable: true })
  lastError: string | null;
}
