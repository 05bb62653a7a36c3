import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The comment a MENTION is about, so the bell's link can reach it. No foreign key: a notification
 * outlives the comment's edits, and a link to a comment no longer there still opens the design.
 */
export class AddNotificationComment1764200000000 implements MigrationInterface {
  name = 'AddNotificationComment1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications" ADD "comment_id" uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications" DROP COLUMN "comment_id"`);
  }
}
