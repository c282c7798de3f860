import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { HandlesJob, JobHandler } from '../../jobs/job-handler';
import { MicroBatcher } from '../../jobs/micro-batcher';
import { Attempt } from '../attempts/attempt.entity';
import { AttemptGrader } from './attempt-grader.service';

/**
 * grade-attempt: grades a submitted attempt. Re-checks the state under the row
 * lock, so a job delivered twice, or retried after a crash halfway, grades once.
 *
 * The jobs the worker runs at once are graded together, in one transaction
 * (see MicroBatcher): their attempts are locked in id order and re-checked, and
 * whatever is still `submitted` is graded. A batch that fails is retried one
 * attempt per transaction, so a bad attempt fails only its own job.
 */
@Injectable()
@HandlesJob('grade-attempt')
export class GradeAttemptHandler implements JobHandler<'grade-attempt'> {
  private readonly batcher: MicroBatcher<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly grader: AttemptGrader,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.batcher = MicroBatcher.forJobs((ids) => this.gradeAll(ids), config.workerConcurrency);
  }

  handle({ attemptId }: { attemptId: string }): Promise<void> {
    return this.batcher.add(attemptId);
  }

  private async gradeAll(attemptIds: string[]): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const attempts = await em.find(Attempt, { where: { id: In(attemptIds) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      await this.grader.gradeMany(
        em,
        attempts.filter((attempt) => attempt.status === 'submitted'),
      );
    });
  }
}
