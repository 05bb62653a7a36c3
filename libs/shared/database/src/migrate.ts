import { DataSource } from 'typeorm';

/** Any constant: the advisory lock that lets one API instance at a time run migrations. */
const MIGRATION_LOCK_KEY = 7_203_114_821;

/**
 * Runs pending migrations under an advisory lock, so that several instances starting together do
 * not race each other. Returns the names of the migrations it ran.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
