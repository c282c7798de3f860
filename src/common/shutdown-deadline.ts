/**
 * Bounds a graceful stop. Nest's shutdown hooks wait for whatever is in flight — requests, jobs
 * (BullMQ's worker.close() has no time limit) — so from the first SIGTERM or SIGINT the
 * process has `graceSeconds`; whatever still runs then is cut off and the process exits with 1.
 * A job cut off this way is still active in its queue under a lock nobody renews: once
 * JOB_LOCK_SECONDS have passed, another worker takes it (its transaction was rolled back).
 */
export function exitAfterGrace(graceSeconds: number, log: (message: string) => void): void {
  let started = false;
  const start = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    setTimeout(() => {
      log(`${signal}: still stopping after SHUTDOWN_GRACE_SECONDS (${graceSeconds} s); exiting with what is in flight cut off`);
      process.exit(1);
    }, graceSeconds * 1000).unref();
  };
  process.once('SIGTERM', start);
  process.once('SIGINT', start);
}
