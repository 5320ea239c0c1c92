import { type AppConfig } from '@scrutineer/platform';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { DataSource } from 'typeorm';
import { graphiqlLandingPage } from '../graphiql/graphiql-landing-page.js';
import { createFormatError, type ErrorLogger } from './format-error.js';
import { complexityPlugin, limitRules } from './limits.js';
import { createLoaders } from './loaders.js';
import type { RequestContext, ScrutineerRequest } from './request-context.js';

/** Apollo Server behind Nest, with the conventions of ARCHITECTURE.md §10. */
export function graphqlOptions(config: AppConfig, dataSource: DataSource, logError: ErrorLogger): Omit<ApolloDriverConfig, 'driver'> {
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
    validationRules: limitRules(config.graphql),
    plugins: [complexityPlugin(config.graphql.maxComplexity), ...(config.graphql.sandbox ? [graphiqlLandingPage('/graphql')] : [])],
    formatError: createFormatError(logError),
    context: ({ req }: { req: ScrutineerRequest }): RequestContext => ({ req, loaders: createLoaders(dataSource) }),
  };
}
