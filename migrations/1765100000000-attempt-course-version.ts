import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An attempt pins the course version it was taken on: an enrollment may move to a
 * newer version at publish (PublishService), and its earlier attempts are still
 * read, graded and regraded against the questions they showed.
 */
export class AttemptCourseVersion1765100000000 implements MigrationInterface {
  name = 'AttemptCourseVersion1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attempt ADD COLUMN course_version integer`);
    await q.query(`UPDATE attempt a SET course_version = e.course_version FROM enrollment e WHERE e.id = a.enrollment_id`);
    await q.query(`ALTER TABLE attempt ALTER COLUMN course_version SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attempt DROP COLUMN course_version`);
  }
}
