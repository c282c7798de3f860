import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const NOTIFICATION_KINDS = ['due_soon', 'overdue', 'certificate_expiring_60', 'certificate_expiring_30', 'certificate_expired', 'coordinator_digest'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** not_needed: in-app only (no SMTP_URL); failed: the mail server refused it for good (5xx), see emailError. */
export type EmailStatus = 'not_needed' | 'pending' | 'sent' | 'failed';

/** One reminder or digest for one person, shown in the app and, where SMTP is configured, mailed once. */
@Entity('notification')
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  recipientId: string;

  @Column('uuid', { nullable: true })
  institutionId: string | null;

  @Column('text')
  kind: NotificationKind;

  @Column('uuid', { nullable: true })
  enrollmentId: string | null;

  @Column('uuid', { nullable: true })
  certificateId: string | null;

  @Column('integer')
  occurrence: number;

  /** What the texts are rendered from (see notification-texts.ts). */
  @Column('jsonb')
  data: Record<string, unknown>;

  /** A path under PUBLIC_BASE_URL. */
  @Column('text')
  link: string;

  @Column('timestamptz', { nullable: true })
  readAt: Date | null;

  @Column('text')
  emailStatus: EmailStatus;

  @Column('timestamptz', { nullable: true })
  emailSentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
