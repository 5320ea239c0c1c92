import request from 'supertest';
import { codeOf, startTestApp, type TestApp } from './support/test-app.js';
import { buildWorld, type World } from './support/world.js';

/** Nested `children` selections `levels` deep. */
const nested = (levels: number): string => (levels === 0 ? 'id' : `id children(first: 1) { edges { node { ${nested(levels - 1)} } } }`);

describe('bad input gets a clear error with a stable code, never a 500', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp({ env: { GRAPHQL_MAX_DEPTH: '10', GRAPHQL_MAX_COMPLEXITY: '2000' } });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const post = (body: string | object, contentType = 'application/json') =>
    request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', contentType)
      .set('authorization', `Bearer ${w.adminToken}`)
      .send(typeof body === 'string' ? body : JSON.stringify(body));

  it.each([
    ['malformed GraphQL', { query: '{ me { id ' }, 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', { query: '{ me { shoeSize } }' }, 'GRAPHQL_VALIDATION_FAILED'],
    ['a literal of the wrong type', { query: '{ jurisdictions(first: "ten") { totalCount } }' }, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a variable of the wrong type',
      { query: 'query ($n: Int) { jurisdictions(first: $n) { totalCount } }', variables: { n: 'ten' } },
      'BAD_USER_INPUT',
    ],
    ['a missing required variable', { query: 'query ($id: ID!) { jurisdiction(id: $id) { id } }' }, 'BAD_USER_INPUT'],
    ['an out-of-range page size', { query: '{ jurisdictions(first: 1000) { totalCount } }' }, 'BAD_USER_INPUT'],
    ['a forged cursor', { query: '{ jurisdictions(after: "bm90IGEgY3Vyc29y") { totalCount } }' }, 'BAD_USER_INPUT'],
    [
      'a cursor of the right length with values of the wrong kind',
      { query: `{ jurisdictions(after: "${Buffer.from(JSON.stringify([0, 'x', 'not-a-uuid'])).toString('base64url')}") { totalCount } }` },
      'BAD_USER_INPUT',
    ],
    ['an id that is not a UUID', { query: '{ jurisdiction(id: "1 OR 1=1") { id } }' }, 'BAD_USER_INPUT'],
    ['a subject id that is not a UUID', { query: '{ auditTrail(subjectId: "x") { totalCount } }' }, 'BAD_USER_INPUT'],
    ['a query deeper than the limit', { query: `{ me { jurisdiction { ${nested(6)} } } }` }, 'QUERY_TOO_DEEP'],
    [
      'a query costlier than the limit',
      { query: '{ jurisdictions(first: 100) { edges { node { children(first: 100) { edges { node { id name } } } } } } }' },
      'QUERY_TOO_COMPLEX',
    ],
    ['too many aliases', { query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ')} }` }, 'QUERY_TOO_COMPLEX'],
    ['a document with too many tokens', { query: `{ me { ${'id '.repeat(6000)} } }` }, 'GRAPHQL_PARSE_FAILED'],
  ])('%s → %s', async (_, body, code) => {
    const res = await post(body);
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors[0].extensions.code).toBe(code);
    expect(res.body.errors[0].message).toEqual(expect.any(String));
    expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('answers a variable problem alike whether its operation is new or known: the first problem alone, never the value', async () => {
    const status = '{ caseStatus(trackingCode: $c, pin: $p) { status } }';
    // A known operation's cost is not computed again: its variables are coerced by execution alone.
    const known = `query ($c: String!, $p: String!) ${status}`;
    const first = await post({ query: known, variables: { c: 'XF-2222222222', p: '12345678' } });
    expect(first.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ c: 13812345678, p: 13812345678 }, 'Variable "$c" has an invalid value at "c": String cannot represent a non string value.', 'c'],
      [{ c: 'XF-2222222222' }, 'Variable "$p" of required type "String!" was not provided.', 'p'],
      [{ c: null, p: '1' }, 'Variable "$c" has an invalid value at "c": Expected non-nullable type "String!" not to be null.', 'c'],
    ];
    for (const [i, [variables, message, field]] of cases.entries()) {
      // A new operation (another text) each time: its cost is computed, its variables checked first.
      const fresh = await post({ query: `query ${'Q'.repeat(i + 1)}($c: String!, $p: String!) ${status}`, variables });
      const again = await post({ query: known, variables });
      for (const res of [fresh, again]) {
        expect(res.status).toBe(400);
        expect(res.body.errors).toEqual([
          { message, locations: undefined, extensions: { code: 'BAD_USER_INPUT', fields: [{ field, messages: [message] }] } },
        ]);
      }
    }
  });

  it('says how deep a too-deep query is and what the limit is', async () => {
    const res = await post({ query: `{ me { jurisdiction { ${nested(6)} } } }` });
    expect(res.body.errors[0].message).toMatch(/depth limit of 10 exceeded, found \d+/i);
  });

  it('refuses oversized strings, naming the field, and writes nothing', async () => {
    const res = await t.gql(
      'mutation ($input: CreateJurisdictionInput!) { createJurisdiction(input: $input) { id } }',
      { input: { parentId: w.ids.townA, level: 'VILLAGE', name: '村'.repeat(5000) } },
      w.adminToken,
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions.fields).toEqual([{ field: 'name', messages: ['name must be 1 to 100 characters long'] }]);
    const count = await t.gql<{ jurisdictions: { totalCount: number } }>(
      'query ($p: ID) { jurisdictions(parentId: $p) { totalCount } }',
      { p: w.ids.townA },
      w.adminToken,
    );
    expect(count.data!.jurisdictions.totalCount).toBe(2);
  });

  it('refuses text the database cannot store (NUL characters) as bad input', async () => {
    const res = await t.gql(
      'mutation ($input: CreateJurisdictionInput!) { createJurisdiction(input: $input) { id } }',
      { input: { parentId: w.ids.townA, level: 'VILLAGE', name: 'bad\u0000name' } },
      w.adminToken,
    );
    expect(res.status).toBeLessThan(500);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });

  it('answers a request body over the limit with 413, and a body that is not JSON with 400', async () => {
    const big = await post({ query: '{ me { id } }', variables: { pad: 'x'.repeat(2_200_000) } });
    expect(big.status).toBe(413);
    const notJson = await post('{"query": ', 'application/json');
    expect(notJson.status).toBe(400);
  });

  it('blocks a cross-site simple request (CSRF prevention)', async () => {
    const res = await request(t.app.getHttpServer()).get('/graphql').query({ query: '{ me { id } }' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/);
  });
});
