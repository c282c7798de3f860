import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { AuthoredCoursesResultsView, CourseResultsView } from './views/course-results.view';
import { DomainError } from '../../common/errors/domain-error';

const SUBMITTED = `a.status IN ('submitted', 'graded', 'needs_review')`;

/**
 * Results of the courses a trainer authors (admins: any course), across institutions:
 * figures only, never a list that names officers.
 */
@Injectable()
export class CourseResultsService {
  constructor(private readonly dataSource: DataSource) {}

  async authoredCourses(actor: Actor): Promise<AuthoredCoursesResultsView> {
    const rows: { courseId: string; title: { pl: string }; attempts: number; needsReview: number }[] = await this.dataSource.query(
      `SELECT c.id AS "courseId", c.title,
              count(a.id) FILTER (WHERE ${SUBMITTED})::int AS attempts,
              count(a.id) FILTER (WHERE a.status = 'needs_review')::int AS "needsReview"
         FROM course c
         LEFT JOIN enrollment e ON e.course_id = c.id
         LEFT JOIN attempt a ON a.enrollment_id = e.id
        WHERE ($1::uuid IS NULL OR c.owner_id = $1)
        GROUP BY c.id ORDER BY c.title->>'pl', c.id`,
      [actor.role === 'admin' ? null : actor.id],
    );
    return { items: rows };
  }

  async courseResults(actor: Actor, courseId: string): Promise<CourseResultsView> {
    const [course]: { id: string; owner_id: string; title: { pl: string } }[] = await this.dataSource.query(
      `SELECT id, owner_id, title FROM course WHERE id = $1`,
      [courseId],
    );
    // The author or an admin; another trainer's course answers 404, like every object outside the reader's scope.
    if (!course || (actor.role !== 'admin' && course.owner_id !== actor.id)) throw new DomainError('course-not-found', 'Course not found');
    const [totals] = await this.dataSource.query(
      `SELECT count(*)::int AS attempts,
              count(*) FILTER (WHERE a.status = 'graded')::int AS graded,
              count(*) FILTER (WHERE a.status = 'needs_review')::int AS "needsReview",
              count(*) FILTER (WHERE a.status = 'graded' AND a.passed)::int AS passed,
              round(avg(a.percent) FILTER (WHERE a.status = 'graded'), 2)::float AS "averagePercent"
         FROM attempt a JOIN enrollment e ON e.id = a.enrollment_id
        WHERE e.course_id = $1 AND ${SUBMITTED}`,
      [courseId],
    );
    const buckets: { bucket: number; count: number }[] = await this.dataSource.query(
      `SELECT least(floor(a.percent / 10), 9)::int AS bucket, count(*)::int AS count
         FROM attempt a JOIN enrollment e ON e.id = a.enrollment_id
        WHERE e.course_id = $1 AND a.status = 'graded' AND a.percent IS NOT NULL
        GROUP BY 1`,
      [courseId],
    );
    const hardest = await this.dataSource.query(
      `SELECT r."questionId", q.definition->'prompt' AS prompt, q.type,
              count(*)::int AS answered,
              round(sum((r.points)::numeric) / nullif(sum((r."maxPoints")::numeric), 0), 4)::float AS "averageScoreShare"
         FROM attempt a JOIN enrollment e ON e.id = a.enrollment_id
        CROSS JOIN LATERAL jsonb_to_recordset(a.results) AS r("questionId" uuid, points numeric, "maxPoints" numeric, "needsReview" boolean)
         LEFT JOIN question q ON q.id = r."questionId"
        WHERE e.course_id = $1 AND a.status IN ('graded', 'needs_review') AND NOT coalesce(r."needsReview", false)
        GROUP BY r."questionId", q.definition, q.type
        ORDER BY "averageScoreShare" ASC NULLS LAST, answered DESC, r."questionId"
        LIMIT 10`,
      [courseId],
    );
    const counts = new Map(buckets.map((b) => [b.bucket, b.count]));
    return {
      courseId,
      title: course.title,
      ...totals,
      distribution: Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, count: counts.get(i) ?? 0 })),
      hardestQuestions: hardest.map((h: Record<string, unknown>) => ({ ...h, averageScoreShare: h.averageScoreShare ?? 0 })),
    };
  }
}
