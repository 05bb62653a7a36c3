import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suggestions (SPEC "Suggestions"): new wording for a text field of a design, a skill or an
 * outcome, open until someone who may edit the field accepts or rejects it; and the SUGGESTION
 * notification kind, which tells the field's editors (and the author, once it is decided).
 */
export class CreateSuggestions1765400000000 implements MigrationInterface {
  name = 'CreateSuggestions1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "suggestions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "design_id" uuid NOT NULL, "target_type" character varying(10) NOT NULL, "target_id" uuid NOT NULL, "field" character varying(40) NOT NULL, "base_text" text, "proposed_text" text NOT NULL, "note" text, "status" character varying(10) NOT NULL DEFAULT 'OPEN', "author_id" uuid NOT NULL, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_suggestions_status" CHECK ("status" IN ('OPEN', 'ACCEPTED', 'REJECTED')), CONSTRAINT "ck_suggestions_target_type" CHECK ("target_type" IN ('DESIGN', 'SKILL', 'OUTCOME')), CONSTRAINT "pk_suggestions" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_suggestions_design_id_created_at" ON "suggestions"  ("design_id", "created_at") `,
    );
    await q.query(
      `ALTER TABLE "suggestions" ADD CONSTRAINT "fk_suggestions_design_id" FOREIGN KEY ("design_id") REFERENCES "designs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "suggestions" ADD CONSTRAINT "fk_suggestions_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "suggestions" ADD CONSTRAINT "fk_suggestions_decided_by_id" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "ck_notifications_kind"`);
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "ck_notifications_kind" CHECK ("kind" IN ('MENTION', 'INVITATION', 'STAGE_CHANGED', 'SUGGESTION'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "notifications" WHERE "kind" = 'SUGGESTION'`);
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "ck_notifications_kind"`);
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "ck_notifications_kind" CHECK ("kind" IN ('MENTION', 'INVITATION', 'STAGE_CHANGED'))`,
    );
    await q.query(`DROP TABLE "suggestions"`);
  }
}
