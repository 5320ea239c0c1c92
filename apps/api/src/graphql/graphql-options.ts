import { type AppConfig } from '@scrutineer/platform';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { DataSource } from 'typeorm';
import type { ErrorLog } from '../errors/error-log.js';
import { graphiqlLandingPage } from '../graphiql/graphiql-landing-page.js';
import { createFormatError } from './format-error.js';
import { complexityPlugin, limitRules } from './limits.js';
import { knownOperationTypeRule } from './operation-rules.js';
import { createLoaders } from './loaders.js';
import { EXECUTION_OPTIONS, variablesPlugin } from './variables.js';
import type { RequestContext, ScrutineerRequest } from './request-context.js';

/** Apollo Server behind Nest, with the conventions of ARCHITECTURE.md §10. */
export function graphqlOptions(config: AppConfig, dataSource: DataSource, log: ErrorLog): Omit<ApolloDriverConfig, 'driver'> {
  return {
    path: '/graphql',
    // Code-first; the schema is kept in memory here and committed as schema.gql by `npm run schema`.
    autoSchemaFile: true,
    sortSchema: true,
    introspection: config.graphql.introspection,
    // Nest's GraphiQL page loads from a CDN: ours is served from this server (GraphiqlModule).
    graphiql: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.graphql.maxTokens },
    validationRules: [knownOperationTypeRule, ...limitRules(config.graphql)],
    // No automatic persisted queries: every request carries its document (one code, not three, for clients to handle).
    persistedQueries: false,
    executionOptions: EXECUTION_OPTIONS,
    plugins: [
      complexityPlugin(config.graphql.maxComplexity),
      variablesPlugin(),
      ...(config.graphql.sandbox ? [graphiqlLandingPage('/graphql')] : []),
    ],
    formatError: createFormatError(log),
    context: ({ req }: { req: ScrutineerRequest }): RequestContext => ({ req, loaders: createLoaders(dataSource) }),
  };
}
