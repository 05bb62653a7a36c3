import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail: password-reset links, people's notification preferences and their pending digest entries.
 * (pg-boss' own schema, `pgboss`, is created and upgraded by pg-boss at start-up, under its lock.)
 */
export class CreateMail1765100000000 implements MigrationInterface {
  name = 'CreateMail1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "password_reset_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_password_reset_tokens" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_password_reset_tokens_user" ON "password_reset_tokens"  ("user_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "ux_password_reset_tokens_hash" ON "password_reset_tokens"  ("token_hash") `,
    );
    await q.query(
      `CREATE TABLE "mail_digest_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "subject" character varying(300) NOT NULL, "link" character varying(2000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_mail_digest_entries" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_mail_digest_entries_user_created" ON "mail_digest_entries"  ("user_id", "created_at") `,
    );
    await q.query(
      `CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "email" character varying(20) NOT NULL DEFAULT 'IMMEDIATE', "digest_due_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_notification_preferences_email" CHECK ("email" IN ('IMMEDIATE', 'DAILY_DIGEST', 'OFF')), CONSTRAINT "pk_notification_preferences" PRIMARY KEY ("user_id"))`,
    );
    await q.query(
      `ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "fk_password_reset_tokens_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "mail_digest_entries" ADD CONSTRAINT "fk_mail_digest_entries_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "fk_notification_preferences_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notification_preferences"`);
    await q.query(`DROP TABLE "mail_digest_entries"`);
    await q.query(`DROP TABLE "password_reset_tokens"`);
  }
}
