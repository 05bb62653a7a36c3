import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** What a unit of work gets: the transaction's manager and a way to act once it has committed. */
export interface Tx {
  readonly manager: EntityManager;
  /** Runs `callback` after COMMIT succeeded (never after a rollback), e.g. to publish events. */
  afterCommit(callback: () => void | Promise<void>): void;
}

/** Every write that must be atomic goes through {@link TransactionRunner.run}. */
@Injectable()
export class TransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const callbacks: Array<() => void | Promise<void>> = [];
    const result = await this.dataSource.transaction((manager) =>
      work({ manager, afterCommit: (callback) => callbacks.push(callback) }),
    );
    for (const callback of callbacks) await callback();
    return result;
  }
}
