import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import request from 'supertest';
import { documentedCodes, hostileAnswerProblem } from './support/error-shape.js';
import { fuzzOperations, type FuzzOperation } from './support/schema-inputs.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { buildWorld, createUser, type World } from './support/world.js';

/**
 * Property: whatever variables a client sends to whichever operation, signed in or not, the answer is
 * never a 5xx nor INTERNAL_SERVER_ERROR, and every error carries a documented code.
 * FUZZ_SEED replays a failing run (its seed is printed), FUZZ_RUNS sets how many requests are tried.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_122);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

describe('every operation of the schema, fed generated hostile variables', () => {
  let t: TestApp;
  let w: World;
  let operations: FuzzOperation[];

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    // Accounts to aim user ids at: changing the world's own accounts would end the sessions the requests use.
    const targets = [
      await createUser(t, w.adminToken, 'fuzz-target-1', 'SUPERVISOR', w.ids.countyA),
      await createUser(t, w.adminToken, 'fuzz-target-2', 'PETITION_HANDLER', w.ids.countyA),
    ];
    operations = fuzzOperations(t.app.get(GraphQLSchemaHost).schema, [...Object.values(w.ids), ...targets]);
  });
  afterAll(() => t.close());

  it('covers the schema’s queries and mutations', () => {
    expect(operations.filter((o) => o.kind === 'mutation').length).toBeGreaterThan(50);
    expect(operations.map((o) => o.name)).toEqual(expect.arrayContaining(['login', 'fileComplaint', 'caseStatus', 'registerCase']));
  });

  it('never answers 5xx or INTERNAL_SERVER_ERROR, and every code is documented', async () => {
    const documented = documentedCodes();
    /** Mostly a token the operation's access rule lets in (or none for public ones), sometimes any other. */
    const tokenFor = (op: FuzzOperation): fc.Arbitrary<string | undefined> => {
      const allowed = op.access === 'public' ? [undefined] : op.access.map((role) => w.tokens[role]);
      const any = [undefined, 'not-a-token', w.adminToken, ...Object.values(w.tokens)];
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...allowed) }, { weight: 1, arbitrary: fc.constantFrom(...any) });
    };
    const send = async (op: FuzzOperation, variables: Record<string, unknown>, token: string | undefined, viaGet: boolean) => {
      const http = request(t.app.getHttpServer());
      const req =
        viaGet && op.kind === 'query'
          ? http
              .get('/graphql')
              .query({ query: op.document, variables: JSON.stringify(variables) })
              .set('apollo-require-preflight', '1')
          : http
              .post('/graphql')
              .set('content-type', 'application/json')
              .send(JSON.stringify({ query: op.document, variables }));
      if (token) req.set('authorization', `Bearer ${token}`);
      return req;
    };
    const property = fc.asyncProperty(
      fc.constantFrom(...operations).chain((op) => fc.tuple(fc.constant(op), op.variables, tokenFor(op))),
      fc.boolean(),
      async ([op, variables, token], viaGet) => {
        const res = await send(op, variables, token, viaGet);
        const problem = hostileAnswerProblem('/graphql', { status: res.status, body: res.body, text: res.text }, documented);
        if (problem) throw new Error(`${op.name}: ${problem}: ${res.text.slice(0, 500)}`);
      },
    );
    try {
      await fc.assert(property, { seed: SEED, numRuns: RUNS, endOnFailure: true });
    } catch (error) {
      throw new Error(`Replay with FUZZ_SEED=${SEED}\n${(error as Error).message.slice(0, 4000)}`);
    }
  });
});
