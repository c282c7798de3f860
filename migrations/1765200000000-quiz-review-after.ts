import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quizzes get a review timing (`reviewAfter`). Existing drafts and published versions
 * get the safe one, `last_attempt_or_pass`: no answer key while an attempt is left.
 */
export class QuizReviewAfter1765200000000 implements MigrationInterface {
  name = 'QuizReviewAfter1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE course_module SET quiz = quiz || '{"reviewAfter": "last_attempt_or_pass"}'::jsonb WHERE quiz IS NOT NULL AND NOT quiz ? 'reviewAfter'`);
    // The setting is added to the frozen quizzes too, so a version reads the same everywhere.
    await q.query(`
      UPDATE course_version SET snapshot = jsonb_set(snapshot, '{modules}', (
        SELECT jsonb_agg(CASE WHEN m ? 'quiz' AND NOT m->'quiz' ? 'reviewAfter'
                              THEN jsonb_set(m, '{quiz,reviewAfter}', '"last_attempt_or_pass"') ELSE m END ORDER BY i)
          FROM jsonb_array_elements(snapshot->'modules') WITH ORDINALITY AS t(m, i)))
       WHERE jsonb_array_length(snapshot->'modules') > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE course_module SET quiz = quiz - 'reviewAfter' WHERE quiz IS NOT NULL`);
    await q.query(`
      UPDATE course_version SET snapshot = jsonb_set(snapshot, '{modules}', (
        SELECT jsonb_agg(CASE WHEN m ? 'quiz' THEN jsonb_set(m, '{quiz}', (m->'quiz') - 'reviewAfter') ELSE m END ORDER BY i)
          FROM jsonb_array_elements(snapshot->'modules') WITH ORDINALITY AS t(m, i)))
       WHERE jsonb_array_length(snapshot->'modules') > 0`);
  }
}
