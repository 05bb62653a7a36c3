module.exports = {
  ...require('../../test/jest.preset'),
  displayName: 'workspace',
  rootDir: __dirname,
  // Checks of the workspace's own rules: no PostgreSQL needed.
  globalSetup: undefined,
  globalTeardown: undefined,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
