import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { QUERY_TOO_COMPLEX, QUERY_TOO_DEEP } from './error-codes.js';

const limitError = (message: string, code: string) => new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/** Depth and alias limits as validation rules, each refusal with its own code. */
export function limitRules(limits: { maxDepth: number; maxAliases: number }): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      propagateOnRejection: false,
      onReject: [
        (ctx, err) =>
          (ctx as ValidationContext).reportError(
            limitError(`${err.message.replace(/^Syntax Error: /, '')} Ask for fewer nested levels.`, QUERY_TOO_DEEP),
          ),
      ],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [
        (ctx, err) => (ctx as ValidationContext).reportError(limitError(err.message.replace(/^Syntax Error: /, ''), QUERY_TOO_COMPLEX)),
      ],
    }),
  ];
}

/**
 * Query cost: each field costs 1, connections cost their children times the page size
 * (`@Field({ complexity })`). Checked once the operation and its variables are known.
 */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName ?? undefined,
              query: document,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (err) {
            // getComplexity coerces the variables before Apollo does: report bad ones as Apollo would.
            if (err instanceof GraphQLError)
              throw new GraphQLError(err.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            throw err;
          }
          if (complexity > maxComplexity) {
            throw limitError(
              `This query would cost ${complexity}, more than the limit of ${maxComplexity}. Ask for smaller pages (first) or fewer fields.`,
              QUERY_TOO_COMPLEX,
            );
          }
        },
      };
    },
  };
}
