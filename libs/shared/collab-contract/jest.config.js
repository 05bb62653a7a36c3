module.exports = {
  ...require('../../../test/jest.preset'),
  displayName: 'collab-contract',
  rootDir: __dirname,
  // Unit tests only: no PostgreSQL needed.
  globalSetup: undefined,
  globalTeardown: undefined,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.e2e-spec.ts'],
};
