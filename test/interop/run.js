#!/usr/bin/env node
/**
 * `npm run test:interop -- <dir> [jest options]`: runs test/interop against the question files
 * in <dir> (a folder holding gift/ and moodle-xml/ from Moodle's test suite, e.g. ../shared/fixtures).
 * Without a usable <dir> it fails: an interoperability check that checked nothing must not pass.
 */
const { existsSync, statSync } = require('node:fs');
const { resolve } = require('node:path');
const { spawnSync } = require('node:child_process');

const [dir, ...jestArgs] = process.argv.slice(2);
const fail = (message) => {
  console.error(`test:interop: ${message}\nusage: npm run test:interop -- <dir>   (<dir> holds gift/ and moodle-xml/, e.g. ../shared/fixtures)`);
  process.exit(2);
};
if (!dir) fail('no fixtures folder given');
// npm runs scripts in the package folder; a relative <dir> means relative to where npm was started.
const fixtures = resolve(process.env.INIT_CWD ?? process.cwd(), dir);
if (!existsSync(fixtures) || !statSync(fixtures).isDirectory()) fail(`${fixtures} is not a folder`);
for (const sub of ['gift', 'moodle-xml']) {
  if (!existsSync(resolve(fixtures, sub))) fail(`${fixtures} has no ${sub}/ folder`);
}

const jest = require.resolve('jest/bin/jest');
const root = resolve(__dirname, '..', '..');
const run = spawnSync(process.execPath, [jest, '-c', resolve(root, 'jest.interop.config.js'), '--maxWorkers=2', ...jestArgs], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, MOSTY_INTEROP_FIXTURES: fixtures },
});
process.exit(run.status ?? 1);
