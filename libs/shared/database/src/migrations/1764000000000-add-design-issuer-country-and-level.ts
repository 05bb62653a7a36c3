import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The issuer's country or region (ISO 3166-1 alpha-2 or ISO 3166-2) and the qualification level
 * (`<framework> <level>` or `not applicable`) of a design: two EU Annex I elements. The checks hold
 * the shapes; the list of real country codes is checked by the API (`iso-3166-1-alpha-2.ts`).
 */
export class AddDesignIssuerCountryAndLevel1764000000000 implements MigrationInterface {
  name = 'AddDesignIssuerCountryAndLevel1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "designs" ADD "issuer_country" character varying(6)`);
    await q.query(`ALTER TABLE "designs" ADD "level" character varying(40)`);
    await q.query(
      `ALTER TABLE "designs" ADD CONSTRAINT "ck_designs_issuer_country" CHECK ("issuer_country" ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$')`,
    );
    await q.query(
      `ALTER TABLE "designs" ADD CONSTRAINT "ck_designs_level" CHECK ("level" = 'not applicable' OR "level" ~ '^[A-Za-z][A-Za-z0-9-]{0,19} [A-Za-z0-9][A-Za-z0-9.+-]{0,9}$')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "designs" DROP CONSTRAINT "ck_designs_level"`);
    await q.query(`ALTER TABLE "designs" DROP CONSTRAINT "ck_designs_issuer_country"`);
    await q.query(`ALTER TABLE "designs" DROP COLUMN "level"`);
    await q.query(`ALTER TABLE "designs" DROP COLUMN "issuer_country"`);
  }
}
