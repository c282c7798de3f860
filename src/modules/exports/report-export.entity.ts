import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale } from '../users/user.entity';

export const EXPORT_KINDS = ['completion', 'overdue', 'certificates', 'competencies', 'transcripts'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_SEPARATORS = [',', ';'] as const;
export type ExportSeparator = (typeof EXPORT_SEPARATORS)[number];
export type ExportStatus = 'queued' | 'running' | 'ready' | 'failed';

/** Narrowing of the rows an export holds; each kind reads the ones it knows. */
export interface ExportFilters {
  courseId?: string;
  unitId?: string;
  /** certificates: only those lapsing within this many days (expired ones included). */
  expiringWithinDays?: number;
}

/** One requested export: queued by the API, written by the `export` job, removed after EXPORT_TTL_HOURS. */
@Entity('report_export')
export class ReportExport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  kind: ExportKind;

  @Column('text')
  format: ExportFormat;

  @Column('uuid')
  institutionId: string;

  @Column('uuid')
  requestedBy: string;

  @Column('jsonb')
  filters: ExportFilters;

  @Column('text')
  separator: ExportSeparator;

  /** The requester's language: the header row and course titles. */
  @Column('text')
  locale: Locale;

  @Column('text')
  status: ExportStatus;

  @Column('text', { nullable: true })
  failureReason: string | null;

  @Column('integer')
  rowsWritten: number;

  @Column('text', { nullable: true })
  fileKey: string | null;

  @Column('bigint', { nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  sizeBytes: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  startedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  finishedAt: Date | null;

  @Column('timestamptz')
  expiresAt: Date;
}
