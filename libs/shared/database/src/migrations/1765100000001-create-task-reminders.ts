import { MigrationInterface, QueryRunner } from 'typeorm';

/** How many reminders each open task has had (at most three, one per REMINDER_AFTER_SECONDS). */
export class CreateTaskReminders1765100000001 implements MigrationInterface {
  name = 'CreateTaskReminders1765100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "task_reminders" ("user_id" uuid NOT NULL, "design_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "since" TIMESTAMP WITH TIME ZONE NOT NULL, "sent" integer NOT NULL, "last_sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_task_reminders" PRIMARY KEY ("user_id", "design_id", "kind", "since"))`,
    );
    await q.query(
      `ALTER TABLE "task_reminders" ADD CONSTRAINT "fk_task_reminders_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "task_reminders" ADD CONSTRAINT "fk_task_reminders_design_id" FOREIGN KEY ("design_id") REFERENCES "designs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "task_reminders"`);
  }
}
