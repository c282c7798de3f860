import { MigrationInterface, QueryRunner } from 'typeorm';

/** Assignments, enrollments with module progress, quiz attempts, errata of published versions, idempotency keys. */
export class TakingCourses1764200000000 implements MigrationInterface {
  name = 'TakingCourses1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES course (id),
        target text NOT NULL CHECK (target IN ('users', 'unit', 'institution')),
        institution_id uuid REFERENCES institution (id),
        unit_id uuid REFERENCES unit (id),
        user_ids uuid[] NOT NULL DEFAULT '{}',
        due_at timestamptz NOT NULL,
        created_by uuid NOT NULL REFERENCES "user" (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT assignment_target_shape CHECK (
          (target = 'users' AND unit_id IS NULL AND cardinality(user_ids) > 0) OR
          (target = 'unit' AND unit_id IS NOT NULL AND institution_id IS NOT NULL) OR
          (target = 'institution' AND unit_id IS NULL AND institution_id IS NOT NULL))
      )`);
    // Later joiners: the standing assignments of a unit or institution are looked up by their target.
    await q.query(`CREATE INDEX assignment_institution_idx ON assignment (institution_id, unit_id) WHERE target <> 'users'`);
    await q.query(`CREATE INDEX assignment_course_idx ON assignment (course_id)`);

    await q.query(`
      CREATE TABLE enrollment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES "user" (id),
        course_id uuid NOT NULL REFERENCES course (id),
        course_version integer NOT NULL,
        assignment_id uuid NOT NULL REFERENCES assignment (id),
        institution_id uuid REFERENCES institution (id),
        status text NOT NULL DEFAULT 'assigned' CHECK (status IN ('assigned', 'in_progress', 'completed', 'expired')),
        due_at timestamptz NOT NULL,
        started_at timestamptz,
        completed_at timestamptz,
        expired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT enrollment_version_fkey FOREIGN KEY (course_id, course_version) REFERENCES course_version (course_id, version)
      )`);
    // One active enrollment per person and course; after expiry, recertification makes a new one.
    await q.query(`CREATE UNIQUE INDEX enrollment_active_key ON enrollment (user_id, course_id) WHERE status <> 'expired'`);
    await q.query(`CREATE INDEX enrollment_institution_idx ON enrollment (institution_id, course_id, status)`);
    await q.query(`CREATE INDEX enrollment_course_idx ON enrollment (course_id, status)`);

    await q.query(`
      CREATE TABLE module_progress (
        enrollment_id uuid NOT NULL REFERENCES enrollment (id) ON DELETE CASCADE,
        module_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'completed')),
        started_at timestamptz,
        completed_at timestamptz,
        best_percent numeric(5, 2),
        PRIMARY KEY (enrollment_id, module_id)
      )`);

    await q.query(`
      CREATE TABLE attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enrollment_id uuid NOT NULL REFERENCES enrollment (id),
        module_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES "user" (id),
        number integer NOT NULL CHECK (number >= 1),
        status text NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'submitted', 'graded', 'needs_review')),
        seed text NOT NULL,
        layout jsonb NOT NULL,
        answers jsonb NOT NULL DEFAULT '{}',
        answers_saved_at timestamptz,
        started_at timestamptz NOT NULL DEFAULT now(),
        deadline_at timestamptz,
        submitted_at timestamptz,
        graded_at timestamptz,
        results jsonb,
        score numeric(10, 4),
        max_score numeric(10, 4),
        percent numeric(7, 4),
        passed boolean,
        CONSTRAINT attempt_number_key UNIQUE (enrollment_id, module_id, number),
        CONSTRAINT attempt_submitted_has_time CHECK (status = 'in_progress' OR submitted_at IS NOT NULL)
      )`);
    // At most one open attempt per quiz: concurrent starts cannot both succeed.
    await q.query(`CREATE UNIQUE INDEX attempt_open_key ON attempt (enrollment_id, module_id) WHERE status = 'in_progress'`);
    await q.query(`CREATE INDEX attempt_user_idx ON attempt (user_id, started_at DESC)`);
    await q.query(`CREATE INDEX attempt_review_idx ON attempt (submitted_at) WHERE status = 'needs_review'`);

    await q.query(`
      CREATE TABLE course_version_erratum (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL,
        version integer NOT NULL,
        question_id uuid NOT NULL,
        definition jsonb NOT NULL,
        reason text NOT NULL,
        created_by uuid NOT NULL REFERENCES "user" (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (course_id, version) REFERENCES course_version (course_id, version)
      )`);
    await q.query(`CREATE INDEX course_version_erratum_idx ON course_version_erratum (course_id, version, created_at)`);

    await q.query(`
      CREATE TABLE idempotency_key (
        actor_id uuid NOT NULL,
        key text NOT NULL,
        route text NOT NULL,
        request_hash text NOT NULL,
        status_code integer NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (actor_id, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['idempotency_key', 'course_version_erratum', 'attempt', 'module_progress', 'enrollment', 'assignment']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
