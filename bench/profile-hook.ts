import { renameSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

/**
 * Preloaded (`node --require`) into the API and the worker when the bench runs
 * with --profile-dir. The bench's first 'profile' message (over the IPC channel:
 * Nest's shutdown hooks take every signal, SIGUSR2 included) starts V8's sampling
 * profiler, the second stops it and writes `<name>-<pid>.cpuprofile` (open it in Chrome DevTools or
 * summarise it with `node dist/bench/profile-summary.js`). So the profile covers
 * the measured window only, not start-up and seeding — and it is written even
 * though the process is later stopped by a signal, which `--cpu-prof` would not survive.
 */
const dir = process.env.BENCH_PROFILE_DIR!;
const name = process.env.BENCH_PROFILE_NAME ?? 'process';
const session = new Session();
session.connect();
let profiling = false;

// The channel must not keep a process alive that would otherwise exit.
process.channel?.unref();
process.on('message', (message) => {
  if (message === 'memory') {
    // Where the resident memory is: V8's heap (used and reserved) before and after a full
    // collection — what survives it is live — array buffers, the rest (code, native).
    const before = process.memoryUsage();
    session.post('HeapProfiler.collectGarbage', () =>
      process.send?.({ before, memory: process.memoryUsage(), heapSpaces: require('node:v8').getHeapSpaceStatistics() }),
    );
    return;
  }
  if (message !== 'profile') return;
  if (!profiling) {
    profiling = true;
    session.post('Profiler.enable', () => session.post('Profiler.start'));
    return;
  }
  profiling = false;
  session.post('Profiler.stop', (error, result) => {
    if (error) return process.stderr.write(`profile-hook: ${error.message}\n`);
    const file = join(dir, `${name}-${process.pid}.cpuprofile`);
    writeFileSync(`${file}.tmp`, JSON.stringify(result.profile));
    // Renamed when complete, so the bench never reads half a file.
    renameSync(`${file}.tmp`, file);
  });
});
