import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Institution reports at 500,000 enrollments (see README, Reports):
 *
 * - an enrollment's best quiz percent is kept on it by a trigger on module_progress
 *   (joining the progress rows of 100,000 enrollments per request is the slow part);
 * - so is the officer's unit (set when enrolled, moved with the officer), which
 *   spares the reports a join with 50,000 users (half of the completion report's time);
 * - completion and overdue read one institution's enrollments from one index
 *   (with the columns they count, so they never visit the table), the overdue
 *   list in due order from a partial index of the open ones;
 * - competency results come from `competency_tally`: per institution, course,
 *   officer's unit (when graded) and question tag, the questions answered
 *   in graded attempts, their points and maximum, and how many earned at least
 *   half of their points. Reading the tagged results of a million attempts at
 *   request time takes seconds; the tally is kept by a statement trigger on
 *   `attempt`, so every path that grades (the grading worker's batches, a
 *   trainer's manual grade, a regrade after an erratum) updates it in its own
 *   transaction: an attempt leaving `graded` takes its old results out, one
 *   entering it (or regraded) puts its new ones in — one upsert per statement,
 *   in key order, so concurrent batches lock the tally rows in the same order.
 */
export class Reports1764600000000 implements MigrationInterface {
  name = 'Reports1764600000000';

  async up(q: QueryRunner): Promise<void> {
    // The best graded quiz percent of an enrollment (over its quizzes), kept beside it so the report reads no progress rows.
    await q.query(`ALTER TABLE enrollment ADD COLUMN best_percent numeric(5, 2)`);
    await q.query(`
      CREATE FUNCTION enrollment_best_percent() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- The grader holds the enrollment's row lock already, so this waits for nothing new.
        UPDATE enrollment e SET best_percent = b.best
          FROM (SELECT max(best_percent) AS best FROM module_progress WHERE enrollment_id = NEW.enrollment_id) b
         WHERE e.id = NEW.enrollment_id AND e.best_percent IS DISTINCT FROM b.best;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER module_progress_best_percent AFTER INSERT OR UPDATE OF best_percent ON module_progress
      FOR EACH ROW WHEN (NEW.best_percent IS NOT NULL) EXECUTE FUNCTION enrollment_best_percent()`);
    await q.query(`
      UPDATE enrollment e SET best_percent = b.best
        FROM (SELECT enrollment_id, max(best_percent) AS best FROM module_progress GROUP BY enrollment_id) b
       WHERE e.id = b.enrollment_id AND b.best IS NOT NULL`);
    // The officer's unit, kept beside each of their enrollments: set when enrolled, moved with the officer.
    await q.query(`ALTER TABLE enrollment ADD COLUMN unit_id uuid`);
    await q.query(`UPDATE enrollment e SET unit_id = u.unit_id FROM "user" u WHERE u.id = e.user_id AND u.unit_id IS NOT NULL`);
    await q.query(`
      CREATE FUNCTION enrollment_unit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.unit_id := (SELECT unit_id FROM "user" WHERE id = NEW.user_id);
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER enrollment_unit BEFORE INSERT ON enrollment FOR EACH ROW EXECUTE FUNCTION enrollment_unit()`);
    await q.query(`
      CREATE FUNCTION user_unit_moves_enrollments() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE enrollment SET unit_id = NEW.unit_id WHERE user_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER user_unit_moves_enrollments AFTER UPDATE OF unit_id ON "user"
      FOR EACH ROW WHEN (OLD.unit_id IS DISTINCT FROM NEW.unit_id) EXECUTE FUNCTION user_unit_moves_enrollments()`);
    await q.query(`CREATE INDEX enrollment_user_idx ON enrollment (user_id)`);
    await q.query(`CREATE INDEX enrollment_report_idx ON enrollment (institution_id, course_id) INCLUDE (unit_id, status, due_at, created_at, best_percent)`);
    await q.query(`CREATE INDEX enrollment_open_due_idx ON enrollment (institution_id, due_at, id) INCLUDE (course_id, unit_id) WHERE status IN ('assigned', 'in_progress')`);
    await q.query(`CREATE INDEX attempt_enrollment_idx ON attempt (enrollment_id, number)`);
    await q.query(`
      CREATE TABLE competency_tally (
        institution_id uuid NOT NULL REFERENCES institution (id),
        course_id uuid NOT NULL REFERENCES course (id),
        unit_id uuid,
        tag text NOT NULL,
        answered bigint NOT NULL DEFAULT 0,
        points numeric NOT NULL DEFAULT 0,
        max_points numeric NOT NULL DEFAULT 0,
        passed bigint NOT NULL DEFAULT 0,
        CONSTRAINT competency_tally_key UNIQUE NULLS NOT DISTINCT (institution_id, course_id, unit_id, tag)
      )`);
    // Each published version's questions and their tags, written once when the version is published: reading them
    // out of the snapshot in every grading transaction cost more PostgreSQL CPU than the grading itself.
    await q.query(`
      CREATE TABLE course_version_question_tag (
        course_id uuid NOT NULL,
        course_version integer NOT NULL,
        question_id text NOT NULL,
        tag text NOT NULL,
        PRIMARY KEY (course_id, course_version, question_id, tag),
        FOREIGN KEY (course_id, course_version) REFERENCES course_version (course_id, version)
      )`);
    await q.query(`
      CREATE FUNCTION course_version_question_tags_index(p_course_id uuid, p_version integer) RETURNS void LANGUAGE sql AS $$
        INSERT INTO course_version_question_tag (course_id, course_version, question_id, tag)
        SELECT DISTINCT cv.course_id, cv.version, q.q ->> 'id', tag
          FROM course_version cv
         CROSS JOIN LATERAL (SELECT jsonb_path_query(cv.snapshot, '$.modules[*].quiz.questions[*]')
                             UNION ALL SELECT jsonb_path_query(cv.snapshot, '$.modules[*].quiz.draws[*].candidates[*]')) q(q)
         CROSS JOIN LATERAL jsonb_array_elements_text(COALESCE(q.q -> 'tags', '[]')) tag
         WHERE cv.course_id = p_course_id AND cv.version = p_version
        ON CONFLICT DO NOTHING
      $$`);
    await q.query(`
      CREATE FUNCTION course_version_question_tags() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM course_version_question_tags_index(NEW.course_id, NEW.version);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER course_version_question_tags AFTER INSERT ON course_version
      FOR EACH ROW EXECUTE FUNCTION course_version_question_tags()`);
    await q.query(`SELECT course_version_question_tags_index(course_id, version) FROM course_version`);
    // Adds (sign 1) or takes out (sign -1) the tagged results of attempts; a question counts for each of its tags.
    await q.query(`
      CREATE FUNCTION competency_tally_add(enrollment_ids uuid[], results jsonb[], signs integer[]) RETURNS void LANGUAGE sql AS $$
        WITH answered AS (
          SELECT e.institution_id, e.course_id, e.course_version, e.unit_id, c.sign, r.value AS r
            FROM unnest(enrollment_ids, results, signs) AS c(enrollment_id, results, sign)
            JOIN enrollment e ON e.id = c.enrollment_id
           CROSS JOIN jsonb_array_elements(COALESCE(c.results, '[]')) r
           WHERE e.institution_id IS NOT NULL
        )
        INSERT INTO competency_tally AS t (institution_id, course_id, unit_id, tag, answered, points, max_points, passed)
        SELECT a.institution_id, a.course_id, a.unit_id, qt.tag, sum(a.sign), sum(a.sign * (a.r ->> 'points')::numeric),
               sum(a.sign * (a.r ->> 'maxPoints')::numeric),
               COALESCE(sum(a.sign) FILTER (WHERE (a.r ->> 'maxPoints')::numeric > 0 AND 2 * (a.r ->> 'points')::numeric >= (a.r ->> 'maxPoints')::numeric), 0)
          FROM answered a
          JOIN course_version_question_tag qt ON qt.course_id = a.course_id AND qt.course_version = a.course_version AND qt.question_id = a.r ->> 'questionId'
         GROUP BY 1, 2, 3, 4
         ORDER BY 1, 2, 3, 4
        ON CONFLICT (institution_id, course_id, unit_id, tag) DO UPDATE SET
               answered = t.answered + EXCLUDED.answered,
               points = t.points + EXCLUDED.points,
               max_points = t.max_points + EXCLUDED.max_points,
               passed = t.passed + EXCLUDED.passed
      $$`);
    await q.query(`
      CREATE FUNCTION attempt_competency_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- An attempt written already graded (the demo history, an import) counts at once.
        IF TG_OP = 'INSERT' THEN
          PERFORM competency_tally_add(array_agg(n.enrollment_id ORDER BY n.id), array_agg(n.results ORDER BY n.id), array_agg(1))
             FROM new_rows n WHERE n.status = 'graded' HAVING count(*) > 0;
          RETURN NULL;
        END IF;
        PERFORM competency_tally_add(array_agg(c.enrollment_id ORDER BY c.id), array_agg(c.results ORDER BY c.id), array_agg(c.sign ORDER BY c.id))
           FROM (SELECT o.id, o.enrollment_id, o.results, -1 AS sign
                   FROM old_rows o JOIN new_rows n ON n.id = o.id
                  WHERE o.status = 'graded' AND (n.status <> 'graded' OR n.results IS DISTINCT FROM o.results)
                 UNION ALL
                 SELECT n.id, n.enrollment_id, n.results, 1
                   FROM new_rows n JOIN old_rows o ON o.id = n.id
                  WHERE n.status = 'graded' AND (o.status <> 'graded' OR n.results IS DISTINCT FROM o.results)) c
         HAVING count(*) > 0;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER attempt_competency_tally AFTER UPDATE ON attempt
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION attempt_competency_tally()`);
    // PostgreSQL allows transition tables on one event per trigger: a second trigger for inserts.
    await q.query(`
      CREATE TRIGGER attempt_competency_tally_insert AFTER INSERT ON attempt
      REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION attempt_competency_tally()`);
    await q.query(`SELECT competency_tally_add(array_agg(enrollment_id), array_agg(results), array_agg(1)) FROM attempt WHERE status = 'graded'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER attempt_competency_tally_insert ON attempt`);
    await q.query(`DROP TRIGGER attempt_competency_tally ON attempt`);
    await q.query(`DROP FUNCTION attempt_competency_tally`);
    await q.query(`DROP FUNCTION competency_tally_add`);
    await q.query(`DROP TRIGGER course_version_question_tags ON course_version`);
    await q.query(`DROP FUNCTION course_version_question_tags`);
    await q.query(`DROP FUNCTION course_version_question_tags_index`);
    await q.query(`DROP TABLE course_version_question_tag`);
    await q.query(`DROP TABLE competency_tally`);
    for (const index of ['attempt_enrollment_idx', 'enrollment_open_due_idx', 'enrollment_report_idx', 'enrollment_user_idx']) await q.query(`DROP INDEX ${index}`);
    await q.query(`DROP TRIGGER user_unit_moves_enrollments ON "user"`);
    await q.query(`DROP FUNCTION user_unit_moves_enrollments`);
    await q.query(`DROP TRIGGER enrollment_unit ON enrollment`);
    await q.query(`DROP FUNCTION enrollment_unit`);
    await q.query(`ALTER TABLE enrollment DROP COLUMN unit_id`);
    await q.query(`DROP TRIGGER module_progress_best_percent ON module_progress`);
    await q.query(`DROP FUNCTION enrollment_best_percent`);
    await q.query(`ALTER TABLE enrollment DROP COLUMN best_percent`);
  }
}
