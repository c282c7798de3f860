#!/usr/bin/env node
/**
 * `npm run test:fuzz -- [--seconds=N] [--rounds=N] [--seed=N] [jest options]`: fuzzes the running API
 * with requests generated from its OpenAPI document (test/fuzz/openapi.fuzz-spec.ts) for N seconds
 * (default 60) or N rounds (one round: 6 requests to every route and method), whichever ends first.
 * The same seed generates the same requests.
 */
const { resolve } = require('node:path');
const { spawnSync } = require('node:child_process');

const options = { seconds: undefined, rounds: undefined, seed: undefined };
const jestArgs = [];
for (const arg of process.argv.slice(2)) {
  const match = /^--(seconds|rounds|seed)=(\d+)$/.exec(arg);
  if (match) options[match[1]] = match[2];
  else if (/^--(seconds|rounds|seed)\b/.test(arg)) {
    console.error(`test:fuzz: ${arg} needs a whole number, as in --seconds=60`);
    process.exit(2);
  } else jestArgs.push(arg);
}
// --rounds alone runs until the rounds are done.
if (options.rounds && !options.seconds) options.seconds = 'Infinity';

const env = { ...process.env };
if (options.seconds) env.MOSTY_FUZZ_SECONDS = options.seconds;
if (options.rounds) env.MOSTY_FUZZ_ROUNDS = options.rounds;
if (options.seed) env.MOSTY_FUZZ_SEED = options.seed;

const root = resolve(__dirname, '..', '..');
const run = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '-c', resolve(root, 'jest.fuzz.config.js'), '--runInBand', ...jestArgs], {
  cwd: root,
  stdio: 'inherit',
  env,
});
process.exit(run.status ?? 1);
