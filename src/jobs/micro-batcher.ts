/**
 * Gathers items that arrive within a few milliseconds of each other — the jobs a
 * BullMQ worker runs at once — and hands them to `run` together, so that work
 * with a fixed cost per transaction (begin, locks, writes, commit) is paid once
 * per batch instead of once per job. Each `add` settles when its batch has.
 *
 * If a batch fails, each of its items runs again on its own: one item that
 * cannot be processed fails alone (its job is retried by BullMQ as before),
 * never the items that happened to share its batch.
 */
export class MicroBatcher<T> {
  private pending: { item: T; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly run: (items: T[]) => Promise<void>,
    /** A batch is run as soon as it holds this many items… */
    private readonly maxSize: number,
    /** …or this long after its first item arrived. */
    private readonly lingerMs: number,
  ) {}

  /**
   * For a job handler: batches of up to half the worker's concurrency (while one batch is
   * processed, the next one's jobs are being fetched), each waiting at most 2 ms for company.
   */
  static forJobs<T>(run: (items: T[]) => Promise<void>, workerConcurrency: number): MicroBatcher<T> {
    return new MicroBatcher(run, Math.max(1, Math.ceil(workerConcurrency / 2)), 2);
  }

  add(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.maxSize) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.lingerMs);
    });
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    if (batch.length) void this.settle(batch);
  }

  private async settle(batch: typeof this.pending): Promise<void> {
    try {
      await this.run(batch.map((p) => p.item));
      batch.forEach((p) => p.resolve());
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      await Promise.all(batch.map((p) => this.run([p.item]).then(p.resolve, p.reject)));
    }
  }
}

