import type { CodegenConfig } from '@graphql-codegen/cli';

// One source of truth for types: the SDL under server/src/<domain>/*.graphql. `pnpm codegen`
// regenerates; `pnpm codegen:check` (part of `npm test`) fails when the committed output is stale.
const config: CodegenConfig = {
  schema: 'server/src/**/*.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'server/src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.js#Context',
        useIndexSignature: true,
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
    'web/src/gql/': {
      preset: 'client',
      config: { enumsAsTypes: true, useTypeImports: true },
    },
  },
  hooks: { afterOneFileWrite: [] },
};

export default config;
