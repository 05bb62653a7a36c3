module.exports = {
  ...require('../../test/jest.preset'),
  displayName: 'collab',
  rootDir: __dirname,
  // Unit tests of pure rules only; the integration tests live in apps/api/test.
  globalSetup: undefined,
  globalTeardown: undefined,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.e2e-spec.ts'],
};
