import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';

import { CollabModule } from '@mc/collab';
import { AppConfig, ConfigModule, SigningKey, SigningKeyModule } from '@mc/config';
import { DatabaseModule } from '@mc/database';
import { DesignsModule } from '@mc/designs';
import { GraphQLPassthroughFilter, InputValidationPipe } from '@mc/errors';
import { AuthGuard, IdentityModule } from '@mc/identity';
import { HealthController } from '@mc/observability';
import { RealtimeModule } from '@mc/realtime';
import { WorkflowModule } from '@mc/workflow';

import { ALL_ENTITIES } from './entities';
import { graphqlOptions } from './graphql/graphql.options';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  jwtSecret: string;
  /** The platform's credential-signing key (`resolveSigningKey`). */
  signingKey: SigningKey;
  logger: Logger;
}

/** Wires the libraries together; no domain logic lives here. */
@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const { config, logger } = options;
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        SigningKeyModule.forRoot(options.signingKey),
        DatabaseModule.forRoot({
          url: options.databaseUrl,
          entities: ALL_ENTITIES,
          onMigrated: (names) =>
            names.length && logger.info({ migrations: names }, 'ran database migrations'),
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(config, logger),
        }),
        IdentityModule.forRoot({
          jwtSecret: options.jwtSecret,
          accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
          redisUrl: config.REDIS_URL,
          redisPrefix: config.REDIS_PREFIX,
        }),
        DesignsModule,
        WorkflowModule,
        RealtimeModule.forRoot({
          distributed: Boolean(config.REDIS_URL),
          maxSocketsPerUser: config.MAX_SOCKETS_PER_USER,
        }),
        CollabModule.forRoot({ redisUrl: config.REDIS_URL ?? null, redisPrefix: config.REDIS_PREFIX }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useExisting: AuthGuard },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLPassthroughFilter },
      ],
    };
  }
}
