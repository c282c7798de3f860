import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicTask } from '../../jobs/periodic-task';
import { AttemptsService } from './attempts.service';

const SWEEP_EVERY_MS = 15_000;

/** Worker side: submits attempts whose time ran out without a submit, so they are graded on what was saved in time. */
@Injectable()
export class ExpiredAttemptsSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ExpiredAttemptsSweeper.name);
  private readonly sweeps = new PeriodicTask(
    'Sweeping expired attempts',
    SWEEP_EVERY_MS,
    async () => {
      const count = await this.attempts.submitExpired();
      if (count) this.logger.log(`Submitted ${count} attempts whose time ran out`);
    },
    this.logger,
  );

  constructor(private readonly attempts: AttemptsService) {}

  onApplicationBootstrap(): void {
    this.sweeps.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.sweeps.stop();
  }
}
