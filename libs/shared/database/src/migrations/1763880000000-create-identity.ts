import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organizations, their users (unique email whatever the case) and organization invitations. */
export class CreateIdentity1763880000000 implements MigrationInterface {
  name = 'CreateIdentity1763880000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "organizations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" character varying(200) NOT NULL,
        "kind" character varying(20) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_organizations_kind" CHECK ("kind" IN ('EMPLOYER', 'POST_SECONDARY', 'COMMUNITY')),
        CONSTRAINT "pk_organizations" PRIMARY KEY ("id")
      )`);
    await q.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" character varying(254) NOT NULL,
        "display_name" character varying(100) NOT NULL,
        "password_hash" text NOT NULL,
        "organization_id" uuid NOT NULL,
        "org_role" character varying(10) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_users_org_role" CHECK ("org_role" IN ('ADMIN', 'MEMBER')),
        CONSTRAINT "pk_users" PRIMARY KEY ("id"),
        CONSTRAINT "fk_users_organization_id" FOREIGN KEY ("organization_id")
          REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "ux_users_email_lower" ON "users" (lower("email"))`);
    await q.query(`CREATE INDEX "ix_users_organization_id" ON "users" ("organization_id")`);
    await q.query(`
      CREATE TABLE "organization_invitations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "email" character varying(254) NOT NULL,
        "org_role" character varying(10) NOT NULL,
        "token_hash" character(64) NOT NULL,
        "invited_by_id" uuid NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "accepted_at" TIMESTAMP WITH TIME ZONE,
        "accepted_by_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_organization_invitations_org_role" CHECK ("org_role" IN ('ADMIN', 'MEMBER')),
        CONSTRAINT "pk_organization_invitations" PRIMARY KEY ("id"),
        CONSTRAINT "fk_organization_invitations_organization_id" FOREIGN KEY ("organization_id")
          REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_organization_invitations_invited_by_id" FOREIGN KEY ("invited_by_id")
          REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_organization_invitations_accepted_by_id" FOREIGN KEY ("accepted_by_id")
          REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await q.query(
      `CREATE INDEX "ix_organization_invitations_organization_id" ON "organization_invitations" ("organization_id")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_organization_invitations_token_hash" ON "organization_invitations" ("token_hash")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "organization_invitations"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP TABLE "organizations"`);
  }
}
