import { ROLES, type Role } from '@scrutineer/domain';
import { startTestApp, codeOf, type TestApp } from './support/test-app.js';
import { PASSWORD, buildWorld, type World } from './support/world.js';

describe('access control through HTTP', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  describe('jurisdiction scoping', () => {
    it("shows county A's inspector all of A's villages and none of B's", async () => {
      const res = await t.gql<{ jurisdictions: { totalCount: number; edges: { node: { id: string; name: string } }[] } }>(
        '{ jurisdictions(level: VILLAGE) { totalCount edges { node { id name } } } }',
        {},
        w.tokens.INSPECTOR,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.jurisdictions.totalCount).toBe(2);
      expect(res.data!.jurisdictions.edges.map((e) => e.node.id).sort()).toEqual([w.ids.villageA1, w.ids.villageA2].sort());
    });

    it("answers NOT_FOUND to county A's inspector for county B's objects, as if they did not exist", async () => {
      const outside = [
        ['{ jurisdiction(id: $id) { id } }', w.ids.villageB1],
        ['{ user(id: $id) { id } }', w.userIds.inspectorB],
        ['{ auditTrail(subjectId: $id) { totalCount } }', w.userIds.inspectorB],
        ['{ verifyAuditChain(subjectId: $id) { valid } }', w.ids.countyB],
        ['{ jurisdictions(parentId: $id) { totalCount } }', w.ids.townB],
      ] as const;
      for (const [body, id] of outside) {
        const query = `query ($id: ID!) ${body}`;
        const res = await t.gql(query, { id }, w.tokens.INSPECTOR);
        expect({ query, code: codeOf(res) }).toEqual({ query, code: 'NOT_FOUND' });
        const missing = await t.gql(query, { id: '00000000-0000-4000-8000-000000000999' }, w.tokens.INSPECTOR);
        // The whole answer, not only its code or message: nothing in it tells the two apart.
        expect({ query, body: res.body }).toEqual({ query, body: missing.body });
      }
    });

    it('lets the province admin see both counties, and hides ancestors above the caller', async () => {
      const all = await t.gql<{ jurisdictions: { totalCount: number } }>(
        '{ jurisdictions(level: VILLAGE) { totalCount } }',
        {},
        w.adminToken,
      );
      expect(all.data!.jurisdictions.totalCount).toBe(3);
      const village = await t.gql<{ jurisdiction: { ancestors: { id: string }[]; parent: { id: string } } }>(
        'query ($id: ID!) { jurisdiction(id: $id) { ancestors { id } parent { id } } }',
        { id: w.ids.villageA1 },
        w.tokens.INSPECTOR,
      );
      expect(village.data!.jurisdiction.ancestors.map((a) => a.id)).toEqual([w.ids.countyA, w.ids.townA]);
      const county = await t.gql<{ jurisdiction: { parent: null | { id: string } } }>(
        'query ($id: ID!) { jurisdiction(id: $id) { parent { id } } }',
        { id: w.ids.countyA },
        w.tokens.INSPECTOR,
      );
      expect(county.data!.jurisdiction.parent).toBeNull();
    });

    it("keeps a county admin's mutations inside the county", async () => {
      const outside = await t.gql(
        'mutation ($input: CreateJurisdictionInput!) { createJurisdiction(input: $input) { id } }',
        { input: { parentId: w.ids.townB, level: 'VILLAGE', name: '越界村' } },
        w.tokens.ADMIN,
      );
      expect(codeOf(outside)).toBe('NOT_FOUND');
      const user = await t.gql(
        'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
        { input: { id: w.userIds.inspectorB, displayName: 'x' } },
        w.tokens.ADMIN,
      );
      expect(codeOf(user)).toBe('NOT_FOUND');
    });
  });

  describe('role × mutation matrix', () => {
    type Sample = { roles: readonly Role[] | 'public'; query: string; variables: (w: World) => Record<string, unknown> };
    const none = '00000000-0000-4000-8000-000000000404';
    const ELECTION_ACTORS: readonly Role[] = ['ELECTION_OFFICE', 'ELECTION_COMMITTEE'];
    const step = (name: string, input: string, extra: Record<string, unknown> = {}): [string, Sample] => [
      name,
      {
        roles: ELECTION_ACTORS,
        query: `mutation ($input: ${input}!) { ${name}(input: $input) { id } }`,
        variables: () => ({ input: { id: none, expectedVersion: 1, ...extra } }),
      },
    ];
    const reason = { reason: 'matrix' };
    /** Every step of an election: the resolver admits both election roles; the machine decides per step (tested elsewhere). */
    const electionSteps: Record<string, Sample> = Object.fromEntries([
      step('submitElection', 'ElectionStepInput'),
      step('approveElectionStart', 'ElectionStepInput'),
      step('rejectElectionStart', 'ElectionReasonInput', reason),
      step('recordPreparation', 'RecordPreparationInput', { item: 'COMMITTEE_FORMED', on: '2026-04-01' }),
      step('completePreparation', 'ElectionStepInput'),
      step('publishVoterRoll', 'PublishVoterRollInput', { publishedOn: '2026-04-01', registered: 10 }),
      step('recordRollObjection', 'RecordRollObjectionInput', { receivedOn: '2026-04-01', summary: 'x' }),
      step('answerRollObjection', 'AnswerRollObjectionInput', { objection: 1, answeredOn: '2026-04-01', outcome: 'x' }),
      step('closeVoterRoll', 'ElectionStepInput'),
      step('closeNomination', 'ElectionStepInput'),
      step('completeCandidateReview', 'ElectionStepInput'),
      step('approveCandidateList', 'ElectionStepInput'),
      step('returnCandidateList', 'ElectionReasonInput', reason),
      step('publishElectionNotice', 'PublishElectionNoticeInput', { postedOn: '2026-04-01' }),
      step('rescheduleElection', 'RescheduleElectionInput', { electionDay: '2026-05-10', ...reason }),
      step('openPolling', 'OpenPollingInput', { secretBoothReady: true }),
      step('recordRound', 'RecordRoundInput', {
        kind: 'REGULAR',
        revote: false,
        registered: 10,
        entitled: 10,
        presentInPerson: 10,
        presentByProxy: 0,
        presentByMobileBox: 0,
        ballotsIssued: 10,
        ballotsReturned: 10,
        ballotsInvalid: 0,
        maxProxiesPerHolder: 0,
        posts: [{ post: '主任', seats: 1, votes: [] }],
      }),
      step('approveElectionResult', 'ElectionStepInput'),
      step('rejectElectionResult', 'ElectionReasonInput', reason),
      step('certifyElection', 'ElectionStepInput'),
      step('completeHandover', 'CompleteHandoverInput', { on: '2026-05-20' }),
      step('archiveElection', 'ElectionStepInput'),
      step('deferElection', 'ElectionReasonInput', reason),
      step('suspendElection', 'ElectionReasonInput', reason),
      step('resumeElection', 'ElectionReasonInput', reason),
      step('cancelElection', 'ElectionReasonInput', reason),
      step('annulElection', 'ElectionReasonInput', reason),
      step('rerunElection', 'NewElectionDayInput', { ...reason, electionDay: '2026-06-20' }),
      step('reopenVacancies', 'NewElectionDayInput', { ...reason, electionDay: '2026-06-20' }),
      step('dispatchSecretary', 'ElectionReasonInput', reason),
    ]);
    const candidateSteps: Record<string, Sample> = Object.fromEntries([
      step('startCandidateReview', 'CandidateStepInput'),
      step('approveCandidate', 'ApproveCandidateInput', { level: 'TOWNSHIP_PRELIMINARY' }),
      step('disqualifyCandidate', 'DisqualifyCandidateInput', { level: 'JOINT_REVIEW', reason: 'x' }),
      step('confirmFormalCandidate', 'ConfirmFormalCandidateInput'),
      step('withdrawCandidate', 'WithdrawCandidateInput', { reason: 'x', initiator: 'CANDIDATE', on: '2026-04-01' }),
    ]);
    const HANDLERS: readonly Role[] = ['PETITION_HANDLER'];
    const caseStep = (name: string, input: string, extra: Record<string, unknown> = {}): [string, Sample] => [
      name,
      { ...step(name, input, extra)[1], roles: HANDLERS },
    ];
    /** Every step of a case: petition handlers only. */
    const caseSteps: Record<string, Sample> = Object.fromEntries([
      caseStep('registerReceivedCase', 'CaseStepInput'),
      caseStep('acceptCase', 'AcceptCaseInput'),
      caseStep('rejectCase', 'CaseReasonInput', reason),
      caseStep('referCase', 'ReferCaseInput', { ...reason, referredTo: '县民政局' }),
      caseStep('mergeCase', 'MergeCaseInput', { ...reason, intoCaseId: none.replace('404', '405') }),
      caseStep('assignCase', 'AssignCaseInput', { assigneeId: none }),
      caseStep('transferCase', 'TransferCaseInput', { ...reason, jurisdictionId: none }),
      caseStep('markCaseBlocking', 'MarkCaseBlockingInput', { ...reason, blocking: false }),
      caseStep('extendCase', 'ExtendCaseInput', { ...reason, days: 10 }),
      caseStep('decideCase', 'DecideCaseInput', { finding: 'UNSUBSTANTIATED', remedies: [], summary: 'x' }),
      caseStep('replyToCase', 'ReplyCaseInput', { repliedOn: '2026-04-01', text: 'x' }),
      caseStep('requestCaseReview', 'RequestCaseReviewInput', { ...reason, receivedOn: '2026-04-01' }),
      caseStep('decideCaseReview', 'DecideCaseReviewInput', { finding: 'UNSUBSTANTIATED', remedies: [], summary: 'x', reply: 'x' }),
      caseStep('requestCaseReReview', 'RequestCaseReviewInput', { ...reason, receivedOn: '2026-04-01' }),
      caseStep('decideCaseReReview', 'DecideCaseReviewInput', { finding: 'UNSUBSTANTIATED', remedies: [], summary: 'x', reply: 'x' }),
    ]);
    /** The policy, stated independently of the code. Every mutation of the schema must be listed. */
    const mutations: Record<string, Sample> = {
      login: {
        roles: 'public',
        query: 'mutation ($input: LoginInput!) { login(input: $input) { token } }',
        variables: () => ({ input: { username: 'b-inspector', password: PASSWORD } }),
      },
      changeMyPassword: {
        roles: ROLES,
        query: 'mutation ($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) { token } }',
        variables: () => ({ input: { currentPassword: 'not-the-password', newPassword: 'another password 1' } }),
      },
      createJurisdiction: {
        roles: ['ADMIN'],
        query: 'mutation ($input: CreateJurisdictionInput!) { createJurisdiction(input: $input) { id } }',
        variables: () => ({ input: { parentId: none, level: 'VILLAGE', name: '矩阵村' } }),
      },
      updateJurisdiction: {
        roles: ['ADMIN'],
        query: 'mutation ($input: UpdateJurisdictionInput!) { updateJurisdiction(input: $input) { id } }',
        variables: () => ({ input: { id: none, name: '矩阵村' } }),
      },
      createUser: {
        roles: ['ADMIN'],
        query: 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
        variables: () => ({
          input: { username: 'matrix-user', password: 'a long password', displayName: 'M', role: 'INSPECTOR', jurisdictionId: none },
        }),
      },
      updateUser: {
        roles: ['ADMIN'],
        query: 'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
        variables: () => ({ input: { id: none, displayName: 'M' } }),
      },
      resetUserPassword: {
        roles: ['ADMIN'],
        query: 'mutation ($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { id } }',
        variables: () => ({ input: { id: none, newPassword: 'a long password' } }),
      },
      createOrganization: {
        roles: ['ADMIN', 'ELECTION_OFFICE'],
        query: 'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
        variables: () => ({ input: { jurisdictionId: none, type: 'VILLAGE_COMMITTEE', name: '矩阵村委会', memberCount: 100 } }),
      },
      updateOrganization: {
        roles: ['ADMIN', 'ELECTION_OFFICE'],
        query: 'mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }',
        variables: () => ({ input: { id: none, name: 'x', expectedVersion: 1 } }),
      },
      createCampaign: {
        roles: ['ELECTION_OFFICE'],
        query: 'mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
        variables: () => ({
          input: { jurisdictionId: none, name: 'x', startsOn: '2026-01-01', endsOn: '2026-06-30', targetOn: '2026-05-31' },
        }),
      },
      updateCampaign: {
        roles: ['ELECTION_OFFICE'],
        query: 'mutation ($input: UpdateCampaignInput!) { updateCampaign(input: $input) { id } }',
        variables: () => ({ input: { id: none, name: 'x', expectedVersion: 1 } }),
      },
      createElection: {
        roles: ['ELECTION_OFFICE'],
        query: 'mutation ($input: CreateElectionInput!) { createElection(input: $input) { id } }',
        variables: () => ({ input: { organizationId: none, electionDay: '2026-05-10', posts: [{ post: '主任', seats: 1 }] } }),
      },
      nominateCandidate: {
        roles: ELECTION_ACTORS,
        query: 'mutation ($input: NominateCandidateInput!) { nominateCandidate(input: $input) { id } }',
        variables: () => ({
          input: {
            electionId: none,
            post: '主任',
            route: 'SELF',
            person: { name: '某', sex: 'MALE', birthDate: '1980-01-01', education: 'HIGH_SCHOOL', partyMember: false },
          },
        }),
      },
      registerCase: {
        roles: HANDLERS,
        query: 'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { case { id } } }',
        variables: () => ({
          input: { kind: 'PETITION', channel: 'LETTER', category: 'OTHER', title: 'x', body: 'x', subject: {}, unitJurisdictionId: none },
        }),
      },
      revealComplainantIdentity: {
        roles: ['PETITION_HANDLER', 'INSPECTOR'],
        query: 'mutation ($input: RevealIdentityInput!) { revealComplainantIdentity(input: $input) { name } }',
        variables: () => ({ input: { id: none, reason: 'matrix check' } }),
      },
      fileComplaint: {
        roles: 'public',
        query: 'mutation ($input: FileComplaintInput!) { fileComplaint(input: $input) { trackingCode } }',
        variables: (world) => ({
          input: { kind: 'ENQUIRY', category: 'OTHER', title: 'x', body: 'x', jurisdictionId: world.ids.villageA1 },
        }),
      },
      createSupervisionTeam: {
        roles: ['ELECTION_OFFICE'],
        query: 'mutation ($input: CreateTeamInput!) { createSupervisionTeam(input: $input) { id } }',
        variables: () => ({ input: { jurisdictionId: none, kind: 'SUPERVISION', name: '矩阵组' } }),
      },
      addSupervisionTeamMember: {
        roles: ['ELECTION_OFFICE'],
        query: 'mutation ($input: TeamMemberInput!) { addSupervisionTeamMember(input: $input) { id } }',
        variables: () => ({ input: { teamId: none, userId: none } }),
      },
      removeSupervisionTeamMember: {
        roles: ['ELECTION_OFFICE'],
        query: 'mutation ($input: TeamMemberInput!) { removeSupervisionTeamMember(input: $input) { id } }',
        variables: () => ({ input: { teamId: none, userId: none } }),
      },
      assignSupervisionTeam: {
        roles: ['ELECTION_OFFICE'],
        query: 'mutation ($input: AssignTeamInput!) { assignSupervisionTeam(input: $input) { id } }',
        variables: () => ({ input: { teamId: none, electionId: none } }),
      },
      setSupervisionTeamLeader: {
        roles: ['ELECTION_OFFICE'],
        query: 'mutation ($input: TeamMemberInput!) { setSupervisionTeamLeader(input: $input) { id } }',
        variables: () => ({ input: { teamId: none, userId: none } }),
      },
      unassignSupervisionTeam: {
        roles: ['ELECTION_OFFICE'],
        query: 'mutation ($input: AssignTeamInput!) { unassignSupervisionTeam(input: $input) { id } }',
        variables: () => ({ input: { teamId: none, electionId: none } }),
      },
      submitObservations: {
        roles: ['SUPERVISOR'],
        query: 'mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { id status } }',
        variables: () => ({
          input: {
            observations: [
              {
                id: none,
                electionId: none,
                stage: 'OTHER',
                observedAt: '2026-01-01T00:00:00Z',
                channel: 'WEB',
                site: { name: 'x', kind: 'OTHER' },
              },
            ],
          },
        }),
      },
      amendObservation: {
        roles: ['SUPERVISOR'],
        query: 'mutation ($input: AmendObservationInput!) { amendObservation(input: $input) { id } }',
        variables: () => ({ input: { id: none, reason: 'x', narrative: 'x' } }),
      },
      issueRectificationOrder: {
        roles: ['SUPERVISOR'],
        query: 'mutation ($input: IssueRectificationOrderInput!) { issueRectificationOrder(input: $input) { id } }',
        variables: () => ({ input: { electionId: none, requirement: 'x', dueOn: '2026-06-01', blocking: false } }),
      },
      acknowledgeRectificationOrder: {
        roles: ELECTION_ACTORS,
        query: 'mutation ($input: OrderStepInput!) { acknowledgeRectificationOrder(input: $input) { id } }',
        variables: () => ({ input: { id: none, expectedVersion: 1 } }),
      },
      rectifyRectificationOrder: {
        roles: ELECTION_ACTORS,
        query: 'mutation ($input: RectifyOrderInput!) { rectifyRectificationOrder(input: $input) { id } }',
        variables: () => ({ input: { id: none, expectedVersion: 1, evidence: 'x' } }),
      },
      verifyRectificationOrder: {
        roles: ['SUPERVISOR'],
        query: 'mutation ($input: VerifyOrderInput!) { verifyRectificationOrder(input: $input) { id } }',
        variables: () => ({ input: { id: none, expectedVersion: 1 } }),
      },
      rejectRectificationOrder: {
        roles: ['SUPERVISOR'],
        query: 'mutation ($input: OrderReasonInput!) { rejectRectificationOrder(input: $input) { id } }',
        variables: () => ({ input: { id: none, expectedVersion: 1, reason: 'x' } }),
      },
      changeRectificationOrderDue: {
        roles: ['SUPERVISOR'],
        query: 'mutation ($input: ChangeOrderDueInput!) { changeRectificationOrderDue(input: $input) { id } }',
        variables: () => ({ input: { id: none, expectedVersion: 1, reason: 'x', dueOn: '2026-06-01' } }),
      },
      cancelRectificationOrder: {
        roles: ['SUPERVISOR'],
        query: 'mutation ($input: OrderReasonInput!) { cancelRectificationOrder(input: $input) { id } }',
        variables: () => ({ input: { id: none, expectedVersion: 1, reason: 'x' } }),
      },
      ...candidateSteps,
      ...electionSteps,
      ...caseSteps,
    };

    it('lists every mutation of the schema', async () => {
      const res = await t.gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
        '{ __schema { mutationType { fields { name } } } }',
      );
      expect(res.data!.__schema.mutationType.fields.map((f) => f.name).sort()).toEqual(Object.keys(mutations).sort());
    });

    it.each(Object.keys(mutations))(
      '%s: allowed roles pass the role check, other roles get FORBIDDEN, anonymous callers UNAUTHENTICATED',
      async (name) => {
        const sample = mutations[name]!;
        for (const role of ROLES) {
          const res = await t.gql(sample.query, sample.variables(w), w.tokens[role]);
          const allowed = sample.roles === 'public' || sample.roles.includes(role);
          const code = codeOf(res);
          expect({ role, status: res.status < 500 }).toEqual({ role, status: true });
          if (allowed) expect({ role, code }).not.toEqual({ role, code: 'FORBIDDEN' });
          else expect({ role, code }).toEqual({ role, code: 'FORBIDDEN' });
        }
        const anonymous = await t.gql(sample.query, sample.variables(w));
        if (sample.roles === 'public') expect(codeOf(anonymous)).toBeUndefined();
        else expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
      },
    );

    it('applies the same policy to the queries', async () => {
      const queries: Record<string, { roles: readonly Role[]; query: string }> = {
        me: { roles: ROLES, query: '{ me { id } }' },
        jurisdictions: { roles: ROLES, query: '{ jurisdictions { totalCount } }' },
        users: { roles: ['ADMIN', 'INSPECTOR'], query: '{ users { totalCount } }' },
        auditTrail: { roles: ['ADMIN', 'INSPECTOR'], query: `{ auditTrail(subjectId: "${w.userIds.INSPECTOR}") { totalCount } }` },
        cases: { roles: ['PETITION_HANDLER', 'INSPECTOR'], query: '{ cases { totalCount } }' },
        caseStatistics: { roles: ['PETITION_HANDLER', 'INSPECTOR'], query: '{ caseStatistics { total } }' },
        supervisionTeams: { roles: ['SUPERVISOR', 'ELECTION_OFFICE', 'INSPECTOR'], query: '{ supervisionTeams { id } }' },
        observations: { roles: ['SUPERVISOR', 'ELECTION_OFFICE', 'INSPECTOR'], query: '{ observations { totalCount } }' },
        supervisionCoverage: { roles: ['SUPERVISOR', 'ELECTION_OFFICE', 'INSPECTOR'], query: '{ supervisionCoverage { elections } }' },
      };
      for (const [name, q] of Object.entries(queries)) {
        for (const role of ROLES) {
          const code = codeOf(await t.gql(q.query, {}, w.tokens[role]));
          expect({ name, role, code }).toEqual({ name, role, code: q.roles.includes(role) ? undefined : 'FORBIDDEN' });
        }
      }
    });
  });
});
