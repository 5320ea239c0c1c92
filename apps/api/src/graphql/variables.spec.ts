import fc from 'fast-check';
import { buildSchema, executeSync, parse, type GraphQLError, type OperationDefinitionNode } from 'graphql';
import { EXECUTION_OPTIONS, executionVariablesProblem, variablesProblem } from './variables.js';

const schema = buildSchema(`
  enum Kind { MEETING_HALL POLLING_POINT }
  input Numbers { entitled: Float, present: Float }
  input Answer { item: String!, answer: String!, numbers: Numbers, note: String }
  input Site { name: String!, kind: Kind!, latitude: Float }
  input Item { id: ID!, site: Site!, checklist: [Answer!]! = [], tags: [String], count: Int = 1 }
  input Batch { items: [Item!]! }
  type Query { take(batch: Batch!, n: Int, flag: Boolean = true, ids: [ID!]): Int }
`);
const document = parse(
  'query ($batch: Batch!, $n: Int, $flag: Boolean = true, $ids: [ID!]) { take(batch: $batch, n: $n, flag: $flag, ids: $ids) }',
);
const operation = document.definitions[0] as OperationDefinitionNode;

/** What execution answers about these variables, worded as variablesProblem words it (or null). */
function executionProblem(variables: Record<string, unknown>): { message: string; extensions: unknown } | null {
  const result = executeSync({ schema, document, variableValues: variables, rootValue: { take: () => 1 }, options: EXECUTION_OPTIONS });
  if (!result.errors?.length) return null;
  const problem = executionVariablesProblem(result.errors as GraphQLError[]);
  if (!problem) throw new Error(`not a variables problem: ${result.errors[0]!.message}`);
  return { message: problem.message, extensions: problem.extensions };
}

function precheckProblem(variables: Record<string, unknown>) {
  const problem = variablesProblem(schema, operation, variables);
  return problem ? { message: problem.message, extensions: problem.extensions } : null;
}

const valid = { batch: { items: [{ id: 'a', site: { name: 'hall', kind: 'MEETING_HALL' } }] } };

describe('variables: execution’s coercion answered as the first-problem check answers', () => {
  it.each<[string, Record<string, unknown>]>([
    ['a missing required variable', {}],
    ['null for a required variable', { batch: null }],
    ['a string for an input object', { batch: 'x' }],
    [
      'a wrong scalar deep in a list',
      { batch: { items: [valid.batch.items[0], { id: 'b', site: { name: 13812345678, kind: 'POLLING_POINT' } }] } },
    ],
    ['an unknown enum value', { batch: { items: [{ id: 'a', site: { name: 'x', kind: 'HALL' } }] } }],
    ['an unknown field', { batch: { items: [{ id: 'a', site: { name: 'x', kind: 'MEETING_HALL', phone: '13812345678' } }] } }],
    ['a missing required field', { batch: { items: [{ id: 'a' }] } }],
    ['two problems (the first is answered)', { batch: { items: [{ id: 1.5, site: { name: 2, kind: 'MEETING_HALL' } }] }, n: 'ten' }],
    ['a wrong nullable variable', { ...valid, n: 'ten' }],
    ['a float for an Int', { ...valid, n: 1.5 }],
    ['a null in a list of non-null', { ...valid, ids: ['a', null] }],
    ['a value quoting a path-like text', { ...valid, n: 'x at "n.y"' }],
  ])('%s', (_, variables) => {
    const expected = precheckProblem(variables);
    expect(expected).not.toBeNull();
    expect(executionProblem(variables)).toEqual(expected);
    expect(expected!.message).not.toMatch(/13812345678|HALL"|ten|1\.5/);
  });

  it('agrees with it on any variables (none, or the same first problem in the same words)', () => {
    const scalar = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const answer = fc.record(
      { item: scalar, answer: scalar, numbers: fc.option(fc.record({ entitled: scalar, present: scalar })) },
      { requiredKeys: [] },
    );
    const site = fc.oneof(
      fc.record(
        { name: scalar, kind: fc.oneof(fc.constantFrom('MEETING_HALL', 'POLLING_POINT'), scalar), latitude: scalar },
        { requiredKeys: [] },
      ),
      scalar,
    );
    const item = fc.oneof(
      fc.record(
        {
          id: scalar,
          site,
          checklist: fc.oneof(fc.array(answer, { maxLength: 2 }), scalar),
          tags: fc.oneof(fc.array(scalar, { maxLength: 2 }), scalar),
          count: scalar,
          extra: scalar,
        },
        { requiredKeys: [] },
      ),
      scalar,
    );
    const variables = fc.record(
      {
        batch: fc.oneof(fc.record({ items: fc.oneof(fc.array(item, { maxLength: 3 }), item) }, { requiredKeys: [] }), scalar),
        n: scalar,
        flag: scalar,
        ids: fc.oneof(fc.array(scalar, { maxLength: 2 }), scalar),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(variables, (v) => expect(executionProblem(v)).toEqual(precheckProblem(v))),
      { numRuns: 1000 },
    );
  });

  it('leaves other errors alone', () => {
    const result = executeSync({
      schema,
      document,
      variableValues: valid,
      rootValue: {
        take: () => {
          throw new Error('boom');
        },
      },
    });
    expect(executionVariablesProblem(result.errors as GraphQLError[])).toBeNull();
    expect(executionVariablesProblem([])).toBeNull();
  });
});
