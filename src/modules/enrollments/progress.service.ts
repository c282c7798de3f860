import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CourseVersionsService } from '../courses/course-versions.service';
import { OutboxService } from '../outbox/outbox.service';
import { Enrollment } from './enrollment.entity';
import { ModuleProgress } from './module-progress.entity';

/**
 * Module progress and course completion. Callers hold the enrollments' row locks,
 * so two gradings of one enrollment never decide completion at the same time.
 * When every module of the pinned version is complete, the enrollment completes
 * and the certificate is asked for through the outbox in the same transaction.
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly versions: CourseVersionsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  /** The trainee opened a module: the module and the enrollment are in progress. */
  async markStarted(em: EntityManager, enrollment: Enrollment, moduleId: string): Promise<void> {
    await em.query(
      `INSERT INTO module_progress (enrollment_id, module_id, status, started_at) VALUES ($1, $2, 'in_progress', now())
       ON CONFLICT (enrollment_id, module_id) DO NOTHING`,
      [enrollment.id, moduleId],
    );
    await this.start(em, [enrollment]);
  }

  async completeLesson(em: EntityManager, enrollment: Enrollment, moduleId: string): Promise<void> {
    await this.markStarted(em, enrollment, moduleId);
    await em.query(
      `UPDATE module_progress SET status = 'completed', completed_at = COALESCE(completed_at, now()) WHERE enrollment_id = $1 AND module_id = $2`,
      [enrollment.id, moduleId],
    );
    const done = await em.count(ModuleProgress, { where: { enrollmentId: enrollment.id, status: 'completed' } });
    await this.settle(em, [{ enrollment, done }]);
  }

  /**
   * Recomputes quizzes' progress from all their graded attempts on the enrollment's
   * current version (those taken before it moved to a newer one do not count) — the best percent,
   * and completed since the first pass once one passed — and settles their
   * enrollments. One statement however many quizzes (the grading worker refreshes
   * a whole batch); enrollments that start, complete or reopen add one or two
   * statements for all of them.
   */
  async refreshQuizzes(em: EntityManager, quizzes: { enrollment: Enrollment; moduleId: string }[]): Promise<void> {
    // ON CONFLICT DO UPDATE may not touch a row twice: two attempts of one quiz in a batch refresh it once.
    const unique = [...new Map(quizzes.map((q) => [`${q.enrollment.id}/${q.moduleId}`, q])).values()];
    if (unique.length === 0) return;
    const enrollments = new Map(unique.map(({ enrollment }) => [enrollment.id, enrollment]));
    await this.start(em, [...enrollments.values()]);
    // The outer SELECT sees module_progress as it was before the upsert: the upserted rows come from RETURNING.
    const rows: { enrollment_id: string; done: number }[] = await em.query(
      `WITH upserted AS (
         INSERT INTO module_progress AS p (enrollment_id, module_id, status, started_at, completed_at, best_percent)
         SELECT q.enrollment_id, q.module_id, CASE WHEN a.passed THEN 'completed' ELSE 'in_progress' END, now(),
                CASE WHEN a.passed THEN a.first_pass END, a.best
           FROM unnest($1::uuid[], $2::uuid[]) AS q(enrollment_id, module_id)
          CROSS JOIN LATERAL (
                SELECT max(percent) AS best, bool_or(passed) AS passed, min(graded_at) FILTER (WHERE passed) AS first_pass
                  FROM attempt WHERE enrollment_id = q.enrollment_id AND module_id = q.module_id AND status = 'graded'
                   AND course_version = (SELECT course_version FROM enrollment WHERE id = q.enrollment_id)) a
         ON CONFLICT (enrollment_id, module_id) DO UPDATE SET
                best_percent = EXCLUDED.best_percent,
                status = EXCLUDED.status,
                completed_at = CASE WHEN EXCLUDED.status = 'completed' THEN COALESCE(p.completed_at, EXCLUDED.completed_at) END
         RETURNING p.enrollment_id, p.module_id, p.status)
       SELECT enrollment_id, (count(*) FILTER (WHERE status = 'completed'))::int AS done
         FROM (SELECT enrollment_id, status FROM upserted
               UNION ALL
               SELECT p.enrollment_id, p.status FROM module_progress p
                WHERE p.enrollment_id = ANY($1::uuid[])
                  AND NOT EXISTS (SELECT FROM upserted u WHERE u.enrollment_id = p.enrollment_id AND u.module_id = p.module_id)) progress
        GROUP BY enrollment_id`,
      [unique.map((q) => q.enrollment.id), unique.map((q) => q.moduleId)],
    );
    await this.settle(em, rows.map((row) => ({ enrollment: enrollments.get(row.enrollment_id)!, done: row.done })));
  }

  /** Enrollments still `assigned` are now in progress. */
  private async start(em: EntityManager, enrollments: Enrollment[]): Promise<void> {
    const assigned = enrollments.filter((e) => e.status === 'assigned');
    if (assigned.length) await this.updateAll(em, assigned, { status: 'in_progress', startedAt: new Date() });
  }

  /**
   * Completes the enrollments whose modules are all complete (or reopens those a
   * regrade undid), given how many modules of each are complete.
   */
  private async settle(em: EntityManager, counts: { enrollment: Enrollment; done: number }[]): Promise<void> {
    const completing: Enrollment[] = [];
    const reopening: Enrollment[] = [];
    for (const { enrollment, done } of counts) {
      if (enrollment.status === 'expired') continue;
      const snapshot = await this.versions.snapshot(enrollment.courseId, enrollment.courseVersion, em);
      const complete = done >= snapshot.modules.length;
      if (complete && enrollment.status !== 'completed') completing.push(enrollment);
      else if (!complete && enrollment.status === 'completed') reopening.push(enrollment);
    }
    if (completing.length) {
      await this.updateAll(em, completing, { status: 'completed', completedAt: new Date() });
      await this.outbox.emitAll(em, 'issue-certificate', completing.map((e) => ({ enrollmentId: e.id })));
    }
    if (reopening.length) {
      await this.updateAll(em, reopening, { status: 'in_progress', completedAt: null });
      await this.audit.record(
        em,
        ...reopening.map((e) => ({
          actorId: null,
          action: 'enrollment.reopened',
          entityType: 'enrollment',
          entityId: e.id,
          institutionId: e.institutionId,
          before: { status: 'completed' },
          after: { status: 'in_progress', reason: 'a regrade left a required quiz without a pass' },
        })),
      );
    }
  }

  /** The same change to the loaded enrollments and, in one statement, to their rows. */
  private async updateAll(em: EntityManager, enrollments: Enrollment[], change: Partial<Pick<Enrollment, 'status' | 'startedAt' | 'completedAt'>>): Promise<void> {
    for (const enrollment of enrollments) Object.assign(enrollment, change);
    await em.update(Enrollment, { id: In(enrollments.map((e) => e.id)) }, change);
  }
}
