import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the committed schema.gql (`npm run codegen`). The output is committed and checked
 * for drift by test/console/codegen.spec.ts, like schema.gql.
 */
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/console/src/**/*.tsx', 'apps/console/src/**/*.ts', '!apps/console/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/console/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' } },
    },
  },
};
export default config;
