module.exports = {
  ...require('../../test/jest.preset'),
  displayName: 'mail',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.e2e-spec.ts'],
};
