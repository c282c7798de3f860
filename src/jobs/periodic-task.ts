import type { Logger } from '@nestjs/common';

/**
 * A worker's timed sweep: runs `task` every `everyMs` once started. Runs never
 * overlap (a tick that finds the last run still going is skipped), a failed run is
 * logged and the next tick tries again, and stop() aborts `signal` (a task working
 * in batches stops between two) and waits for the run in progress, so a worker
 * shutting down never cuts a sweep off in the middle of its transaction.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private readonly stopping = new AbortController();

  constructor(
    /** Names the task in the warning a failed run logs. */
    private readonly name: string,
    private readonly everyMs: number,
    private readonly task: (signal: AbortSignal) => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.runNow(), this.everyMs);
  }

  /** A run now, as the timer's (none if one is under way: that one is awaited); a failure is logged, never thrown. */
  runNow(): Promise<void> {
    this.running ??= this.task(this.stopping.signal)
      .then(() => undefined)
      .catch((error: Error) => this.logger.warn(`${this.name} failed: ${error.message}`))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.stopping.abort();
    await this.running;
  }
}
