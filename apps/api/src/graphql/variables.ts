import {
  coerceInputValue,
  GraphQLError,
  isInputType,
  isNonNullType,
  typeFromAST,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { withoutValues } from './value-free.js';

const pathText = (path: readonly (string | number)[]): string =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');

/** Thrown out of coerceInputValue to stop it at the first problem. */
class FirstProblem {
  constructor(readonly error: GraphQLError) {}
}

const invalid = (message: string, field: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fields: [{ field, messages: [message] }], http: { status: 400 } } });

/**
 * The first variable that does not fit its declared type, as execution would coerce it, or null.
 * Checked before anything else reads the variables, and stopped at the first problem: graphql-js
 * collects every problem, each message quoting the whole offending value, which for one wide
 * object of unknown keys grows with the square of its size. Messages never quote the value.
 */
export function variablesProblem(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  inputs: Record<string, unknown>,
): GraphQLError | null {
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    // Validation has already refused unknown or non-input types.
    if (!type || !isInputType(type)) continue;
    if (!Object.hasOwn(inputs, name) || inputs[name] === undefined) {
      if (isNonNullType(type) && !definition.defaultValue)
        return invalid(`Variable "$${name}" of required type "${String(type)}" was not provided.`, name);
      continue;
    }
    try {
      coerceInputValue(inputs[name], type, (path, _value, error) => {
        const field = pathText([name, ...path]);
        throw new FirstProblem(invalid(`Variable "$${name}" has an invalid value at "${field}": ${withoutValues(error.message)}`, field));
      });
    } catch (error) {
      if (error instanceof FirstProblem) return error.error;
      throw error;
    }
  }
  return null;
}
