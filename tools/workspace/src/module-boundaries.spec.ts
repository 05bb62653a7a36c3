import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The module-boundary rules of eslint.config.mjs, proved by linting probe imports placed in each
 * kind of project: a rule that stopped binding (a tag renamed, a constraint widened) fails here.
 */
interface Probe {
  path: string;
  source: string;
}

/** Per probe, the messages of the import rules (`rule-id: message`). */
function boundaryMessages(probes: Probe[]): string[][] {
  const output = execFileSync(process.execPath, [join(__dirname, 'lint-probe.mjs'), JSON.stringify(probes)], {
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
    timeout: 60_000,
  });
  return JSON.parse(output) as string[][];
}

const importing = (path: string, lib: string): Probe => ({
  path,
  source: `import * as probe from '${lib}';\n\nexport const used = probe;\n`,
});

describe('module boundaries', () => {
  const cases: Array<[string, Probe, RegExp | null]> = [
    [
      'the web app may not import a server domain library',
      importing('apps/web/src/probe.ts', '@mc/designs'),
      /scope:web/,
    ],
    [
      'the web app may not import the database library',
      importing('apps/web/src/probe.ts', '@mc/database'),
      /scope:web/,
    ],
    [
      'the web app may not import the server configuration',
      importing('apps/web/src/probe.ts', '@mc/config'),
      /scope:web/,
    ],
    [
      'the web app may import the shared error vocabulary',
      importing('apps/web/src/probe.ts', '@mc/errors'),
      null,
    ],
    [
      'a shared library may not import a server library',
      importing('libs/shared/errors/src/probe.ts', '@mc/database'),
      /scope:shared/,
    ],
    [
      'a utility may not import a domain library',
      importing('libs/shared/config/src/probe.ts', '@mc/realtime'),
      /type:util/,
    ],
    ['a domain library may import another one', importing('libs/workflow/src/probe.ts', '@mc/designs'), null],
    [
      'production code may not import the test helpers',
      importing('libs/designs/src/probe.ts', '@mc/testing'),
      /no-restricted-imports: .*test helpers/,
    ],
  ];

  // One ESLint process for every case: building the project graph is the slow part.
  let results: string[][] = [];
  beforeAll(() => {
    results = boundaryMessages(cases.map(([, probe]) => probe));
  }, 90_000);

  it.each(cases.map((c, index) => [...c, index] as const))('%s', (_name, _probe, expected, index) => {
    const messages = results[index]!;
    if (expected) expect(messages.join('\n')).toMatch(expected);
    else expect(messages).toEqual([]);
  });
});
