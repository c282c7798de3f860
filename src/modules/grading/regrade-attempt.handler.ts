import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HandlesJob, JobHandler } from '../../jobs/job-handler';
import { Attempt } from '../attempts/attempt.entity';
import { AuditService } from '../audit/audit.service';
import { Enrollment } from '../enrollments/enrollment.entity';
import { AttemptGrader } from './attempt-grader.service';

/**
 * regrade-attempt: grades an already graded attempt again after an erratum.
 * Grading is a pure function of the answers and the key, so running it twice
 * gives the same result; the audit row records what changed.
 */
@Injectable()
@HandlesJob('regrade-attempt')
export class RegradeAttemptHandler implements JobHandler<'regrade-attempt'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly grader: AttemptGrader,
    private readonly audit: AuditService,
  ) {}

  async handle({ attemptId, erratumId }: { attemptId: string; erratumId: string }): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const attempt = await em.findOne(Attempt, { where: { id: attemptId }, lock: { mode: 'pessimistic_write' } });
      // Done, whatever happens below: the erratum's progress counts this attempt (a repeat stamps nothing).
      await em.query(`UPDATE erratum_regrade SET regraded_at = now() WHERE erratum_id = $1 AND attempt_id = $2 AND regraded_at IS NULL`, [erratumId, attemptId]);
      if (!attempt || (attempt.status !== 'graded' && attempt.status !== 'needs_review')) return;
      const before = { score: attempt.score, percent: attempt.percent, passed: attempt.passed, status: attempt.status };
      await this.grader.grade(em, attempt);
      const after = await em.findOneByOrFail(Attempt, { id: attemptId });
      if (after.score === before.score && after.passed === before.passed && after.status === before.status) return;
      const { institutionId } = await em.findOneByOrFail(Enrollment, { id: attempt.enrollmentId });
      await this.audit.record(em, {
        actorId: null,
        action: 'attempt.regraded',
        entityType: 'attempt',
        entityId: attemptId,
        institutionId,
        before: { ...before, erratumId },
        after: { score: after.score, percent: after.percent, passed: after.passed, status: after.status },
      });
    });
  }
}
