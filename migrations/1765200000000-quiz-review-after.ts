import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quizzes get a review timing (`reviewAfter`); the drafts saved before it get the safe one,
 * `last_attempt_or_pass` (no answer key while an attempt is left). Published versions are
 * immutable: CourseVersionsService reads the same default into a frozen quiz that lacks it.
 */
export class QuizReviewAfter1765200000000 implements MigrationInterface {
  name = 'QuizReviewAfter1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE course_module SET quiz = quiz || '{"reviewAfter": "last_attempt_or_pass"}'::jsonb WHERE quiz IS NOT NULL AND NOT quiz ? 'reviewAfter'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE course_module SET quiz = quiz - 'reviewAfter' WHERE quiz IS NOT NULL`);
  }
}
