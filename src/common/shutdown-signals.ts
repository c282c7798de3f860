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
  for (const signal of STOP_SIGNALS) process.once(signal, start);
}

const STOP_SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * Holds SIGTERM and SIGINT while `start` runs, then delivers them again. For the worker:
 * NestFactory.createApplicationContext runs the bootstrap hooks — its BullMQ workers take
 * jobs — before it returns and shutdown hooks can be enabled; a signal meanwhile would
 * otherwise end the process at once, its jobs cut off mid-run.
 */
export async function holdStopSignals<T>(start: () => Promise<T>): Promise<T> {
  const received: NodeJS.Signals[] = [];
  const hold = (signal: NodeJS.Signals) => received.push(signal);
  for (const signal of STOP_SIGNALS) process.on(signal, hold);
  try {
    return await start();
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, hold);
    if (received.length > 0) process.kill(process.pid, received[0]);
  }
}
