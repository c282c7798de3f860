import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedText } from '../questions/question-definition';

export const CERTIFICATE_STATUSES = ['valid', 'expired', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/**
 * What an officer shows a superior or an auditor. The holder's name, the course
 * title and the institution are frozen at issuance, as printed on the PDF.
 */
@Entity('certificate')
export class Certificate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  enrollmentId: string;

  @Column('uuid')
  userId: string;

  @Column('uuid')
  courseId: string;

  @Column('integer')
  courseVersion: number;

  @Column('uuid', { nullable: true })
  institutionId: string | null;

  /** Human number, MOS-YYYY-NNNNNN. */
  @Column('text')
  number: string;

  /** 128 random bits, base64url: the key of the public verification page. */
  @Column('text')
  verificationCode: string;

  @Column('text')
  holderName: string;

  @Column('jsonb')
  courseTitle: LocalizedText;

  @Column('text', { nullable: true })
  institutionName: string | null;

  @Column('text', { array: true })
  competencies: string[];

  @Column('timestamptz')
  issuedAt: Date;

  /** null: never expires. */
  @Column('timestamptz', { nullable: true })
  expiresAt: Date | null;

  @Column('text')
  status: CertificateStatus;

  @Column('timestamptz', { nullable: true })
  expiredAt: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @Column('uuid', { nullable: true })
  revokedBy: string | null;

  @Column('text', { nullable: true })
  revokedReason: string | null;

  /** Storage key of the rendered PDF; null until the worker has rendered it. */
  @Column('text', { nullable: true })
  pdfKey: string | null;

  @Column('timestamptz', { nullable: true })
  pdfRenderedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** The status as of now: a valid certificate past its expiry reads as expired even before the daily job marks it. */
export function currentStatus(c: Pick<Certificate, 'status' | 'expiresAt'>, now = new Date()): CertificateStatus {
  return c.status === 'valid' && c.expiresAt && c.expiresAt <= now ? 'expired' : c.status;
}
