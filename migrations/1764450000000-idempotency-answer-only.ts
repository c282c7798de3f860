import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An idempotency key is now stored in the same transaction as its request's effects,
 * together with the answer, so a row always holds a stored (2xx) answer. Placeholders
 * (status 0) that requests in flight under the earlier scheme left behind are dropped.
 */
export class IdempotencyAnswerOnly1764450000000 implements MigrationInterface {
  name = 'IdempotencyAnswerOnly1764450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM idempotency_key WHERE status_code = 0`);
    await q.query(`ALTER TABLE idempotency_key ADD CONSTRAINT idempotency_key_answered CHECK (status_code BETWEEN 200 AND 299)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_answered`);
  }
}
