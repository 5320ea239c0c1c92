import { randomUUID } from 'node:crypto';
import { addDays, localDateOf } from '@scrutineer/domain';
import { startTestApp, type TestApp } from './support/test-app.js';
import { PASSWORD, buildWorld, createUser, type World } from './support/world.js';

/**
 * Existence never leaks: an object outside the caller's subtree (or a supervisor's assignment) answers
 * exactly as one that does not exist — the same code, the same message, the same extensions — for
 * every query that takes an id.
 */
describe('existence never leaks', () => {
  let t: TestApp;
  let w: World;
  const ids: Record<string, string> = {};
  const MISSING = '00000000-0000-4000-8000-000000000999';

  const gql = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await t.gql<any>(query, variables, token);
    if (res.errors) throw new Error(`${query}: ${JSON.stringify(res.errors)}`);
    return res.data;
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    // County B's own office, committee, handler and supervisor, with an election, a candidate, a case,
    // a team, an observation and a rectification order: everything county A must not learn exists.
    const tokens: Record<string, string> = {};
    for (const [name, role] of [
      ['b-office', 'ELECTION_OFFICE'],
      ['b-committee', 'ELECTION_COMMITTEE'],
      ['b-handler', 'PETITION_HANDLER'],
      ['b-supervisor', 'SUPERVISOR'],
    ] as const) {
      ids[name] = await createUser(t, w.adminToken, name, role, w.ids.countyB);
      tokens[name] = await t.login(name, PASSWORD);
    }
    const today = localDateOf(new Date());
    ids.organization = (
      await gql(tokens['b-office']!, 'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
        input: { jurisdictionId: w.ids.villageB1, type: 'PARTY_BRANCH', name: '南村党支部', memberCount: 40 },
      })
    ).createOrganization.id;
    ids.campaign = (
      await gql(tokens['b-office']!, 'mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }', {
        input: {
          jurisdictionId: w.ids.countyB,
          name: '乙县换届',
          startsOn: today,
          endsOn: addDays(today, 120),
          targetOn: addDays(today, 90),
        },
      })
    ).createCampaign.id;
    ids.election = (
      await gql(tokens['b-office']!, 'mutation ($input: CreateElectionInput!) { createElection(input: $input) { id } }', {
        input: {
          organizationId: ids.organization,
          campaignId: ids.campaign,
          electionDay: addDays(today, 60),
          posts: [{ post: '委员', seats: 3 }],
        },
      })
    ).createElection.id;
    const step = async (token: string, mutation: string, input: Record<string, unknown> = {}) => {
      const { election } = await gql(token, 'query ($id: ID!) { election(id: $id) { version } }', { id: ids.election });
      await gql(token, `mutation ($input: ElectionStepInput!) { ${mutation}(input: $input) { state } }`, {
        input: { id: ids.election, expectedVersion: election.version, ...input },
      });
    };
    await step(tokens['b-office']!, 'submitElection');
    await step(tokens['b-office']!, 'approveElectionStart');
    await step(tokens['b-committee']!, 'completePreparation');
    ids.candidate = (
      await gql(tokens['b-committee']!, 'mutation ($input: NominateCandidateInput!) { nominateCandidate(input: $input) { id } }', {
        input: {
          electionId: ids.election,
          post: '委员',
          route: 'PARTY_MEMBERS',
          person: {
            name: '南村党员',
            sex: 'MALE',
            birthDate: '1980-03-01',
            education: 'HIGH_SCHOOL',
            partyMember: true,
            partyJoinedOn: '2005-07-01',
          },
        },
      })
    ).nominateCandidate.id;
    ids.case = (
      await gql(tokens['b-handler']!, 'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { case { id } } }', {
        input: {
          kind: 'PETITION',
          channel: 'LETTER',
          category: 'PROCEDURE',
          title: '南村来信',
          body: '选举程序',
          subject: { electionId: ids.election },
        },
      })
    ).registerCase.case.id;
    ids.team = (
      await gql(tokens['b-office']!, 'mutation ($input: CreateTeamInput!) { createSupervisionTeam(input: $input) { id } }', {
        input: { jurisdictionId: w.ids.countyB, kind: 'SUPERVISION', name: '乙县督导组', leaderId: ids['b-supervisor'] },
      })
    ).createSupervisionTeam.id;
    await gql(tokens['b-office']!, 'mutation ($input: AssignTeamInput!) { assignSupervisionTeam(input: $input) { id } }', {
      input: { teamId: ids.team, electionId: ids.election },
    });
    ids.observation = randomUUID();
    const [submitted] = (
      await gql(tokens['b-supervisor']!, 'mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { status } }', {
        input: {
          observations: [
            {
              id: ids.observation,
              electionId: ids.election,
              stage: 'NOMINATION',
              observedAt: new Date().toISOString(),
              channel: 'WEB',
              site: { name: '南村 党员活动室', kind: 'MEETING_HALL' },
              checklist: [],
              violations: [],
              narrative: '',
            },
          ],
        },
      })
    ).submitObservations;
    expect(submitted.status).toBe('CREATED');
    ids.order = (
      await gql(
        tokens['b-supervisor']!,
        'mutation ($input: IssueRectificationOrderInput!) { issueRectificationOrder(input: $input) { id } }',
        {
          input: {
            electionId: ids.election,
            observationId: ids.observation,
            requirement: '公示候选人名单',
            dueOn: addDays(today, 7),
            blocking: false,
          },
        },
      )
    ).issueRectificationOrder.id;
  });
  afterAll(() => t.close());

  /** Every query that takes an id, with the id of county B's object it is asked about. */
  const QUERIES: [string, string][] = [
    ['{ election(id: $id) { id } }', 'election'],
    ['{ candidate(id: $id) { id } }', 'candidate'],
    ['{ organization(id: $id) { id } }', 'organization'],
    ['{ campaign(id: $id) { id } }', 'campaign'],
    ['{ case(id: $id) { id } }', 'case'],
    ['{ observation(id: $id) { id } }', 'observation'],
    ['{ observationAmendments(id: $id) { id } }', 'observation'],
    ['{ observationAttachments(id: $id) { id } }', 'observation'],
    ['{ observationCases(id: $id) }', 'observation'],
    ['{ observationOrders(observationId: $id) { id } }', 'observation'],
    ['{ rectificationOrder(id: $id) { id } }', 'order'],
    ['{ rectificationOrderActions(id: $id) { event } }', 'order'],
    ['{ rectificationOrders(electionId: $id) { id } }', 'election'],
    ['{ siteSummaries(electionId: $id) { site } }', 'election'],
    ['{ siteSummary(electionId: $id, site: "南村 党员活动室", stage: "NOMINATION") { site } }', 'election'],
    ['{ auditTrail(subjectId: $id) { totalCount } }', 'case'],
    ['{ verifyAuditChain(subjectId: $id) { valid } }', 'election'],
    ['{ cases(electionId: $id) { totalCount } }', 'election'],
    ['{ observations(electionId: $id) { totalCount } }', 'election'],
  ];

  /** The answer for county B's object and for an id that exists nowhere, side by side. */
  async function compare(token: string, body: string, id: string) {
    const query = `query ($id: ID!) ${body}`;
    const outside = await t.gql<any>(query, { id }, token);
    const missing = await t.gql<any>(query, { id: MISSING }, token);
    return { query, outside: { data: outside.data, errors: outside.errors }, missing: { data: missing.data, errors: missing.errors } };
  }

  it("answers county A's inspector for county B's objects exactly as for objects that do not exist", async () => {
    for (const [body, key] of QUERIES) {
      const { query, outside, missing } = await compare(w.tokens.INSPECTOR, body, ids[key]!);
      expect({ query, outside }).toEqual({ query, outside: missing });
      // And it is an answer, not a silent success: a NOT_FOUND or an empty list, whichever the missing id gets.
      if (outside.errors) expect(outside.errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('answers a supervisor outside the assignment exactly as for observations and orders that do not exist', async () => {
    for (const [body, key] of QUERIES.filter(([q]) => /observation|rectification|siteSumm/.test(q))) {
      const { query, outside, missing } = await compare(w.tokens.SUPERVISOR, body, ids[key]!);
      expect({ query, outside }).toEqual({ query, outside: missing });
    }
  });

  it("answers county A's election office and handler alike for county B's election, candidate and case", async () => {
    for (const token of [w.tokens.ELECTION_OFFICE, w.tokens.PETITION_HANDLER]) {
      for (const [body, key] of QUERIES.filter(([q]) => /^\{ (election|candidate|case|rectificationOrders)\(/.test(q))) {
        const { query, outside, missing } = await compare(token, body, ids[key]!);
        expect({ query, outside }).toEqual({ query, outside: missing });
      }
    }
  });
});
