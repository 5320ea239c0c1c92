import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * An operation of a kind the schema does not have (a subscription: this API has none) is refused at
 * validation; graphql-js 16 would only notice while executing, as an error without a code.
 */
export const knownOperationTypeRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: node }));
    }
  },
});
