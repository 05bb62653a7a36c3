import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether the mail that goes with a notification went out. A notification and its mail are written
 * by different listeners of the same change; both name that change (`cause`: a design event or an
 * invitation), so the bell can show, per notification, the state of the mail to the same person.
 */
export class CreateMailDeliveries1765720000000 implements MigrationInterface {
  name = 'CreateMailDeliveries1765720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications" ADD "cause" character varying(120)`);
    await q.query(
      `CREATE TABLE "mail_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "cause" character varying(120) NOT NULL, "kind" character varying(30) NOT NULL, "status" character varying(20) NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mail_deliveries_status" CHECK ("status" IN ('QUEUED', 'IN_DIGEST', 'SENT', 'FAILED', 'OFF')), CONSTRAINT "pk_mail_deliveries" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_mail_deliveries_user_cause" ON "mail_deliveries" ("user_id", "cause")`,
    );
    await q.query(
      `ALTER TABLE "mail_deliveries" ADD CONSTRAINT "fk_mail_deliveries_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE "mail_digest_entries" ADD "delivery_id" uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "mail_digest_entries" DROP COLUMN "delivery_id"`);
    await q.query(`DROP TABLE "mail_deliveries"`);
    await q.query(`ALTER TABLE "notifications" DROP COLUMN "cause"`);
  }
}
