import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The co-design core: designs, participants and invitations, skills, outcomes and their alignment,
 * threaded comments with mentions, and each design's event log (unique (design_id, seq)).
 */
export class CreateDesigns1763890000000 implements MigrationInterface {
  name = 'CreateDesigns1763890000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "designs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "institution_id" uuid NOT NULL, "created_by_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "summary" text, "sector" character varying(200), "target_learners" text, "prerequisites" text, "hours" double precision, "delivery_mode" character varying(20), "language" character varying(35), "assessment_approach" text, "participation_form" text, "quality_assurance" text, "credit_value" double precision, "stackability" text, "price" character varying(200), "validity_period" character varying(200), "stage" character varying(20) NOT NULL DEFAULT 'DRAFTING', "revision" integer NOT NULL DEFAULT '1', "version" integer NOT NULL DEFAULT '1', "last_seq" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_designs_hours" CHECK ("hours" > 0), CONSTRAINT "ck_designs_delivery_mode" CHECK ("delivery_mode" IN ('ONLINE', 'IN_PERSON', 'HYBRID')), CONSTRAINT "ck_designs_stage" CHECK ("stage" IN ('DRAFTING', 'PARTNER_REVIEW', 'COMMITTEE_REVIEW', 'APPROVED', 'PUBLISHED', 'ARCHIVED')), CONSTRAINT "pk_designs" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_designs_institution_id" ON "designs"  ("institution_id") `);
    await q.query(`CREATE INDEX "ix_designs_created_at_id" ON "designs"  ("created_at", "id") `);
    await q.query(
      `CREATE TABLE "comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "design_id" uuid NOT NULL, "target_type" character varying(10) NOT NULL, "target_id" uuid NOT NULL, "parent_id" uuid, "author_id" uuid NOT NULL, "body" text NOT NULL, "resolved" boolean NOT NULL DEFAULT false, "resolved_by_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_comments_target_type" CHECK ("target_type" IN ('DESIGN', 'SKILL', 'OUTCOME')), CONSTRAINT "pk_comments" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_comments_parent_id" ON "comments"  ("parent_id") `);
    await q.query(
      `CREATE INDEX "ix_comments_design_id_created_at" ON "comments"  ("design_id", "created_at") `,
    );
    await q.query(
      `CREATE TABLE "comment_mentions" ("comment_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "pk_comment_mentions" PRIMARY KEY ("comment_id", "user_id"))`,
    );
    await q.query(`CREATE INDEX "ix_comment_mentions_user_id" ON "comment_mentions"  ("user_id") `);
    await q.query(
      `CREATE TABLE "design_events" ("design_id" uuid NOT NULL, "seq" integer NOT NULL, "type" character varying(50) NOT NULL, "actor_id" uuid, "data" jsonb NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_design_events" PRIMARY KEY ("design_id", "seq"))`,
    );
    await q.query(
      `CREATE TABLE "skills" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "design_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "description" text, "priority" character varying(20) NOT NULL, "framework_name" character varying(50), "framework_code" character varying(100), "framework_label" character varying(300), "framework_url" text, "proposed_by_id" uuid NOT NULL, "proposed_by_organization_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_skills_priority" CHECK ("priority" IN ('ESSENTIAL', 'IMPORTANT', 'NICE_TO_HAVE')), CONSTRAINT "pk_skills" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_skills_design_id" ON "skills"  ("design_id") `);
    await q.query(
      `CREATE TABLE "outcomes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "design_id" uuid NOT NULL, "statement" character varying(1000) NOT NULL, "bloom_level" character varying(20) NOT NULL, "assessment_method" text, "position" integer NOT NULL, "created_by_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_outcomes_position" CHECK ("position" > 0), CONSTRAINT "ck_outcomes_bloom_level" CHECK ("bloom_level" IN ('REMEMBER', 'UNDERSTAND', 'APPLY', 'ANALYZE', 'EVALUATE', 'CREATE')), CONSTRAINT "pk_outcomes" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_outcomes_design_id" ON "outcomes"  ("design_id") `);
    await q.query(
      `CREATE TABLE "outcome_skills" ("outcome_id" uuid NOT NULL, "skill_id" uuid NOT NULL, CONSTRAINT "pk_outcome_skills" PRIMARY KEY ("outcome_id", "skill_id"))`,
    );
    await q.query(`CREATE INDEX "ix_outcome_skills_skill_id" ON "outcome_skills"  ("skill_id") `);
    await q.query(
      `CREATE TABLE "design_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "design_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "role" character varying(20) NOT NULL, "token_hash" character(64) NOT NULL, "invited_by_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_design_invitations_role" CHECK ("role" IN ('LEAD', 'FACULTY', 'EMPLOYER_PARTNER', 'COMMITTEE_MEMBER', 'OBSERVER')), CONSTRAINT "pk_design_invitations" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_design_invitations_design_id" ON "design_invitations"  ("design_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "ux_design_invitations_token_hash" ON "design_invitations"  ("token_hash") `,
    );
    await q.query(
      `CREATE TABLE "design_participants" ("design_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_design_participants_role" CHECK ("role" IN ('LEAD', 'FACULTY', 'EMPLOYER_PARTNER', 'COMMITTEE_MEMBER', 'OBSERVER')), CONSTRAINT "pk_design_participants" PRIMARY KEY ("design_id", "user_id"))`,
    );
    await q.query(`CREATE INDEX "ix_design_participants_user_id" ON "design_participants"  ("user_id") `);
    await q.query(
      `ALTER TABLE "designs" ADD CONSTRAINT "fk_designs_institution_id" FOREIGN KEY ("institution_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "designs" ADD CONSTRAINT "fk_designs_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_design_id" FOREIGN KEY ("design_id") REFERENCES "designs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_parent_id" FOREIGN KEY ("parent_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_resolved_by_id" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "comment_mentions" ADD CONSTRAINT "fk_comment_mentions_comment_id" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "comment_mentions" ADD CONSTRAINT "fk_comment_mentions_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "design_events" ADD CONSTRAINT "fk_design_events_design_id" FOREIGN KEY ("design_id") REFERENCES "designs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "design_events" ADD CONSTRAINT "fk_design_events_actor_id" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "skills" ADD CONSTRAINT "fk_skills_design_id" FOREIGN KEY ("design_id") REFERENCES "designs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "skills" ADD CONSTRAINT "fk_skills_proposed_by_id" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "skills" ADD CONSTRAINT "fk_skills_proposed_by_organization_id" FOREIGN KEY ("proposed_by_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outcomes" ADD CONSTRAINT "fk_outcomes_design_id" FOREIGN KEY ("design_id") REFERENCES "designs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outcomes" ADD CONSTRAINT "fk_outcomes_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outcome_skills" ADD CONSTRAINT "fk_outcome_skills_outcome_id" FOREIGN KEY ("outcome_id") REFERENCES "outcomes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outcome_skills" ADD CONSTRAINT "fk_outcome_skills_skill_id" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "design_invitations" ADD CONSTRAINT "fk_design_invitations_design_id" FOREIGN KEY ("design_id") REFERENCES "designs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "design_invitations" ADD CONSTRAINT "fk_design_invitations_invited_by_id" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "design_invitations" ADD CONSTRAINT "fk_design_invitations_accepted_by_id" FOREIGN KEY ("accepted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "design_participants" ADD CONSTRAINT "fk_design_participants_design_id" FOREIGN KEY ("design_id") REFERENCES "designs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "design_participants" ADD CONSTRAINT "fk_design_participants_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "design_events"`);
    await q.query(`DROP TABLE "comment_mentions"`);
    await q.query(`DROP TABLE "comments"`);
    await q.query(`DROP TABLE "outcome_skills"`);
    await q.query(`DROP TABLE "outcomes"`);
    await q.query(`DROP TABLE "skills"`);
    await q.query(`DROP TABLE "design_invitations"`);
    await q.query(`DROP TABLE "design_participants"`);
    await q.query(`DROP TABLE "designs"`);
  }
}
