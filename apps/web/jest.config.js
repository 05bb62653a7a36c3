const preset = require('../../test/jest.preset');

/** Component tests of the web app in jsdom (no database: the API is not involved). */
module.exports = {
  ...preset,
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  globalSetup: undefined,
  globalTeardown: undefined,
  transform: {
    '^.+\\.(ts|tsx|js|mjs)$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
        swcrc: false,
      },
    ],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  // Components import their own stylesheet (Vite bundles it); jsdom tests do not read styles.
  moduleNameMapper: { ...preset.moduleNameMapper, '\\.css$': '<rootDir>/test/style-stub.js' },
  setupFiles: ['<rootDir>/test/jsdom-setup.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/jsdom-each-test.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
};
