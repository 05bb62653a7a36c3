import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organization admins deactivate members: a deactivated user cannot log in; their records stay. */
export class AddUserActive1764100000000 implements MigrationInterface {
  name = 'AddUserActive1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" ADD "active" boolean NOT NULL DEFAULT true`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" DROP COLUMN "active"`);
  }
}
