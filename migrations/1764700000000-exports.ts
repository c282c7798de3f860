import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Streamed exports (CSV/XLSX) of an institution's report rows: one row per export,
 * written by the API (queued) and advanced by the `export` job; the `expire-exports`
 * job deletes files and rows past `expires_at`.
 */
export class Exports1764700000000 implements MigrationInterface {
  name = 'Exports1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_export (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('completion', 'overdue', 'certificates', 'competencies', 'transcripts')),
        format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
        institution_id uuid NOT NULL REFERENCES institution (id),
        requested_by uuid NOT NULL REFERENCES "user" (id),
        filters jsonb NOT NULL DEFAULT '{}',
        separator text NOT NULL DEFAULT ',' CHECK (separator IN (',', ';')),
        locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('pl', 'en', 'uk')),
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'ready', 'failed')),
        failure_reason text,
        rows_written integer NOT NULL DEFAULT 0,
        file_key text,
        size_bytes bigint,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        expires_at timestamptz NOT NULL,
        CONSTRAINT report_export_ready_has_file CHECK (status <> 'ready' OR file_key IS NOT NULL)
      )`);
    // The reconciliation sweep finds exports still queued or running; the expiry job finds those past their time.
    await q.query(`CREATE INDEX report_export_unfinished_idx ON report_export (id) INCLUDE (created_at, started_at) WHERE status IN ('queued', 'running')`);
    await q.query(`CREATE INDEX report_export_expires_idx ON report_export (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_export`);
  }
}
