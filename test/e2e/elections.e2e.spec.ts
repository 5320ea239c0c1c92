import { ManualClock } from '@scrutineer/workflow';
import { ElectionClient, round, worker } from './support/elections.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { buildWorld, type World } from './support/world.js';

const T = '2026-05-10';
const ELECTION = `
  id version state stateLabel electionDay overdue overdueItems
  profile { id version }
  posts { post seats }
  candidates { id post name state }
  elected { post candidateIds }
  vacancies { post seats }
  rounds { number kind revote outcome decisions { rule ok message citation } posts { post elected { candidateId votes } unfilled minimumVotes threshold } }
  deadlines { kind dueAt firedAt cancelledAt outcome }
  composition { target met blocking message }
  availableActions { event allowed reasons { rule message citation } }
`;

describe('elections through GraphQL', () => {
  let t: TestApp;
  let w: World;
  let office: ElectionClient;
  let committee: ElectionClient;
  const clock = new ManualClock('2026-04-01T02:00:00.000Z');

  beforeAll(async () => {
    t = await startTestApp({ overrides: { clock } });
    w = await buildWorld(t);
    office = new ElectionClient(t, w.tokens.ELECTION_OFFICE);
    committee = office.as(w.tokens.ELECTION_COMMITTEE);
  });
  afterAll(() => t.close());

  const setDay = (day: string) => clock.set(`${day}T02:00:00.000Z`);
  const election = async (id: string) =>
    (await office.gql<{ election: any }>(`query ($id: ID!) { election(id: $id) { ${ELECTION} } }`, { id })).election;

  async function organization(type: string, name: string, memberCount: number, jurisdictionId = w.ids.villageA1): Promise<string> {
    const data = await office.gql('mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
      input: { jurisdictionId, type, name, memberCount },
    });
    return data.createOrganization.id;
  }

  async function createElection(organizationId: string, posts: { post: string; seats: number }[], campaignId?: string): Promise<string> {
    const data = await office.gql(
      'mutation ($input: CreateElectionInput!) { createElection(input: $input) { id state profile { id version } } }',
      {
        input: { organizationId, electionDay: T, posts, ...(campaignId ? { campaignId } : {}) },
      },
    );
    return data.createElection.id;
  }

  /** A village committee election taken to polling: 2 candidates for 主任, 3 for 2 委员 seats. */
  async function villageToPolling(name: string, campaignId?: string) {
    setDay('2026-04-01');
    const org = await organization('VILLAGE_COMMITTEE', name, 100);
    const id = await createElection(
      org,
      [
        { post: '主任', seats: 1 },
        { post: '委员', seats: 2 },
      ],
      campaignId,
    );
    expect(await office.step('submitElection', 'ElectionStepInput', id)).toBe('active.preparation');
    for (const item of ['COMMITTEE_FORMED', 'RULES_ADOPTED', 'AUDIT_PUBLISHED']) {
      await committee.step('recordPreparation', 'RecordPreparationInput', id, { item, on: '2026-04-01' });
    }
    expect(await committee.step('completePreparation', 'ElectionStepInput', id)).toBe('active.voterRegistration');
    await committee.step('publishVoterRoll', 'PublishVoterRollInput', id, { publishedOn: '2026-04-01', registered: 100 });
    setDay('2026-04-02');
    await committee.step('recordRollObjection', 'RecordRollObjectionInput', id, { receivedOn: '2026-04-02', summary: '漏登: 张某' });
    setDay('2026-04-03');
    await committee.step('answerRollObjection', 'AnswerRollObjectionInput', id, {
      objection: 1,
      answeredOn: '2026-04-03',
      outcome: '已补登',
    });
    const early = await committee.refused('closeVoterRoll', 'ElectionStepInput', id);
    expect(early.extensions).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(early.message).toContain('Objections may still be filed until 2026-04-04');
    // The objection window closes by a deadline row that the scheduler fires, not by a timer.
    setDay('2026-04-05');
    await worker(t).runOnce();
    expect(await committee.step('closeVoterRoll', 'ElectionStepInput', id)).toBe('active.nomination');
    const d1 = await committee.nominate(id, '主任', '王一');
    const d2 = await committee.nominate(id, '主任', '李二');
    const m1 = await committee.nominate(id, '委员', '张三');
    const m2 = await committee.nominate(id, '委员', '赵四', { person: { sex: 'FEMALE', birthDate: '1995-02-01' } });
    const m3 = await committee.nominate(id, '委员', '钱五');
    expect(await committee.step('closeNomination', 'ElectionStepInput', id)).toBe('active.qualificationReview');
    for (const c of [d1, d2, m1, m2, m3]) await office.qualify(c);
    expect(await committee.step('completeCandidateReview', 'ElectionStepInput', id)).toBe('active.publicity');
    setDay('2026-04-20');
    for (const c of [d1, d2, m1, m2, m3]) await committee.confirm(c);
    setDay('2026-05-04');
    expect(await committee.step('publishElectionNotice', 'PublishElectionNoticeInput', id, { postedOn: '2026-05-04' })).toBe(
      'active.noticed',
    );
    setDay(T);
    expect(await committee.step('openPolling', 'OpenPollingInput', id, { secretBoothReady: true })).toBe('active.polling');
    return { id, d1, d2, m1, m2, m3 };
  }

  it('takes a village committee election from draft to archive, including another round for an unfilled seat', async () => {
    setDay('2026-03-01');
    const campaign = await office.gql('mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }', {
      input: {
        jurisdictionId: w.ids.countyA,
        name: '第十一届村级换届',
        startsOn: '2026-03-01',
        endsOn: '2026-06-30',
        targetOn: '2026-05-31',
      },
    });
    const { id, d1, d2, m1, m2, m3 } = await villageToPolling('东村村民委员会', campaign.createCampaign.id);

    expect(
      await committee.step(
        'recordRound',
        'RecordRoundInput',
        id,
        round({
          posts: [
            {
              post: '主任',
              seats: 1,
              votes: [
                { candidateId: d1, votes: 50 },
                { candidateId: d2, votes: 29 },
              ],
            },
            {
              post: '委员',
              seats: 2,
              votes: [
                { candidateId: m1, votes: 60 },
                { candidateId: m2, votes: 35 },
                { candidateId: m3, votes: 30 },
              ],
            },
          ],
        }),
      ),
    ).toBe('active.polling');
    let e = await election(id);
    expect(e.vacancies).toEqual([
      { post: '主任', seats: 0 },
      { post: '委员', seats: 1 },
    ]);
    expect(e.rounds[0].decisions.find((d: any) => d.rule === 'quorum')).toMatchObject({
      ok: true,
      citation: '村委会组织法 art.15 (notes-000 §8)',
    });
    expect(e.rounds[0].posts[1]).toMatchObject({ post: '委员', minimumVotes: 41, unfilled: 1 });

    // 另行选举: at least a third of the votes cast.
    expect(
      await committee.step(
        'recordRound',
        'RecordRoundInput',
        id,
        round({
          kind: 'EXTRA',
          presentInPerson: 75,
          ballotsIssued: 75,
          ballotsReturned: 75,
          posts: [
            {
              post: '委员',
              seats: 1,
              votes: [
                { candidateId: m2, votes: 30 },
                { candidateId: m3, votes: 28 },
              ],
            },
          ],
        }),
      ),
    ).toBe('elected');
    e = await election(id);
    expect(e.elected).toEqual([
      { post: '主任', candidateIds: [d1] },
      { post: '委员', candidateIds: [m1, m2] },
    ]);
    expect(e.rounds[1].posts[0]).toMatchObject({ minimumVotes: 25, threshold: expect.stringContaining('三分之一') });
    expect(e.composition.find((f: any) => f.target === 'MIN_WOMEN')).toMatchObject({ met: true });

    // The relay marks the candidates: a cross-workflow effect through the outbox.
    await worker(t).runOnce();
    e = await election(id);
    expect(Object.fromEntries(e.candidates.map((c: any) => [c.id, c.state]))).toEqual({
      [d1]: 'elected',
      [d2]: 'defeated',
      [m1]: 'elected',
      [m2]: 'elected',
      [m3]: 'defeated',
    });

    expect(await office.step('certifyElection', 'ElectionStepInput', id)).toBe('certified');
    setDay('2026-05-15');
    expect(await committee.step('completeHandover', 'CompleteHandoverInput', id, { on: '2026-05-15' })).toBe('handedOver');
    expect(await office.step('archiveElection', 'ElectionStepInput', id)).toBe('archived');

    const history = await office.gql(
      'query ($id: ID!) { election(id: $id) { history(first: 100) { totalCount edges { node { action fromState toState actor { label role } } } } } }',
      { id },
    );
    const actions = history.election.history.edges.map((x: any) => x.node.action);
    expect(actions[0]).toBe('create');
    expect(actions).toEqual(expect.arrayContaining(['SUBMIT', 'PUBLISH_ROLL', 'DEADLINE', 'RECORD_ROUND', 'CERTIFY', 'ARCHIVE']));
    expect(history.election.history.edges.find((x: any) => x.node.action === 'DEADLINE').node.actor).toMatchObject({
      label: 'system:scheduler',
    });
    const verified = await t.gql('query ($id: ID!) { verifyAuditChain(subjectId: $id) { valid entryCount } }', { id }, w.tokens.INSPECTOR);
    expect(verified.data!.verifyAuditChain).toMatchObject({ valid: true, entryCount: actions.length });

    const progress = await office.gql(
      'query ($id: ID!) { campaign(id: $id) { progress { total completed completedShare byState { state count } } } }',
      {
        id: campaign.createCampaign.id,
      },
    );
    expect(progress.campaign.progress).toMatchObject({
      total: 1,
      completed: 1,
      completedShare: 1,
      byState: [{ state: 'archived', count: 1 }],
    });
  });

  it('waits for the upper body’s approval of a Party branch result, and refuses polling without a quorum', async () => {
    setDay('2026-04-01');
    const org = await organization('PARTY_BRANCH', '东村党支部', 46);
    const id = await createElection(org, [{ post: '委员', seats: 3 }]);
    expect(await office.step('submitElection', 'ElectionStepInput', id)).toBe('active.awaitingStartApproval');
    const forbidden = await committee.refused('approveElectionStart', 'ElectionStepInput', id);
    expect(forbidden.extensions.code).toBe('FORBIDDEN');
    expect(await office.step('approveElectionStart', 'ElectionStepInput', id)).toBe('active.preparation');
    expect(await committee.step('completePreparation', 'ElectionStepInput', id)).toBe('active.nomination');
    const ids: string[] = [];
    for (const name of ['甲', '乙', '丙', '丁', '戊'])
      ids.push(await committee.nominate(id, '委员', `党员${name}`, { route: 'PARTY_MEMBERS' }));
    const short = await committee.refused('closeNomination', 'ElectionStepInput', id);
    expect(short.extensions).toMatchObject({ code: 'INVALID_TRANSITION', state: 'active.nomination' });
    expect(short.message).toContain('the initial list is 1:2');
    ids.push(await committee.nominate(id, '委员', '党员己', { route: 'MASSES' }));
    await committee.step('closeNomination', 'ElectionStepInput', id);
    for (const c of ids) await office.qualify(c);
    expect(await committee.step('completeCandidateReview', 'ElectionStepInput', id)).toBe('active.candidateApproval');
    expect(await office.step('approveCandidateList', 'ElectionStepInput', id)).toBe('active.publicity');
    // Two step back before polling; the withdrawal keeps its reason and initiator.
    setDay('2026-04-25');
    for (const c of ids.slice(4)) {
      await committee.candidateStep('withdrawCandidate', 'WithdrawCandidateInput', c, {
        reason: '个人原因',
        initiator: 'CANDIDATE',
        on: '2026-04-25',
      });
    }
    for (const c of ids.slice(0, 4)) await committee.confirm(c, '2026-04-25');
    await committee.step('publishElectionNotice', 'PublishElectionNoticeInput', id, { postedOn: '2026-04-25' });
    setDay(T);
    const noQuorum = await committee.refused('openPolling', 'OpenPollingInput', id, { secretBoothReady: true, entitled: 55, present: 35 });
    expect(noQuorum.message).toContain('quorum: 35 of 55 present, more than 4/5 of 55 (44) needed (seed 000 L247)');
    expect(await committee.step('openPolling', 'OpenPollingInput', id, { secretBoothReady: true, entitled: 46, present: 42 })).toBe(
      'active.polling',
    );
    expect(
      await committee.step(
        'recordRound',
        'RecordRoundInput',
        id,
        round({
          registered: 46,
          entitled: 46,
          presentInPerson: 42,
          ballotsIssued: 42,
          ballotsReturned: 42,
          posts: [
            {
              post: '委员',
              seats: 3,
              votes: [
                { candidateId: ids[0], votes: 40 },
                { candidateId: ids[1], votes: 38 },
                { candidateId: ids[2], votes: 24 },
                { candidateId: ids[3], votes: 22 },
              ],
            },
          ],
        }),
      ),
    ).toBe('resultPending');
    const e = await election(id);
    expect(e.availableActions.filter((a: any) => a.allowed).map((a: any) => a.event)).toEqual(
      expect.arrayContaining(['APPROVE_RESULT', 'REJECT_RESULT']),
    );
    const early = await office.refused('certifyElection', 'ElectionStepInput', id);
    expect(early.extensions.code).toBe('INVALID_TRANSITION');
    // Not in effect before the upper body approves: nobody is marked elected yet.
    await worker(t).runOnce();
    expect((await election(id)).candidates.filter((c: any) => c.state === 'elected')).toEqual([]);
    expect(await office.step('approveElectionResult', 'ElectionStepInput', id)).toBe('elected');
    await worker(t).runOnce();
    expect((await election(id)).candidates.filter((c: any) => c.state === 'elected').map((c: any) => c.id)).toEqual(
      expect.arrayContaining(ids.slice(0, 3)),
    );
    expect(await office.step('certifyElection', 'ElectionStepInput', id)).toBe('certified');
    const withdrawn = await office.gql('query ($id: ID!) { candidate(id: $id) { state withdrawal { reason initiator on } } }', {
      id: ids[5],
    });
    expect(withdrawn.candidate).toEqual({
      state: 'withdrawn',
      withdrawal: { reason: '个人原因', initiator: 'CANDIDATE', on: '2026-04-25' },
    });
  });

  it('fails after two rounds without a director, then reopens only the vacancy within its deadline', async () => {
    const { id, d1, d2, m1, m2, m3 } = await villageToPolling('西村村民委员会');
    await committee.step(
      'recordRound',
      'RecordRoundInput',
      id,
      round({
        posts: [
          {
            post: '主任',
            seats: 1,
            votes: [
              { candidateId: d1, votes: 40 },
              { candidateId: d2, votes: 39 },
            ],
          },
          {
            post: '委员',
            seats: 2,
            votes: [
              { candidateId: m1, votes: 70 },
              { candidateId: m2, votes: 60 },
              { candidateId: m3, votes: 5 },
            ],
          },
        ],
      }),
    );
    expect(
      await committee.step(
        'recordRound',
        'RecordRoundInput',
        id,
        round({
          kind: 'EXTRA',
          presentInPerson: 75,
          ballotsIssued: 75,
          ballotsReturned: 75,
          posts: [
            {
              post: '主任',
              seats: 1,
              votes: [
                { candidateId: d1, votes: 20 },
                { candidateId: d2, votes: 20 },
              ],
            },
          ],
        }),
      ),
    ).toBe('failed');
    let e = await election(id);
    expect(e.deadlines.find((d: any) => d.kind === 'vacancy-fill')).toMatchObject({ dueAt: '2026-07-09T15:59:59.999Z', firedAt: null });
    setDay('2026-07-10');
    await worker(t).runOnce();
    e = await election(id);
    expect(e).toMatchObject({ overdue: true, overdueItems: ['VACANCIES'] });
    const overdue = await office.gql('{ elections(overdue: true) { edges { node { id } } } }');
    expect(overdue.elections.edges.map((x: any) => x.node.id)).toContain(id);

    // Those elected so far keep their seats; the others stand again for the vacancy.
    await worker(t).runOnce();
    e = await election(id);
    expect(Object.fromEntries(e.candidates.map((c: any) => [c.id, c.state]))).toMatchObject({
      [d1]: 'formal',
      [d2]: 'formal',
      [m1]: 'elected',
      [m2]: 'elected',
      [m3]: 'formal',
    });

    // 补选: nomination opens again for the director's seat only, for a new election day.
    const past = await office.refused('reopenVacancies', 'NewElectionDayInput', id, { reason: 'x', electionDay: '2026-07-01' });
    expect(past.message).toContain('Election day 2026-07-01 is in the past');
    expect(
      await office.step('reopenVacancies', 'NewElectionDayInput', id, {
        reason: '就短缺職數另行選舉 (seed 000 L267)',
        electionDay: '2026-07-25',
      }),
    ).toBe('active.nomination');
    expect(await election(id)).toMatchObject({ electionDay: '2026-07-25', overdue: true, overdueItems: ['VACANCIES'] });
    const filled = await t.gql(
      'mutation ($input: NominateCandidateInput!) { nominateCandidate(input: $input) { id } }',
      {
        input: {
          electionId: id,
          post: '委员',
          route: 'SELF',
          person: { name: '孙六', sex: 'MALE', birthDate: '1980-01-01', education: 'HIGH_SCHOOL', partyMember: false },
        },
      },
      w.tokens.ELECTION_COMMITTEE,
    );
    expect(filled.errors![0]).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'post-filled' } });
    // Two self-nominees already stand for the one seat: no 海推 for it.
    const mass = await t.gql(
      'mutation ($input: NominateCandidateInput!) { nominateCandidate(input: $input) { id } }',
      {
        input: {
          electionId: id,
          post: '主任',
          route: 'MASS',
          massVoters: 80,
          person: { name: '周七', sex: 'MALE', birthDate: '1980-01-01', education: 'HIGH_SCHOOL', partyMember: false },
        },
      },
      w.tokens.ELECTION_COMMITTEE,
    );
    expect(mass.errors![0]).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'mass-after-self' } });

    expect(await committee.step('closeNomination', 'ElectionStepInput', id)).toBe('active.qualificationReview');
    expect(await committee.step('completeCandidateReview', 'ElectionStepInput', id)).toBe('active.publicity');
    setDay('2026-07-18');
    await committee.step('publishElectionNotice', 'PublishElectionNoticeInput', id, { postedOn: '2026-07-18' });
    setDay('2026-07-25');
    expect(await committee.step('openPolling', 'OpenPollingInput', id, { secretBoothReady: true })).toBe('active.polling');
    const wrong = await committee.refused(
      'recordRound',
      'RecordRoundInput',
      id,
      round({
        posts: [{ post: '委员', seats: 2, votes: [{ candidateId: m3, votes: 50 }] }],
      }),
    );
    expect(wrong.message).toContain('委员 has no open seats');
    expect(
      await committee.step(
        'recordRound',
        'RecordRoundInput',
        id,
        round({
          posts: [
            {
              post: '主任',
              seats: 1,
              votes: [
                { candidateId: d1, votes: 55 },
                { candidateId: d2, votes: 24 },
              ],
            },
          ],
        }),
      ),
    ).toBe('elected');
    await worker(t).runOnce();
    e = await election(id);
    expect(e).toMatchObject({
      overdue: false,
      elected: [
        { post: '主任', candidateIds: [d1] },
        { post: '委员', candidateIds: [m1, m2] },
      ],
    });
    expect(e.deadlines.find((d: any) => d.kind === 'vacancy-fill')).toMatchObject({ outcome: 'delivered' });
    expect(Object.fromEntries(e.candidates.map((c: any) => [c.id, c.state]))).toMatchObject({
      [d1]: 'elected',
      [d2]: 'defeated',
      [m3]: 'defeated',
    });
  });

  it('filters elections by state, organisation type, campaign and election day, within scope', async () => {
    const all = await office.gql('{ elections(first: 50) { totalCount edges { node { id state } } } }');
    expect(all.elections.totalCount).toBeGreaterThanOrEqual(3);
    const party = await office.gql('{ elections(organizationType: PARTY_BRANCH) { totalCount } }');
    expect(party.elections.totalCount).toBe(1);
    const inProgress = await office.gql('{ elections(state: "active.") { totalCount } }');
    expect(inProgress.elections.totalCount).toBe(0);
    const byDay = await office.gql(`{ elections(electionDayFrom: "${T}", electionDayTo: "${T}") { totalCount } }`);
    // The failed election's by-election moved to 25 July.
    expect(byDay.elections.totalCount).toBe(all.elections.totalCount - 1);
    const later = await office.gql('{ elections(electionDayFrom: "2026-07-01") { totalCount } }');
    expect(later.elections.totalCount).toBe(1);
    const b = await t.gql('{ elections { totalCount } }', {}, w.tokens.inspectorB);
    expect(b.data!.elections.totalCount).toBe(0);
  });

  it('ends the candidacies of a cancelled election that never polled', async () => {
    setDay('2026-04-01');
    const org = await organization('VILLAGE_COMMITTEE', '南村村民委员会', 100);
    const id = await createElection(org, [
      { post: '主任', seats: 1 },
      { post: '委员', seats: 2 },
    ]);
    await office.step('submitElection', 'ElectionStepInput', id);
    for (const item of ['COMMITTEE_FORMED', 'RULES_ADOPTED', 'AUDIT_PUBLISHED']) {
      await committee.step('recordPreparation', 'RecordPreparationInput', id, { item, on: '2026-04-01' });
    }
    await committee.step('completePreparation', 'ElectionStepInput', id);
    await committee.step('publishVoterRoll', 'PublishVoterRollInput', id, { publishedOn: '2026-04-01', registered: 100 });
    setDay('2026-04-05');
    await worker(t).runOnce();
    await committee.step('closeVoterRoll', 'ElectionStepInput', id);
    const a = await committee.nominate(id, '主任', '冯八');
    await office.qualify(a);
    setDay('2026-04-06');
    expect(await office.step('cancelElection', 'ElectionReasonInput', id, { reason: '村庄撤并 (行政区划调整)' })).toBe('cancelled');
    await worker(t).runOnce();
    const e = await election(id);
    expect(e.candidates.map((c: any) => c.state)).toEqual(['voided']);
    expect(e.availableActions).toEqual([]);
  });

  it('re-runs an annulled election on new candidacies only: the relay voids the old ones and leaves the new ones alone', async () => {
    const { id, d1, d2, m1, m2, m3 } = await villageToPolling('上湾村村民委员会');
    const decided = await committee.step(
      'recordRound',
      'RecordRoundInput',
      id,
      round({
        posts: [
          {
            post: '主任',
            seats: 1,
            votes: [
              { candidateId: d1, votes: 50 },
              { candidateId: d2, votes: 29 },
            ],
          },
          {
            post: '委员',
            seats: 2,
            votes: [
              { candidateId: m1, votes: 60 },
              { candidateId: m2, votes: 45 },
              { candidateId: m3, votes: 10 },
            ],
          },
        ],
      }),
    );
    expect(decided).toBe('elected');
    setDay('2026-05-12');
    expect(await office.step('annulElection', 'ElectionReasonInput', id, { reason: '贿选查实 (seed 002:271)' })).toBe('annulled');
    // Re-run before the relay has moved the old candidacies on: in the database they are still formal.
    setDay('2026-05-13');
    expect(await office.step('rerunElection', 'NewElectionDayInput', id, { reason: '重新选举', electionDay: '2026-06-20' })).toBe(
      'active.nomination',
    );
    const empty = await committee.refused('closeNomination', 'ElectionStepInput', id);
    expect(empty.message).toContain('主任: 0 candidate(s) for 1 seat(s)');
    setDay('2026-05-14');
    const fresh = await committee.nominate(id, '主任', '孙六');
    await worker(t).runOnce();
    const e = await election(id);
    const states = Object.fromEntries(e.candidates.map((c: any) => [c.id, c.state]));
    expect([d1, d2, m1, m2, m3].map((c) => states[c])).toEqual(['voided', 'voided', 'voided', 'voided', 'voided']);
    expect(states[fresh]).toBe('nominated');
    const stillEmpty = await committee.refused('closeNomination', 'ElectionStepInput', id);
    expect(stillEmpty.message).toContain('主任: 1 candidate(s) for 1 seat(s)');
  });

  it('shows an election’s campaign only to those whose jurisdiction covers the campaign', async () => {
    setDay('2026-04-01');
    const campaign = await office.gql('mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }', {
      input: { jurisdictionId: w.ids.townA, name: '镇级换届', startsOn: '2026-04-01', endsOn: '2026-06-30', targetOn: '2026-05-31' },
    });
    const org = await organization('VILLAGE_COMMITTEE', '北村村民委员会', 100);
    const id = await createElection(
      org,
      [
        { post: '主任', seats: 1 },
        { post: '委员', seats: 2 },
      ],
      campaign.createCampaign.id,
    );
    const villager = await t.gql(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: {
          username: 'village-committee-a1',
          password: 'village-password-1',
          displayName: '东村选委会',
          role: 'ELECTION_COMMITTEE',
          jurisdictionId: w.ids.villageA1,
        },
      },
      w.adminToken,
    );
    expect(villager.errors).toBeUndefined();
    const token = await t.login('village-committee-a1', 'village-password-1');
    const seen = await t.gql('query ($id: ID!) { election(id: $id) { id campaign { id } } }', { id }, token);
    expect(seen.data!.election).toEqual({ id, campaign: null });
    const fromTown = await office.gql('query ($id: ID!) { election(id: $id) { campaign { id } } }', { id });
    expect(fromTown.election.campaign).toEqual({ id: campaign.createCampaign.id });
  });
});
