import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per attempt an erratum regrades, written with the erratum; the regrade
 * job stamps `regraded_at`. The author's page counts them to show the regrade's progress.
 */
export class ErratumRegrades1765000000000 implements MigrationInterface {
  name = 'ErratumRegrades1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE erratum_regrade (
        erratum_id uuid NOT NULL REFERENCES course_version_erratum(id) ON DELETE CASCADE,
        attempt_id uuid NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,
        regraded_at timestamptz,
        PRIMARY KEY (erratum_id, attempt_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE erratum_regrade`);
  }
}
