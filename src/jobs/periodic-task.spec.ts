import { Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { PeriodicTask } from './periodic-task';

describe('PeriodicTask', () => {
  const logger = () => {
    const warnings: string[] = [];
    return { warnings, logger: { warn: (message: string) => warnings.push(message) } as unknown as Logger };
  };

  it('never overlaps runs: ticks while one is running are skipped', async () => {
    const { logger: log } = logger();
    let running = 0;
    let most = 0;
    let runs = 0;
    const task = new PeriodicTask('Slow task', 5, async () => {
      most = Math.max(most, ++running);
      await sleep(30);
      running--;
      runs++;
    }, log);
    task.start();
    for (const deadline = Date.now() + 5_000; runs < 3 && Date.now() < deadline; ) await sleep(5);
    await task.stop();
    expect(most).toBe(1);
    expect(runs).toBeGreaterThanOrEqual(2);
  });

  it('logs a failed run and runs again at the next tick', async () => {
    const { logger: log, warnings } = logger();
    let runs = 0;
    const task = new PeriodicTask('Failing task', 5, async () => {
      if (++runs === 1) throw new Error('database away');
    }, log);
    task.start();
    // Waits for the second run rather than a fixed time: on a loaded machine 50 ms of 5 ms ticks was once one run.
    for (const deadline = Date.now() + 5_000; runs < 2 && Date.now() < deadline; ) await sleep(5);
    await task.stop();
    expect(warnings).toEqual(['Failing task failed: database away']);
    expect(runs).toBeGreaterThan(1);
  });

  it('stop() aborts the signal, waits for the run in progress and starts no other', async () => {
    const { logger: log } = logger();
    const batches: number[] = [];
    let runs = 0;
    const task = new PeriodicTask('Batches', 5, async (signal) => {
      runs++;
      for (let batch = 0; !signal.aborted; batch++) {
        await sleep(10);
        batches.push(batch);
      }
    }, log);
    task.start();
    await sleep(30);
    const seen = batches.length;
    await task.stop();
    // The batch under way when stop() was called finished, then no more: stop() waited for it.
    expect(batches.length).toBe(seen + 1);
    await sleep(30);
    expect(runs).toBe(1);
    expect(batches.length).toBe(seen + 1);
  });

  it('runNow() runs at once, or waits for the run under way rather than starting another', async () => {
    const { logger: log } = logger();
    let runs = 0;
    const task = new PeriodicTask('Hourly', 3_600_000, async () => {
      runs++;
      await sleep(20);
    }, log);
    await task.runNow();
    expect(runs).toBe(1);
    await Promise.all([task.runNow(), task.runNow()]);
    expect(runs).toBe(2);
    await task.stop();
  });
});
