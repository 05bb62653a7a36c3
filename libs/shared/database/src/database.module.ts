import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { buildDataSourceOptions } from './data-source-options';
import { runMigrations } from './migrate';
import { QueryCounter } from './query-counter';
import { TransactionRunner } from './transaction-runner';

export interface DatabaseModuleOptions {
  url: string;
  entities: Parameters<typeof buildDataSourceOptions>[1];
  poolSize?: number;
  /** How long a query may wait for a pooled connection (default 5 s). */
  connectTimeoutMs?: number;
  /** Called with the names of the migrations run at start (for the start-up log). */
  onMigrated?: (names: string[]) => void;
}

/** The TypeORM connection, with migrations run (under a lock) before anything else uses it. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    const queryCounter = new QueryCounter();
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...buildDataSourceOptions(options.url, options.entities, options),
            retryAttempts: 0,
          }),
          dataSourceFactory: async (dataSourceOptions) => {
            if (!dataSourceOptions) throw new Error('DatabaseModule: no data source options');
            // Set here: @nestjs/typeorm does not pass a custom logger through its options.
            const dataSource = await new DataSource({
              ...dataSourceOptions,
              logger: queryCounter,
            }).initialize();
            options.onMigrated?.(await runMigrations(dataSource));
            return dataSource;
          },
        }),
      ],
      providers: [TransactionRunner, { provide: QueryCounter, useValue: queryCounter }],
      exports: [TransactionRunner, QueryCounter],
    };
  }
}
