import { MigrationInterface, QueryRunner } from 'typeorm';

/** Institutions, units, users, sessions, login throttling, audit events and the outbox. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE institution (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        type text NOT NULL CHECK (type IN ('police', 'municipal_guard', 'border_guard', 'social_services', 'other')),
        code text NOT NULL CHECK (code ~ '^[A-Za-z0-9_-]{1,40}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX institution_code_key ON institution (lower(code))`);

    await q.query(`
      CREATE TABLE unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        institution_id uuid NOT NULL REFERENCES institution (id),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        code text NOT NULL CHECK (code ~ '^[A-Za-z0-9_-]{1,40}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT unit_id_institution_key UNIQUE (id, institution_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX unit_institution_code_key ON unit (institution_id, lower(code))`);

    await q.query(`
      CREATE TABLE "user" (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        full_name text NOT NULL CHECK (length(btrim(full_name)) > 0),
        role text NOT NULL CHECK (role IN ('officer', 'trainer', 'institution_admin', 'admin')),
        institution_id uuid REFERENCES institution (id),
        unit_id uuid,
        locale text NOT NULL DEFAULT 'pl' CHECK (locale IN ('pl', 'en', 'uk')),
        active boolean NOT NULL DEFAULT true,
        password_hash text,
        password_changed_at timestamptz,
        deactivated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_email_key UNIQUE (email),
        -- a unit always belongs to the user's own institution
        CONSTRAINT user_unit_fkey FOREIGN KEY (unit_id, institution_id) REFERENCES unit (id, institution_id),
        CONSTRAINT user_institution_required CHECK (role IN ('admin', 'trainer') OR institution_id IS NOT NULL),
        CONSTRAINT user_admin_has_no_institution CHECK (role <> 'admin' OR institution_id IS NULL)
      )`);
    await q.query(`CREATE INDEX user_institution_idx ON "user" (institution_id, unit_id)`);
    await q.query(`CREATE INDEX user_role_idx ON "user" (role) WHERE role = 'admin'`);

    await q.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES "user" (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text,
        user_agent text,
        ip text
      )`);
    await q.query(`CREATE INDEX auth_session_user_idx ON auth_session (user_id) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES auth_session (id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX refresh_token_session_idx ON refresh_token (session_id)`);

    await q.query(`
      CREATE TABLE login_throttle (
        email text PRIMARY KEY,
        failures integer NOT NULL DEFAULT 0,
        window_started_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz
      )`);

    await q.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        actor_id uuid REFERENCES "user" (id),
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        institution_id uuid REFERENCES institution (id),
        before jsonb,
        after jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_event_created_idx ON audit_event (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id)`);
    await q.query(`CREATE INDEX audit_event_institution_idx ON audit_event (institution_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        queue text NOT NULL,
        job_name text NOT NULL,
        job_id text,
        payload jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`CREATE INDEX outbox_created_idx ON outbox (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['outbox', 'audit_event', 'login_throttle', 'refresh_token', 'auth_session', '"user"', 'unit', 'institution']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
