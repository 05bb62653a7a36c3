import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for every operation the API tests send through `graphql(…)`, checked against the
 * committed schema the way the web app's are (`apps/web/codegen.ts`): `tsc -p apps/api` fails while
 * a test's operation and the schema disagree. `npm run codegen` regenerates both.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/api/test/**/*.ts', '!apps/api/test/gql/**', '!apps/api/test/codegen.ts'],
  generates: {
    'apps/api/test/gql/': {
      preset: 'client',
      config: {
        scalars: { DateTime: 'string', JSON: 'unknown' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
