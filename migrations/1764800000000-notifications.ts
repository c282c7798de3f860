import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications and their e-mail. One row per (kind, subject, occurrence): the
 * subject is the enrollment or certificate a reminder is about (the coordinator for a
 * digest), the occurrence the week late for a weekly overdue reminder or the ISO week
 * of a digest (0 otherwise). The reminder jobs insert with ON CONFLICT DO NOTHING on
 * that key, so a replayed or concurrent run creates nothing twice and only rows it
 * really inserted get a send-email job.
 */
export class Notifications1764800000000 implements MigrationInterface {
  name = 'Notifications1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES "user" (id),
        institution_id uuid REFERENCES institution (id),
        kind text NOT NULL CHECK (kind IN ('due_soon', 'overdue', 'certificate_expiring_60', 'certificate_expiring_30', 'certificate_expired', 'coordinator_digest')),
        enrollment_id uuid REFERENCES enrollment (id),
        certificate_id uuid REFERENCES certificate (id),
        subject_id uuid NOT NULL GENERATED ALWAYS AS (COALESCE(enrollment_id, certificate_id, recipient_id)) STORED,
        occurrence integer NOT NULL DEFAULT 0,
        -- what the texts are rendered from, in the recipient's locale when read or mailed
        data jsonb NOT NULL,
        -- a path under PUBLIC_BASE_URL
        link text NOT NULL,
        read_at timestamptz,
        email_status text NOT NULL CHECK (email_status IN ('not_needed', 'pending', 'sent', 'failed')),
        email_sent_at timestamptz,
        email_attempts integer NOT NULL DEFAULT 0,
        email_error text,
        -- a run sending the mail holds it until then, without holding a database connection while it talks to the mail server
        email_lease_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notification_once_key UNIQUE (kind, subject_id, occurrence),
        CONSTRAINT notification_subject_present CHECK (
          CASE WHEN kind IN ('due_soon', 'overdue') THEN enrollment_id IS NOT NULL
               WHEN kind = 'coordinator_digest' THEN enrollment_id IS NULL AND certificate_id IS NULL
               ELSE certificate_id IS NOT NULL END),
        CONSTRAINT notification_sent_at CHECK ((email_status = 'sent') = (email_sent_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX notification_recipient_idx ON notification (recipient_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notification_unread_idx ON notification (recipient_id) WHERE read_at IS NULL`);
    // The reconciliation sweep's search for mail that should have gone: few rows at any time.
    await q.query(`CREATE INDEX notification_email_pending_idx ON notification (id) WHERE email_status = 'pending'`);
    // The reminder runs read open enrollments by due date across institutions, and certificates by expiry.
    await q.query(`CREATE INDEX enrollment_open_due_at_idx ON enrollment (due_at) WHERE status IN ('assigned', 'in_progress')`);
    await q.query(`CREATE INDEX certificate_lapsing_idx ON certificate (expires_at) WHERE status IN ('valid', 'expired')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX certificate_lapsing_idx`);
    await q.query(`DROP INDEX enrollment_open_due_at_idx`);
    await q.query(`DROP TABLE notification`);
  }
}
