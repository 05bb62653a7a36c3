/** Real processes for tests: the API started as `npm start` would, with a chosen environment. */
import { ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const WORKSPACE_ROOT = join(__dirname, '..', '..', '..');

export interface Started {
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Starts `node <args>` in the workspace root with `env` on top of this environment minus the test
 * runner's own settings (so the child reads only what the test gives it).
 */
export function launch(args: string[], env: Record<string, string>): Started {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !/^(TEST_|DATABASE_URL$|JWT_SECRET$|PORT$|NODE_ENV$|DATA_DIR$|SIGNING_KEY$|REDIS_URL$|REDIS_PREFIX$)/.test(
          key,
        ),
    ),
  );
  // Without a data folder of its own the API would generate its signing key into the workspace's
  // `.data` (the developer's install): it gets the test run's key instead, as it gets JWT_SECRET.
  const signing = env.DATA_DIR || env.SIGNING_KEY ? {} : { SIGNING_KEY: testSigningKeyPem() };
  const child = spawn(process.execPath, args, {
    cwd: WORKSPACE_ROOT,
    env: { ...clean, LOG_LEVEL: 'info', ...signing, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { process: child, output: () => output, exited };
}

let signingKeyPem: string | undefined;

/** One Ed25519 key per test process, so that several API processes of one test share it. */
function testSigningKeyPem(): string {
  signingKeyPem ??= generateKeyPairSync('ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  return signingKeyPem;
}

/** `main.ts` from source through SWC (no build needed). */
export function launchApiFromSource(env: Record<string, string>): Started {
  return launch(['-r', '@swc-node/register', join(WORKSPACE_ROOT, 'apps', 'api', 'src', 'main.ts')], {
    SWC_NODE_PROJECT: join(WORKSPACE_ROOT, 'tsconfig.base.json'),
    ...env,
  });
}

/** The built API (`dist`), as `npm start` runs it (`nodeArgs`: Node flags such as `--cpu-prof`). */
export function launchBuiltApi(env: Record<string, string>, nodeArgs: readonly string[] = []): Started {
  return launch([...nodeArgs, join(WORKSPACE_ROOT, 'dist', 'apps', 'api', 'src', 'main.js')], env);
}

export async function waitFor(started: Started, pattern: RegExp, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(started.output())) {
    if (started.process.exitCode !== null) throw new Error(`process exited early:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function stop(
  started: Started | undefined,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  if (!started) return null;
  if (started.process.exitCode === null) started.process.kill(signal);
  return started.exited;
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

export interface RedisServer {
  readonly port: number;
  readonly url: string;
  readonly started: Started;
}

/**
 * A `redis-server` of the test's own on `port` (a free one when omitted), with nothing saved to
 * disk: a test may kill it and start it again on the same port, as an outage would look.
 */
export async function startRedisServer(port?: number): Promise<RedisServer> {
  const chosen = port ?? (await freePort());
  const child = spawn(
    'redis-server',
    ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started: Started = { process: child, output: () => output, exited };
  await waitFor(started, /Ready to accept connections/, 10_000);
  return { port: chosen, url: `redis://127.0.0.1:${chosen}`, started };
}
