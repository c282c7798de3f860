import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GET /audit-events pages by (created_at, id) descending under each filter, so every
 * filter gets an index that ends in that order and a page is an index range scan.
 * Events written before every service named the institution get it from the entity
 * they are about, so institution admins see their whole history.
 */
export class AuditFilters1764650000000 implements MigrationInterface {
  name = 'AuditFilters1764650000000';

  async up(q: QueryRunner): Promise<void> {
    const backfill: [string, string][] = [
      ['user', `SELECT u.institution_id FROM "user" u WHERE u.id::text = e.entity_id`],
      ['assignment', `SELECT a.institution_id FROM assignment a WHERE a.id::text = e.entity_id`],
      ['enrollment', `SELECT n.institution_id FROM enrollment n WHERE n.id::text = e.entity_id`],
      ['attempt', `SELECT n.institution_id FROM attempt a JOIN enrollment n ON n.id = a.enrollment_id WHERE a.id::text = e.entity_id`],
      ['certificate', `SELECT c.institution_id FROM certificate c WHERE c.id::text = e.entity_id`],
      ['institution', `SELECT i.id FROM institution i WHERE i.id::text = e.entity_id`],
    ];
    for (const [entityType, source] of backfill) {
      await q.query(`UPDATE audit_event e SET institution_id = (${source}) WHERE e.institution_id IS NULL AND e.entity_type = $1`, [entityType]);
    }

    await q.query(`DROP INDEX audit_event_entity_idx`);
    await q.query(`DROP INDEX audit_event_institution_idx`);
    await q.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_event_institution_idx ON audit_event (institution_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_event_action_idx ON audit_event (action, created_at DESC, id DESC)`);
    // An institution admin's list is always scoped: by action, a rare one would otherwise walk the institution's whole history.
    await q.query(`CREATE INDEX audit_event_institution_action_idx ON audit_event (institution_id, action, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_event_institution_action_idx`);
    await q.query(`DROP INDEX audit_event_action_idx`);
    await q.query(`DROP INDEX audit_event_actor_idx`);
    await q.query(`DROP INDEX audit_event_institution_idx`);
    await q.query(`DROP INDEX audit_event_entity_idx`);
    await q.query(`CREATE INDEX audit_event_institution_idx ON audit_event (institution_id, created_at DESC)`);
    await q.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id)`);
  }
}
