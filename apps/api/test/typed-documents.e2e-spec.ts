/**
 * The tests' typed documents (`./gql`) are what GraphQL Code Generator makes of the committed schema
 * and of the tests' `graphql(…)` operations. `tsc` checks every test against them, so they must not
 * go stale when the schema changes: this fails until `npm run codegen` has refreshed them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { WORKSPACE_ROOT } from '@mc/testing';

import config from './codegen';

const COMMITTED = 'apps/api/test/gql/';

it('the typed documents of the tests are generated from the committed schema (npm run codegen)', () => {
  // The same configuration, written elsewhere, formatted with the repository's Prettier options.
  const scratch = mkdtempSync(join(tmpdir(), 'api-test-gql-'));
  try {
    const out = join(scratch, 'gql/');
    const generates = { [out]: config.generates[COMMITTED] };
    writeFileSync(join(scratch, 'codegen.json'), JSON.stringify({ ...config, hooks: {}, generates }));
    execFileSync(
      join(WORKSPACE_ROOT, 'node_modules/.bin/graphql-codegen'),
      ['--config', join(scratch, 'codegen.json'), '--silent'],
      { cwd: WORKSPACE_ROOT, stdio: 'pipe' },
    );
    execFileSync(
      join(WORKSPACE_ROOT, 'node_modules/.bin/prettier'),
      ['--config', join(WORKSPACE_ROOT, '.prettierrc.json'), '--write', out],
      // run from the scratch folder: Prettier skips files outside the folder it runs in
      { cwd: scratch, stdio: 'pipe' },
    );
    const files = readdirSync(out).sort();
    expect(files).toEqual(readdirSync(join(WORKSPACE_ROOT, COMMITTED)).sort());
    for (const file of files) {
      const committed = readFileSync(join(WORKSPACE_ROOT, COMMITTED, file), 'utf8');
      expect({ file, content: committed }).toEqual({ file, content: readFileSync(join(out, file), 'utf8') });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}, 60_000);
