import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications: a user's @mentions, invitations and stage changes, kept until read and after. */
export class CreateNotifications1763910000000 implements MigrationInterface {
  name = 'CreateNotifications1763910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "design_id" uuid NOT NULL, "text" character varying(500) NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_notifications_kind" CHECK ("kind" IN ('MENTION', 'INVITATION', 'STAGE_CHANGED')), CONSTRAINT "pk_notifications" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_notifications_user_created" ON "notifications"  ("user_id", "created_at") `,
    );
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_design_id" FOREIGN KEY ("design_id") REFERENCES "designs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notifications"`);
  }
}
