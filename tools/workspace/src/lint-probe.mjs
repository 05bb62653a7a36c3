// Lints source text as if it stood at a path of the workspace, with the workspace's own ESLint
// config, and prints the messages of the import rules as JSON. Run as a separate process because
// ESLint loads eslint.config.mjs as an ES module, which Jest's CommonJS runtime cannot.
// Usage: node lint-probe.mjs '[{"path":"apps/web/src/x.ts","source":"import …"}]'
import { join } from 'node:path';

import { createProjectGraphAsync } from '@nx/devkit';
import { ESLint } from 'eslint';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..', '..');
const IMPORT_RULES = ['@nx/enforce-module-boundaries', 'no-restricted-imports'];
const cases = JSON.parse(process.argv[2]);
// The boundary rule reads Nx's project graph; a lint run outside `nx` must build it first.
await createProjectGraphAsync({ exitOnError: true });
const eslint = new ESLint({ cwd: root });
const results = [];
for (const { path, source } of cases) {
  const [result] = await eslint.lintText(source, { filePath: join(root, path) });
  results.push(
    result.messages.filter((m) => IMPORT_RULES.includes(m.ruleId)).map((m) => `${m.ruleId}: ${m.message}`),
  );
}
process.stdout.write(JSON.stringify(results));
