import { MigrationInterface, QueryRunner } from 'typeorm';

/** The Yjs state of each live co-editing document (libs/collab). */
export class CreateCollabDocuments1765300000000 implements MigrationInterface {
  name = 'CreateCollabDocuments1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "collab_documents" ("name" character varying(100) NOT NULL, "design_id" uuid NOT NULL, "state" bytea NOT NULL, "fields" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_collab_documents" PRIMARY KEY ("name"))`,
    );
    await q.query(
      `ALTER TABLE "collab_documents" ADD CONSTRAINT "fk_collab_documents_design_id" FOREIGN KEY ("design_id") REFERENCES "designs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "collab_documents"`);
  }
}
