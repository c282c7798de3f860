import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AttemptsService } from './attempts.service';

const SWEEP_EVERY_MS = 15_000;

/** Worker side: submits attempts whose time ran out without a submit, so they are graded on what was saved in time. */
@Injectable()
export class ExpiredAttemptsSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ExpiredAttemptsSweeper.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(private readonly attempts: AttemptsService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.attempts
        .submitExpired()
        .then((count) => count && this.logger.log(`Submitted ${count} attempts whose time ran out`))
        .catch((error: Error) => this.logger.warn(`Sweeping expired attempts failed: ${error.message}`))
        .finally(() => (this.running = undefined));
    }, SWEEP_EVERY_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
