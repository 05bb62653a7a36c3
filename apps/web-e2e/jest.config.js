/**
 * End-to-end tests in a real Chromium (playwright-core driving Debian's /usr/bin/chromium) against
 * the built API and web app as a real process, on real PostgreSQL.
 */
module.exports = {
  ...require('../../test/jest.preset'),
  displayName: 'web-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 120_000,
  maxWorkers: 1,
};
