/**
 * `npm run test:interop -- <dir>`: checks against question files kept outside the repository
 * (Moodle's own), run by test/interop/run.js. Same setup as jest.config.js, only test/interop.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/interop'],
  testMatch: ['**/*.interop-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
};
