import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HandlesJob, JobHandler } from '../../jobs/job-handler';
import { Attempt } from '../attempts/attempt.entity';
import { AttemptGrader } from './attempt-grader.service';

/**
 * grade-attempt: grades a submitted attempt. Re-checks the state under the row
 * lock, so a job delivered twice, or retried after a crash halfway, grades once.
 */
@Injectable()
@HandlesJob('grade-attempt')
export class GradeAttemptHandler implements JobHandler<'grade-attempt'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly grader: AttemptGrader,
  ) {}

  async handle({ attemptId }: { attemptId: string }): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const attempt = await em.findOne(Attempt, { where: { id: attemptId }, lock: { mode: 'pessimistic_write' } });
      if (attempt?.status !== 'submitted') return;
      await this.grader.grade(em, attempt);
    });
  }
}
