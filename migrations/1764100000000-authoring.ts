import { MigrationInterface, QueryRunner } from 'typeorm';

/** Question banks and questions, courses with their draft modules, and immutable published versions. */
export class Authoring1764100000000 implements MigrationInterface {
  name = 'Authoring1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE question_bank (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        owner_id uuid NOT NULL REFERENCES "user" (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- insertion order: an imported file keeps its order even inside one transaction
        seq bigint GENERATED ALWAYS AS IDENTITY,
        bank_id uuid NOT NULL REFERENCES question_bank (id) ON DELETE CASCADE,
        type text NOT NULL CHECK (type IN ('single_choice', 'multiple_choice', 'true_false', 'short_answer', 'numeric',
                                           'matching', 'ordering', 'essay', 'scenario')),
        name text,
        definition jsonb NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX question_bank_idx ON question (bank_id, seq)`);
    await q.query(`CREATE INDEX question_tags_idx ON question USING gin (tags)`);

    await q.query(`
      CREATE TABLE course (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES "user" (id),
        title jsonb NOT NULL,
        description jsonb,
        audience text[] NOT NULL,
        certificate_validity_months integer CHECK (certificate_validity_months > 0),
        current_version integer NOT NULL DEFAULT 0,
        published_at timestamptz,
        archived_at timestamptz,
        draft_updated_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE course_module (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('lesson', 'quiz')),
        position integer NOT NULL CHECK (position >= 1),
        title jsonb NOT NULL,
        body jsonb,
        media jsonb NOT NULL DEFAULT '[]',
        min_study_seconds integer NOT NULL DEFAULT 0 CHECK (min_study_seconds >= 0),
        quiz jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT course_module_quiz_settings CHECK ((kind = 'quiz') = (quiz IS NOT NULL)),
        -- deferred so that a reorder may pass through duplicate positions inside its transaction
        CONSTRAINT course_module_position_key UNIQUE (course_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);

    await q.query(`
      CREATE TABLE course_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES course (id),
        version integer NOT NULL CHECK (version >= 1),
        snapshot jsonb NOT NULL,
        published_by uuid NOT NULL REFERENCES "user" (id),
        published_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT course_version_key UNIQUE (course_id, version)
      )`);
    // A published version is a fact: enrollments and grades are pinned to it.
    await q.query(`
      CREATE FUNCTION course_version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'course_version rows are immutable' USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await q.query(`
      CREATE TRIGGER course_version_immutable BEFORE UPDATE OR DELETE ON course_version
      FOR EACH ROW EXECUTE FUNCTION course_version_is_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE course_version`);
    await q.query(`DROP FUNCTION course_version_is_immutable`);
    for (const table of ['course_module', 'course', 'question', 'question_bank']) await q.query(`DROP TABLE ${table}`);
  }
}
