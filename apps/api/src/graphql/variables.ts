import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import {
  coerceInputValue,
  GraphQLError,
  isInputType,
  isNonNullType,
  Kind,
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

const notProvided = (name: string, type: string) => invalid(`Variable "$${name}" of required type "${type}" was not provided.`, name);

const invalidAt = (name: string, field: string, message: string) =>
  invalid(`Variable "$${name}" has an invalid value at "${field}": ${withoutValues(message)}`, field);

/**
 * The first variable that does not fit its declared type, as execution would coerce it, or null.
 * Stopped at the first problem: graphql-js collects every problem, each message quoting the whole
 * offending value, which for one wide object of unknown keys grows with the square of its size.
 * Messages never quote the value. Execution's own coercion is answered the same (`variablesPlugin`).
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
      if (isNonNullType(type) && !definition.defaultValue) return notProvided(name, String(type));
      continue;
    }
    try {
      coerceInputValue(inputs[name], type, (path, _value, error) => {
        throw new FirstProblem(invalidAt(name, pathText([name, ...path]), error.message));
      });
    } catch (error) {
      if (error instanceof FirstProblem) return error.error;
      throw error;
    }
  }
  return null;
}

/** Where graphql-js's "got invalid value …" message says the problem is (after the value it quotes), if it says. */
const AT_PATH = / at "([_A-Za-z]\w*(?:\.[_A-Za-z]\w*|\[\d+\])*)"$/;

/**
 * Execution's coercion error (the first of `errors`, as graphql-js words it) as `variablesProblem` words
 * the same problem, or null when the first error is not one. graphql-js writes
 * `Variable "$v" got invalid value <value> at "v.path"; <problem>`, `… of required type "T!" was not
 * provided.` or `… of non-null type "T!" must not be null.`
 */
export function executionVariablesProblem(errors: readonly GraphQLError[]): GraphQLError | null {
  const first = errors[0];
  const node = first?.nodes?.length === 1 ? first.nodes[0] : undefined;
  if (!first || node?.kind !== Kind.VARIABLE_DEFINITION) return null;
  const name = node.variable.name.value;
  const prefix = `Variable "$${name}" `;
  if (!first.message.startsWith(prefix)) return null;
  const rest = first.message.slice(prefix.length);
  const required = /^of required type "([^"]+)" was not provided\.$/.exec(rest);
  if (required) return notProvided(name, required[1]!);
  const nonNull = /^of non-null type "([^"]+)" must not be null\.$/.exec(rest);
  if (nonNull) return invalidAt(name, name, `Expected non-nullable type "${nonNull[1]}" not to be null.`);
  // Apollo's UserInputError keeps graphql-js's error, or the coercion error under it, as originalError.
  let inner = first.originalError;
  while (inner instanceof GraphQLError && inner.message.startsWith(prefix) && inner.originalError) inner = inner.originalError;
  const problem = inner?.message;
  if (!rest.startsWith('got invalid value ') || problem === undefined || !rest.endsWith(`; ${problem}`)) return null;
  const at = AT_PATH.exec(rest.slice(0, rest.length - problem.length - 2));
  return invalidAt(name, at ? at[1]! : name, problem);
}

/**
 * Variables are coerced once, by execution (limited to one problem: `executionOptions.maxCoercionErrors`),
 * and its refusal answers as `variablesProblem` does: the first problem alone, never quoting the value.
 * Apollo formats the errors it has just handed to didEncounterErrors (requestContext.errors, the same
 * array): the first is replaced there and graphql-js's "error limit reached" after it is dropped.
 */
export function variablesPlugin(): ApolloServerPlugin {
  const listener: GraphQLRequestListener<BaseContext> = {
    async didEncounterErrors({ errors }) {
      const problem = executionVariablesProblem(errors);
      if (problem) (errors as GraphQLError[]).splice(0, errors.length, problem);
    },
  };
  return { requestDidStart: async () => listener };
}

/** Execution stops coercing the variables at its second problem (it reports the first, then the limit). */
export const EXECUTION_OPTIONS = { maxCoercionErrors: 1 };
