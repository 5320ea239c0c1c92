import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, Kind, type ValidationContext, type ValidationRule } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ComplexityCache } from './complexity-cache.js';
import { QUERY_TOO_COMPLEX, QUERY_TOO_DEEP } from './error-codes.js';
import { variablesProblem } from './variables.js';

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

const ESTIMATORS = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];

/**
 * Query cost: each field costs 1, connections cost their children times the page size
 * (`@Field({ complexity })`). Checked once the operation is known; a repeated operation's cost comes
 * from the cache, and a cost computed afresh only once its variables fit their types.
 */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  const cache = new ComplexityCache();
  // One listener for every request: it keeps no state of its own.
  const listener: GraphQLRequestListener<BaseContext> = {
    async didResolveOperation({ request, document, schema, operation }) {
      // No operation matches operationName: Apollo answers OPERATION_RESOLUTION_FAILURE itself.
      if (!operation) return;
      const variables = request.variables ?? {};
      const complexity = cache.cost(schema, document, operation, variables, () => {
        // The estimator coerces every variable, collecting each problem without limit: refused first,
        // at the first problem. A known cost needs no coercion here: execution's is the only one.
        const problem = variablesProblem(schema, operation, variables);
        if (problem) throw problem;
        return getComplexity({
          schema,
          // Only this operation and the fragments: the estimator trips over other, unnamed operations.
          query: {
            ...document,
            definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
          },
          variables,
          estimators: ESTIMATORS,
        });
      });
      if (complexity > maxComplexity) {
        throw limitError(
          `This query would cost ${complexity}, more than the limit of ${maxComplexity}. Ask for smaller pages (first) or fewer fields.`,
          QUERY_TOO_COMPLEX,
        );
      }
    },
  };
  return { requestDidStart: async () => listener };
}
