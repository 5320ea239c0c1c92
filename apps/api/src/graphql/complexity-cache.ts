import {
  isNonNullType,
  Kind,
  TypeInfo,
  ValidationContext,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';

/** Keys longer than this (big variable values) are computed, not cached. */
const MAX_KEY_LENGTH = 512;
/** Distinct keys kept per operation; past this, new ones are computed and not kept. */
const MAX_KEYS = 64;

interface OperationCosts {
  /** The variables the cost can depend on; null when this operation is always computed afresh. */
  relevant: string[] | null;
  costs: Map<string, number>;
}

function variablesIn(value: ValueNode, out: Set<string>): void {
  if (value.kind === Kind.VARIABLE) out.add(value.name.value);
  else if (value.kind === Kind.LIST) for (const v of value.values) variablesIn(v, out);
  else if (value.kind === Kind.OBJECT) for (const f of value.fields) variablesIn(f.value, out);
}

/**
 * Which variables an operation's cost depends on: those in the arguments of fields whose complexity is
 * a function of them (a connection's `first`), and those of @include/@skip. Null when a variable could
 * make the estimator itself fail (a nullable variable where a value is required: getArgumentValues
 * refuses an explicit null there), so that such a request meets the same error as without the cache.
 */
function relevantVariables(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): string[] | null {
  const context = new ValidationContext(schema, document, new TypeInfo(schema), () => undefined);
  const declared = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d]));
  for (const usage of context.getRecursiveVariableUsages(operation)) {
    const definition = declared.get(usage.node.name.value);
    if (!definition || (usage.type && isNonNullType(usage.type) && definition.type.kind !== Kind.NON_NULL_TYPE)) return null;
  }
  const relevant = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (typeof typeInfo.getFieldDef()?.extensions?.complexity === 'function')
          for (const a of node.arguments ?? []) variablesIn(a.value, relevant);
      },
      Directive(node) {
        for (const a of node.arguments ?? []) variablesIn(a.value, relevant);
      },
    }),
  );
  return [...relevant].sort();
}

/**
 * The cost of each operation, remembered per parsed document (Apollo keeps one DocumentNode per query
 * text) and the values of the variables it depends on: a repeated query is not walked again (issue 12).
 */
export class ComplexityCache {
  private readonly operations = new WeakMap<OperationDefinitionNode, OperationCosts>();

  cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
    compute: () => number,
  ): number {
    let entry = this.operations.get(operation);
    if (!entry) {
      entry = { relevant: relevantVariables(schema, document, operation), costs: new Map() };
      this.operations.set(operation, entry);
    }
    if (!entry.relevant) return compute();
    // [value] when given, [] when not (its default applies): an explicit null is not an absent value.
    const key =
      entry.relevant.length === 0
        ? ''
        : JSON.stringify(entry.relevant.map((name) => (variables[name] === undefined ? [] : [variables[name]])));
    const known = entry.costs.get(key);
    if (known !== undefined) return known;
    const cost = compute();
    if (key.length <= MAX_KEY_LENGTH && entry.costs.size < MAX_KEYS) entry.costs.set(key, cost);
    return cost;
  }
}
