import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Optimistic concurrency in one place: `UPDATE … SET …, version = version + 1 WHERE id = :id AND
 * version = :expected`. TypeORM's @VersionColumn does not guard writes by itself; this does.
 * Returns false when no row had the expected version (the caller answers CONFLICT).
 */
export async function versionedUpdate<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: string,
  expectedVersion: number,
  changes: Partial<E>,
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  return result.affected === 1;
}
