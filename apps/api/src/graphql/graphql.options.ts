import { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Logger } from 'pino';

import { AppConfig } from '@mc/config';
import { toGraphQLFormattedError } from '@mc/errors';

import { localLandingPagePlugin } from './local-landing-page.plugin';
import { noStorePlugin } from './no-store.plugin';
import { unavailableStatusPlugin } from './unavailable-status.plugin';

/** Limits that keep one hostile query from hurting everyone else. */
export const QUERY_LIMITS = {
  maxDepth: 15,
  maxAliases: 20,
  maxDirectives: 30,
  maxTokens: 3_000,
  maxCost: 8_000,
} as const;

/**
 * Apollo on Nest, code-first. The schema is built in memory at start; its committed copy
 * (apps/api/schema.gql) is refreshed by `npm run schema:generate` and checked by a test.
 */
export function graphqlOptions(config: AppConfig, logger: Logger): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // graphql-armor's token limit parses the query a second time in a `parsingDidStart` hook, where
    // Apollo takes its refusal for a crash (HTTP 500). graphql-js counts tokens in the one real
    // parse instead (`parseOptions` below), so the refusal is a syntax error: 400 BAD_USER_INPUT.
    maxTokens: { enabled: false },
    // Introspection is off in production; elsewhere tools' standard introspection query must pass.
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: production },
  }).protect();

  const plugins: ApolloServerPlugin[] = [...(armor.plugins as ApolloServerPlugin[])];
  plugins.push(unavailableStatusPlugin);
  // Apollo installs its cache-control plugin by default: it wraps every field resolver to gather
  // cache hints that nothing here sets (issue #15 measured it at ≈ 13 % of a big read's CPU). Off,
  // with `no-store` said by our own plugin. Usage reporting would start with an APOLLO_KEY in the
  // environment and send operation data to Apollo's cloud: off whatever the environment holds.
  plugins.push(ApolloServerPluginCacheControlDisabled(), ApolloServerPluginUsageReportingDisabled());
  plugins.push(noStorePlugin);
  // Apollo's own sandbox page loads from a CDN; ours is local. Production serves no page at all.
  if (!production) plugins.push(localLandingPagePlugin({ introspection: true }));

  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: armor.validationRules,
    plugins,
    // Nest would reset every answer with `data` to 200, hiding the 503 of unavailableStatusPlugin;
    // no error of ours carries another HTTP status, so Apollo's own choice (200) stands otherwise.
    preserveHttpStatusForExecutionErrors: false,
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
    formatError: (formatted, error) => toGraphQLFormattedError(formatted, error, logger),
  };
}
