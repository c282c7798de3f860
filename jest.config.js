/** Tests run against real PostgreSQL and Redis; see test/support. */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  // test/interop reads files from outside the repository: only `npm run test:interop -- <dir>` runs it.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/interop/'],
  transform: { '^.+\\.(t|j)s$': ['@swc/jest'] },
  // ES-module-only packages must be transformed: @nestjs (Nest 12), jose 6, @noble (tests).
  transformIgnorePatterns: ['/node_modules/(?!(?:@nestjs|jose|@noble)/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
};
