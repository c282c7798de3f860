import type { ReportExport } from '../report-export.entity';

/** What a requester sees of an export; the download link only once it is ready. */
export function exportView(e: ReportExport, downloadUrl: string) {
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
