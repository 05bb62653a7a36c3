import { MigrationInterface, QueryRunner } from 'typeorm';

/** Approval workflow: decisions (one per person per revision), frozen snapshots, per-institution pipelines. */
export class CreateWorkflow1763900000000 implements MigrationInterface {
  name = 'CreateWorkflow1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "design_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "design_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "revision" integer NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_design_decisions_kind" CHECK ("kind" IN ('ENDORSE', 'REQUEST_CHANGES', 'APPROVE', 'REJECT', 'ABSTAIN')), CONSTRAINT "pk_design_decisions" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_design_decisions_design_user_revision" ON "design_decisions"  ("design_id", "user_id", "revision") `,
    );
    await q.query(
      `CREATE TABLE "workflow_pipelines" ("institution_id" uuid NOT NULL, "definition" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_workflow_pipelines" PRIMARY KEY ("institution_id"))`,
    );
    await q.query(
      `CREATE TABLE "design_snapshots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "design_id" uuid NOT NULL, "revision" integer NOT NULL, "stage" character varying(20) NOT NULL, "taken_by_id" uuid, "content" jsonb NOT NULL, "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_design_snapshots" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_design_snapshots_design_id_taken_at" ON "design_snapshots"  ("design_id", "taken_at") `,
    );
    await q.query(
      `ALTER TABLE "design_decisions" ADD CONSTRAINT "fk_design_decisions_design_id" FOREIGN KEY ("design_id") REFERENCES "designs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "design_decisions" ADD CONSTRAINT "fk_design_decisions_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workflow_pipelines" ADD CONSTRAINT "fk_workflow_pipelines_institution_id" FOREIGN KEY ("institution_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "design_snapshots" ADD CONSTRAINT "fk_design_snapshots_design_id" FOREIGN KEY ("design_id") REFERENCES "designs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "design_snapshots" ADD CONSTRAINT "fk_design_snapshots_taken_by_id" FOREIGN KEY ("taken_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "design_snapshots"`);
    await q.query(`DROP TABLE "workflow_pipelines"`);
    await q.query(`DROP TABLE "design_decisions"`);
  }
}
