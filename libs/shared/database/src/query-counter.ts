import { Injectable } from '@nestjs/common';
import { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts the SQL statements this process sends (TypeORM hands every query to its logger), so a
 * test can prove that a nested GraphQL query costs the same number of statements however big the
 * design is. It logs nothing itself: failures surface as errors where they happen.
 */
@Injectable()
export class QueryCounter implements TypeOrmLogger {
  count = 0;

  logQuery(): void {
    this.count += 1;
  }
  // The rest of TypeORM's logger interface: nothing to record.
  logQueryError(): void {
    return;
  }
  logQuerySlow(): void {
    return;
  }
  logSchemaBuild(): void {
    return;
  }
  logMigration(): void {
    return;
  }
  log(): void {
    return;
  }
}
