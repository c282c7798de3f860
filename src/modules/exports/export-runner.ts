import { Inject, Injectable, Logger } from '@nestjs/common';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PoolClient, types } from 'pg';
import { DataSource } from 'typeorm';
import type { FileStorage } from '../../common/storage/file-storage';
import { FILE_STORAGE } from '../../common/storage/storage.module';
import { exportQuery } from './export-queries';
import { openSink } from './export-file';
import { ReportExport } from './report-export.entity';

/** Rows per FETCH from the cursor, and so per progress update: memory holds one batch. */
export const FETCH_ROWS = 5000;

const TIMESTAMPTZ_OID = 1184;
/** Timestamps as PostgreSQL's text (in the session's Warsaw time zone); every other type as pg parses it. */
const rawTimestamps = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ_OID ? (value: string) => value : types.getTypeParser(oid, format),
};

/** A failure with what the requester is told (the detail goes to the log only: it may name paths or SQL). */
class ExportFailure extends Error {
  constructor(
    readonly reason: string,
    override readonly cause: unknown,
  ) {
    super(`${reason}: ${(cause as Error)?.message ?? cause}`);
  }
}

type ClaimedExport = Pick<ReportExport, 'id' | 'kind' | 'format' | 'institutionId' | 'filters' | 'separator' | 'locale'>;

export const exportFileKey = (e: Pick<ReportExport, 'id' | 'format'>) => `exports/${e.id}.${e.format}`;

/**
 * Writes one export: claims it (queued or a half-written running one: a rerun starts
 * over), streams its rows from a server-side cursor into a temporary file, stores the
 * file, and marks the export ready. A ready or failed export is left alone, so a
 * replayed job does nothing.
 */
@Injectable()
export class ExportRunner {
  private readonly logger = new Logger(ExportRunner.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async run(exportId: string, lastAttempt: boolean): Promise<void> {
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [[claimed]]: [ClaimedExport[], number] = await this.dataSource.query(
      `UPDATE report_export SET status = 'running', started_at = now(), rows_written = 0, failure_reason = NULL
        WHERE id = $1 AND status IN ('queued', 'running') AND expires_at > now()
        RETURNING id, kind, format, institution_id AS "institutionId", filters, separator, locale`,
      [exportId],
    );
    if (!claimed) return;
    const dir = await mkdtemp(join(tmpdir(), 'mosty-export-'));
    try {
      const file = join(dir, `export.${claimed.format}`);
      const rows = await this.writeFile(claimed, file);
      const key = exportFileKey(claimed);
      await this.storage.putFile(key, file).catch((error) => {
        throw new ExportFailure('The file could not be stored', error);
      });
      const { size } = await stat(file);
      await this.dataSource.query(
        `UPDATE report_export SET status = 'ready', rows_written = $2, file_key = $3, size_bytes = $4, finished_at = now()
          WHERE id = $1 AND status = 'running'`,
        [claimed.id, rows, key, size],
      );
    } catch (error) {
      const failure = error instanceof ExportFailure ? error : new ExportFailure('The export could not be written', error);
      this.logger.warn(`Export ${claimed.id} (${claimed.kind}, ${claimed.format}): ${failure.message}`);
      // Earlier attempts leave it running: BullMQ retries, and the retry starts over.
      if (lastAttempt) {
        await this.dataSource.query(`UPDATE report_export SET status = 'failed', failure_reason = $2, finished_at = now() WHERE id = $1`, [
          claimed.id,
          failure.reason,
        ]);
      }
      throw failure;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /**
   * The rows through `DECLARE … CURSOR` and `FETCH`, in one read-only transaction on a
   * connection of its own, so one consistent snapshot is read however long it takes and
   * only one batch is in memory. Progress is written on another connection, visible at once.
   */
  private async writeFile(e: ClaimedExport, file: string): Promise<number> {
    const query = exportQuery(e.kind, e.institutionId, e.filters, e.locale);
    const sink = openSink(e.format, file, { columns: query.columns, locale: e.locale, separator: e.separator });
    const runner = this.dataSource.createQueryRunner();
    let rows = 0;
    let client: PoolClient | undefined;
    try {
      client = (await runner.connect()) as PoolClient;
      await client.query(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`);
      // Local times for the coordinator; every row is read, so no fast-start plan and no JIT (seconds at 500,000 rows),
      // and room to sort them in memory.
      await client.query(`SET LOCAL TimeZone = 'Europe/Warsaw'; SET LOCAL cursor_tuple_fraction = 1; SET LOCAL jit = off; SET LOCAL work_mem = '64MB'`);
      await client.query({ text: `DECLARE export_rows NO SCROLL CURSOR FOR ${query.sql}`, values: query.params }).catch((error) => {
        throw new ExportFailure('The rows could not be read', error);
      });
      for (;;) {
        const batch = await client.query<unknown[]>({ text: `FETCH ${FETCH_ROWS} FROM export_rows`, types: rawTimestamps, rowMode: 'array' }).catch((error) => {
          throw new ExportFailure('The rows could not be read', error);
        });
        // Cells by the columns' keys, whatever order the SELECT lists them in.
        const order = query.columns.map((c) => batch.fields.findIndex((f) => f.name === c.key));
        await sink.write(batch.rows.map((row) => order.map((i) => row[i])));
        rows += batch.rowCount ?? 0;
        if ((batch.rowCount ?? 0) < FETCH_ROWS) break;
        await this.dataSource.query(`UPDATE report_export SET rows_written = $2 WHERE id = $1 AND status = 'running'`, [e.id, rows]);
      }
      await client.query('COMMIT');
      await sink.close();
      return rows;
    } catch (error) {
      // The connection goes back to the pool: it must not stay in the failed transaction.
      await client?.query('ROLLBACK').catch(() => undefined);
      await sink.close().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
