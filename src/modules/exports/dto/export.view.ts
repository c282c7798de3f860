import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EXPORT_FORMATS, EXPORT_KINDS, EXPORT_SEPARATORS, type ExportFormat, type ExportKind, type ExportSeparator, type ExportStatus, type ReportExport } from '../report-export.entity';
import { ExportFiltersDto } from './create-export.dto';

/** The OpenAPI shape of exportView. */
export class ExportView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: EXPORT_KINDS }) kind: ExportKind;
  @ApiProperty({ enum: EXPORT_FORMATS }) format: ExportFormat;
  @ApiProperty({ format: 'uuid' }) institutionId: string;
  @ApiProperty({ type: () => ExportFiltersDto }) filters: ExportFiltersDto;
  @ApiPropertyOptional({ enum: EXPORT_SEPARATORS, description: 'CSV only' }) separator?: ExportSeparator;
  @ApiProperty({ enum: ['queued', 'running', 'ready', 'failed'] }) status: ExportStatus;
  @ApiProperty({ description: 'Rows written so far' }) rows: number;
  @ApiPropertyOptional() sizeBytes?: number;
  @ApiPropertyOptional() failureReason?: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ format: 'date-time' }) startedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) finishedAt?: string;
  @ApiProperty({ format: 'date-time', description: 'The file is removed after this' }) expiresAt: string;
  @ApiPropertyOptional({ description: 'Once ready' }) downloadUrl?: string;
}

/** What a requester sees of an export; the download link only once it is ready. */
export function exportView(e: ReportExport, downloadUrl: string): ExportView {
  return {
    id: e.id,
    kind: e.kind,
    format: e.format,
    institutionId: e.institutionId,
    filters: e.filters,
    separator: e.format === 'csv' ? e.separator : undefined,
    status: e.status,
    rows: e.rowsWritten,
    sizeBytes: e.sizeBytes ?? undefined,
    failureReason: e.failureReason ?? undefined,
    createdAt: e.createdAt.toISOString(),
    startedAt: e.startedAt?.toISOString(),
    finishedAt: e.finishedAt?.toISOString(),
    expiresAt: e.expiresAt.toISOString(),
    downloadUrl: e.status === 'ready' ? downloadUrl : undefined,
  };
}

/** `completion-KMP-2026-12-04.csv`: what the file is, of which institution, from when. */
export function exportFileName(e: Pick<ReportExport, 'kind' | 'format' | 'createdAt'>, institutionCode: string): string {
  const safeCode = institutionCode.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `${e.kind}-${safeCode}-${e.createdAt.toISOString().slice(0, 10)}.${e.format}`;
}
