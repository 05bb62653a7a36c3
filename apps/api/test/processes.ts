/** The API as a real process (`main.ts` through SWC), for tests that need whole processes. */
import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
const MAIN = join(ROOT, 'apps', 'api', 'src', 'main.ts');

export interface Started {
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `main.ts` with `env` on top of this environment minus the test runner's own settings. */
export function launch(env: Record<string, string>): Started {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(TEST_|DATABASE_URL$|JWT_SECRET$|PORT$|NODE_ENV$|DATA_DIR$|REDIS_URL$)/.test(key),
    ),
  );
  const child = spawn(process.execPath, ['-r', '@swc-node/register', MAIN], {
    cwd: ROOT,
    env: { ...clean, SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json'), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { process: child, output: () => output, exited };
}

export async function waitFor(started: Started, pattern: RegExp, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(started.output())) {
    if (started.process.exitCode !== null) throw new Error(`process exited early:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
