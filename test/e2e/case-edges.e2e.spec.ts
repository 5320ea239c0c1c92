import { jest } from '@jest/globals';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { CaseClient } from './support/cases.js';
import { codeOf, startTestApp, type TestApp } from './support/test-app.js';
import { PASSWORD, buildWorld, createUser, type World } from './support/world.js';

const HISTORY = 'query ($id: ID!) { case(id: $id) { id history(first: 50) { totalCount edges { node { action } } } } }';
const TRAIL = 'query ($id: ID!) { auditTrail(subjectId: $id, first: 50) { totalCount edges { node { action data } } } }';
const RELATED = `query ($first: Int!) { cases(first: $first, category: VOTER_REGISTRATION) { edges { node { id
  links { kind direction note case { id } }
  duplicateSuggestions { similarity case { id } } } } } }`;

describe('cases at the runtime’s edges', () => {
  let t: TestApp;
  let w: World;
  /** A handler at the city: sees both counties. */
  let city: CaseClient;
  /** County A's handler, and county B's. */
  let handlerA: CaseClient;
  let handlerB: CaseClient;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    await createUser(t, w.adminToken, 'city-handler', 'PETITION_HANDLER', w.ids.city);
    await createUser(t, w.adminToken, 'b-handler', 'PETITION_HANDLER', w.ids.countyB);
    city = new CaseClient(t, await t.login('city-handler', PASSWORD));
    handlerA = city.as(w.tokens.PETITION_HANDLER);
    handlerB = city.as(await t.login('b-handler', PASSWORD));
  });
  afterAll(() => t.close());

  const register = (client: CaseClient, over: Record<string, unknown> = {}) =>
    client.register({
      kind: 'PETITION',
      channel: 'LETTER',
      category: 'PROCEDURE',
      title: '程序问题',
      body: '选委会未按时公布选民名单',
      subject: { jurisdictionId: w.ids.townA },
      ...over,
    });

  describe('a case transferred to another unit', () => {
    it('files the transfer under the new unit: the old unit loses the trail and the new one gains it at once', async () => {
      const c = await register(city, { unitJurisdictionId: w.ids.countyA });
      // Before: county A reads the case and its trail; county B sees neither.
      expect((await handlerA.gql(HISTORY, { id: c.id })).case.history.totalCount).toBeGreaterThanOrEqual(2);
      expect(codeOf(await t.gql(TRAIL, { id: c.id }, w.tokens.INSPECTOR))).toBeUndefined();
      expect(codeOf(await t.gql(TRAIL, { id: c.id }, w.tokens.inspectorB))).toBe('NOT_FOUND');

      const moved = await city.step('transferCase', 'TransferCaseInput', c.id, { jurisdictionId: w.ids.countyB, reason: '属乙县管辖' });
      expect(moved.unit.id).toBe(w.ids.countyB);

      // After: county B's handler and inspector read the whole trail, the transfer included …
      const seen = await handlerB.gql(HISTORY, { id: c.id });
      expect(seen.case.history.edges.map((e: any) => e.node.action)).toEqual(expect.arrayContaining(['create', 'REGISTER', 'TRANSFER']));
      const trail = await t.gql<any>(TRAIL, { id: c.id }, w.tokens.inspectorB);
      expect(trail.errors).toBeUndefined();
      expect(trail.data.auditTrail.edges.at(-1).node.action).toBe('TRANSFER');
      // … and county A's get NOT_FOUND, on the case (its history) and on the trail alike.
      expect(codeOf(await t.gql(HISTORY, { id: c.id }, w.tokens.PETITION_HANDLER))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(TRAIL, { id: c.id }, w.tokens.INSPECTOR))).toBe('NOT_FOUND');
      // The city, above both, sees it throughout.
      expect((await city.gql(HISTORY, { id: c.id })).case.history.totalCount).toBe(seen.case.history.totalCount);
    });

    it('sent up beyond the sender’s own subtree, leaves the sender without the trail and gives it to the level above', async () => {
      const c = await register(handlerA);
      await handlerA.step('transferCase', 'TransferCaseInput', c.id, { jurisdictionId: w.ids.city, reason: '上报市信访局' });
      expect(codeOf(await t.gql(HISTORY, { id: c.id }, w.tokens.PETITION_HANDLER))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(TRAIL, { id: c.id }, w.tokens.INSPECTOR))).toBe('NOT_FOUND');
      expect((await city.gql(HISTORY, { id: c.id })).case.history.edges.at(-1).node.action).toBe('TRANSFER');
    });
  });

  describe('links and duplicate suggestions', () => {
    const roll = { category: 'VOTER_REGISTRATION', title: '选民名单', body: '选民名单漏登张三李四王五' };
    const ids: string[] = [];

    beforeAll(async () => {
      // Six similar reports about town A: four handled in county A, one moved to county B, one at the city.
      for (let i = 0; i < 4; i += 1) ids.push((await register(handlerA, { ...roll, body: `${roll.body}${i}` })).id);
      const atB = await register(city, { ...roll, unitJurisdictionId: w.ids.countyB });
      ids.push(atB.id);
      await handlerA.step('acceptCase', 'AcceptCaseInput', ids[0]!, { sameMatterAsCaseId: ids[1] });
      await handlerA.step('mergeCase', 'MergeCaseInput', ids[2]!, { intoCaseId: ids[1], reason: '重复' });
      await city.step('acceptCase', 'AcceptCaseInput', atB.id, { sameMatterAsCaseId: ids[1] });
    });

    /** Run a query and count the statements each tag reached the database with. */
    async function counted(token: string, first: number) {
      const query = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        const res = await t.gql<any>(RELATED, { first }, token);
        expect(res.errors).toBeUndefined();
        const tagged = (tag: string) => query.mock.calls.filter(([text]) => String(text).includes(tag)).length;
        // The session's account read comes whenever its cache entry (SESSION_CACHE_SECONDS) has lapsed: not the page's.
        const page = query.mock.calls.filter(([text]) => !/FROM "users" "u"/.test(String(text)));
        return { res, links: tagged('case-links'), duplicates: tagged('duplicate-suggestions'), all: page.length };
      } finally {
        query.mockRestore();
      }
    }

    it('are one query each for a whole page, however many cases it holds', async () => {
      const two = await counted(w.tokens.PETITION_HANDLER, 2);
      const all = await counted(w.tokens.PETITION_HANDLER, 20);
      expect(two.res.data.cases.edges).toHaveLength(2);
      expect(all.res.data.cases.edges.length).toBe(4);
      expect([two.links, two.duplicates, all.links, all.duplicates]).toEqual([1, 1, 1, 1]);
      expect(all.all).toBe(two.all);
    });

    it('show only cases in the reader’s subtree, either way round', async () => {
      const byId = async (token: string) =>
        new Map(((await counted(token, 20)).res.data.cases.edges as any[]).map((e) => [e.node.id, e.node]));
      const a = await byId(w.tokens.PETITION_HANDLER);
      const top = await byId(city.token);
      // Case 1 is linked from 0 (same matter), 2 (merged into it) and the county B case; county A sees two of those.
      expect(a.get(ids[1])!.links.map((l: any) => [l.kind, l.direction, l.case.id])).toEqual([
        ['SAME_MATTER', 'FROM', ids[0]],
        ['DUPLICATE', 'FROM', ids[2]],
      ]);
      expect(top.get(ids[1])!.links.map((l: any) => l.case.id)).toEqual([ids[0], ids[2], ids[4]]);
      expect(a.get(ids[2])!.links).toEqual([{ kind: 'DUPLICATE', direction: 'TO', note: '重复', case: { id: ids[1] } }]);
      // Suggestions: never the case itself, a merged one, or one outside the subtree.
      const suggested = (m: Map<string, any>, id: string) =>
        m
          .get(id)!
          .duplicateSuggestions.map((s: any) => s.case.id)
          .sort();
      expect(suggested(a, ids[0]!)).toEqual([ids[1], ids[3]].sort());
      expect(suggested(top, ids[0]!)).toEqual([ids[1], ids[3], ids[4]].sort());
    });

    it('let a database error through as INTERNAL_SERVER_ERROR instead of answering an empty list', async () => {
      for (const tag of ['case-links', 'duplicate-suggestions']) {
        const real = PostgresQueryRunner.prototype.query as (this: PostgresQueryRunner, ...args: unknown[]) => Promise<unknown>;
        const failing = function (this: PostgresQueryRunner, ...args: unknown[]) {
          if (String(args[0]).includes(tag)) return Promise.reject(new Error(`simulated failure of ${tag}`));
          return real.apply(this, args);
        };
        const query = jest.spyOn(PostgresQueryRunner.prototype, 'query').mockImplementation(failing as never);
        try {
          const res = await t.gql<any>(RELATED, { first: 5 }, w.tokens.PETITION_HANDLER);
          expect(res.errors?.map((e) => e.extensions.code)).toContain('INTERNAL_SERVER_ERROR');
        } finally {
          query.mockRestore();
        }
      }
    });
  });

  describe('merges at the same moment', () => {
    it('A into B and B into A: never both; the second sees the first and is refused', async () => {
      for (let round = 0; round < 4; round += 1) {
        const a = await register(handlerA, { title: `重复${round}a` });
        const b = await register(handlerA, { title: `重复${round}b` });
        const merge = (from: any, into: any) =>
          t.gql<any>(
            'mutation ($input: MergeCaseInput!) { mergeCase(input: $input) { id state } }',
            { input: { id: from.id, expectedVersion: from.version, intoCaseId: into.id, reason: '同一事项' } },
            w.tokens.PETITION_HANDLER,
          );
        const answers = await Promise.all([merge(a, b), merge(b, a)]);
        expect(answers.filter((r) => r.data?.mergeCase?.state === 'merged')).toHaveLength(1);
        const refused = answers.find((r) => r.errors)!;
        expect(['RULE_VIOLATION', 'CONFLICT']).toContain(codeOf(refused));
        const states = [(await handlerA.get(a.id)).state, (await handlerA.get(b.id)).state].sort();
        expect(states).toEqual(['merged', 'open.registered']);
      }
    });
  });
});
