/**
 * `npm run test:fuzz`: requests generated from the OpenAPI document (test/fuzz, run by
 * test/fuzz/run.js). Same setup as jest.config.js, only test/fuzz.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/fuzz'],
  testMatch: ['**/*.fuzz-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
};
