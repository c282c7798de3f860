import { MigrationInterface, QueryRunner } from 'typeorm';

/** Certificates: one per completed enrollment, numbered from a sequence, verifiable by an unguessable code. */
export class Certificates1764300000000 implements MigrationInterface {
  name = 'Certificates1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE certificate_number_seq`);
    await q.query(`
      CREATE TABLE certificate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enrollment_id uuid NOT NULL REFERENCES enrollment (id),
        user_id uuid NOT NULL REFERENCES "user" (id),
        course_id uuid NOT NULL REFERENCES course (id),
        course_version integer NOT NULL,
        institution_id uuid REFERENCES institution (id),
        number text NOT NULL,
        verification_code text NOT NULL CHECK (length(verification_code) >= 22),
        holder_name text NOT NULL,
        course_title jsonb NOT NULL,
        institution_name text,
        competencies text[] NOT NULL DEFAULT '{}',
        issued_at timestamptz NOT NULL,
        expires_at timestamptz,
        status text NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'expired', 'revoked')),
        expired_at timestamptz,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES "user" (id),
        revoked_reason text,
        pdf_key text,
        pdf_rendered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- a replayed issuance job finds this and changes nothing
        CONSTRAINT certificate_enrollment_key UNIQUE (enrollment_id),
        CONSTRAINT certificate_number_key UNIQUE (number),
        CONSTRAINT certificate_verification_code_key UNIQUE (verification_code),
        CONSTRAINT certificate_revocation_complete CHECK (status <> 'revoked' OR (revoked_at IS NOT NULL AND revoked_reason IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX certificate_user_idx ON certificate (user_id, issued_at DESC)`);
    await q.query(`CREATE INDEX certificate_institution_idx ON certificate (institution_id, expires_at)`);
    await q.query(`CREATE INDEX certificate_expiry_idx ON certificate (expires_at) WHERE status = 'valid'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE certificate`);
    await q.query(`DROP SEQUENCE certificate_number_seq`);
  }
}
