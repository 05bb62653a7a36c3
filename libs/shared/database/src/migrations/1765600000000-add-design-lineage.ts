import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a design came from: `derived_from_id` names the design it was copied from (a duplicate, or
 * the published design a revision starts from); `revision_of_id` is set only on a revision, whose
 * publication supersedes the design it revises in the catalog. The source may be deleted one day:
 * the copy stays, its lineage forgotten.
 */
export class AddDesignLineage1765600000000 implements MigrationInterface {
  name = 'AddDesignLineage1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "designs" ADD "derived_from_id" uuid NULL`);
    await q.query(`ALTER TABLE "designs" ADD "revision_of_id" uuid NULL`);
    await q.query(
      `ALTER TABLE "designs" ADD CONSTRAINT "fk_designs_derived_from" FOREIGN KEY ("derived_from_id") REFERENCES "designs"("id") ON DELETE SET NULL`,
    );
    await q.query(
      `ALTER TABLE "designs" ADD CONSTRAINT "fk_designs_revision_of" FOREIGN KEY ("revision_of_id") REFERENCES "designs"("id") ON DELETE SET NULL`,
    );
    await q.query(
      `ALTER TABLE "designs" ADD CONSTRAINT "ck_designs_revision_is_derived" CHECK ("revision_of_id" IS NULL OR "revision_of_id" = "derived_from_id")`,
    );
    await q.query(`CREATE INDEX "ix_designs_revision_of_id" ON "designs" ("revision_of_id")`);
    await q.query(`CREATE INDEX "ix_designs_derived_from_id" ON "designs" ("derived_from_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_designs_derived_from_id"`);
    await q.query(`DROP INDEX "ix_designs_revision_of_id"`);
    await q.query(`ALTER TABLE "designs" DROP CONSTRAINT "ck_designs_revision_is_derived"`);
    await q.query(`ALTER TABLE "designs" DROP CONSTRAINT "fk_designs_revision_of"`);
    await q.query(`ALTER TABLE "designs" DROP CONSTRAINT "fk_designs_derived_from"`);
    await q.query(`ALTER TABLE "designs" DROP COLUMN "revision_of_id"`);
    await q.query(`ALTER TABLE "designs" DROP COLUMN "derived_from_id"`);
  }
}
