import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CourseVersionsService } from '../courses/course-versions.service';
import { OutboxService } from '../outbox/outbox.service';
import { Enrollment } from './enrollment.entity';
import { ModuleProgress } from './module-progress.entity';

export const certificateJobId = (enrollmentId: string) => `issue-certificate-${enrollmentId}`;

/**
 * Module progress and course completion. Callers hold the enrollment's row lock,
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
    if (enrollment.status === 'assigned') {
      enrollment.status = 'in_progress';
      enrollment.startedAt = new Date();
      await em.update(Enrollment, { id: enrollment.id }, { status: 'in_progress', startedAt: enrollment.startedAt });
    }
  }

  async completeLesson(em: EntityManager, enrollment: Enrollment, moduleId: string): Promise<void> {
    await this.markStarted(em, enrollment, moduleId);
    await em.query(
      `UPDATE module_progress SET status = 'completed', completed_at = COALESCE(completed_at, now()) WHERE enrollment_id = $1 AND module_id = $2`,
      [enrollment.id, moduleId],
    );
    await this.settle(em, enrollment);
  }

  /** Recomputes a quiz's progress from all its graded attempts: the best percent, and completed once one passed. */
  async refreshQuiz(em: EntityManager, enrollment: Enrollment, moduleId: string): Promise<void> {
    await this.markStarted(em, enrollment, moduleId);
    await em.query(
      `UPDATE module_progress p SET
         best_percent = a.best,
         status = CASE WHEN a.passed THEN 'completed' ELSE 'in_progress' END,
         completed_at = CASE WHEN a.passed THEN COALESCE(p.completed_at, a.first_pass) END
       FROM (SELECT max(percent) AS best, bool_or(passed) AS passed, min(graded_at) FILTER (WHERE passed) AS first_pass
               FROM attempt WHERE enrollment_id = $1 AND module_id = $2 AND status = 'graded') a
       WHERE p.enrollment_id = $1 AND p.module_id = $2`,
      [enrollment.id, moduleId],
    );
    await this.settle(em, enrollment);
  }

  /** Completes the enrollment when every module is complete (or reopens it when a regrade undid that). */
  private async settle(em: EntityManager, enrollment: Enrollment): Promise<void> {
    if (enrollment.status === 'expired') return;
    const snapshot = await this.versions.snapshot(enrollment.courseId, enrollment.courseVersion, em);
    const done = await em.count(ModuleProgress, { where: { enrollmentId: enrollment.id, status: 'completed' } });
    const complete = done >= snapshot.modules.length;
    if (complete && enrollment.status !== 'completed') {
      enrollment.status = 'completed';
      enrollment.completedAt = new Date();
      await em.update(Enrollment, { id: enrollment.id }, { status: 'completed', completedAt: enrollment.completedAt });
      await this.outbox.job(em, 'issue-certificate', { enrollmentId: enrollment.id }, certificateJobId(enrollment.id));
    } else if (!complete && enrollment.status === 'completed') {
      enrollment.status = 'in_progress';
      enrollment.completedAt = null;
      await em.update(Enrollment, { id: enrollment.id }, { status: 'in_progress', completedAt: null });
      await this.audit.record(em, {
        actorId: null,
        action: 'enrollment.reopened',
        entityType: 'enrollment',
        entityId: enrollment.id,
        institutionId: enrollment.institutionId,
        before: { status: 'completed' },
        after: { status: 'in_progress', reason: 'a regrade left a required quiz without a pass' },
      });
    }
  }
}
