import { buildSchema, getOperationAST, parse, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ComplexityCache } from './complexity-cache.js';

function schemaWithConnection(): GraphQLSchema {
  const schema = buildSchema(`
    type Item { id: ID! name: String }
    type Query { items(first: Int = 5, filter: String): [Item!]! item(id: ID!): Item }
  `);
  const items = schema.getQueryType()!.getFields()['items']!;
  items.extensions = {
    complexity: ({ args, childComplexity }: { args: { first?: number | null }; childComplexity: number }) =>
      1 + childComplexity * (args.first ?? 20),
  };
  return schema;
}

describe('ComplexityCache', () => {
  const schema = schemaWithConnection();
  const estimators = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];

  function costs(query: string) {
    const document = parse(query);
    const operation = getOperationAST(document)!;
    const cache = new ComplexityCache();
    let computed = 0;
    const cost = (variables: Record<string, unknown>) =>
      cache.cost(schema, document, operation, variables, () => {
        computed += 1;
        return getComplexity({ schema, query: document, variables, estimators });
      });
    return { cost, computed: () => computed };
  }

  it('walks a query once when no variable changes its cost (an id)', () => {
    const c = costs('query ($id: ID!) { item(id: $id) { id name } }');
    expect(c.cost({ id: 'a' })).toBe(3);
    expect(c.cost({ id: 'b' })).toBe(3);
    expect(c.computed()).toBe(1);
  });

  it('keys on the variables a cost depends on: page size, absent (its default) and null apart, and @include', () => {
    const c = costs('query ($n: Int, $id: ID!, $more: Boolean!) { items(first: $n) { id name @include(if: $more) } item(id: $id) { id } }');
    expect(c.cost({ n: 2, id: 'a', more: true })).toBe(7);
    expect(c.cost({ n: 2, id: 'b', more: true })).toBe(7);
    expect(c.computed()).toBe(1);
    expect(c.cost({ n: 3, id: 'a', more: true })).toBe(9);
    expect(c.cost({ id: 'a', more: true })).toBe(13);
    expect(c.cost({ n: null, id: 'a', more: true })).toBe(43);
    expect(c.cost({ n: 2, id: 'a', more: false })).toBe(5);
    expect(c.cost({ n: 3, id: 'c', more: true })).toBe(9);
    expect(c.computed()).toBe(5);
  });

  it('computes afresh each time when a variable may be null where a value is required', () => {
    const c = costs('query ($id: ID = "a") { item(id: $id) { id } }');
    c.cost({ id: 'a' });
    c.cost({ id: 'a' });
    expect(c.computed()).toBe(2);
  });
});
