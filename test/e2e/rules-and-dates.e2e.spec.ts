import { randomUUID } from 'node:crypto';
import { ManualClock } from '@scrutineer/workflow';
import { CaseClient } from './support/cases.js';
import { ElectionClient, round, worker } from './support/elections.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { buildWorld, createUser, PASSWORD, type World } from './support/world.js';

/**
 * The rules read as practice reads them (差额, small League branches, seats checked at creation, 越级),
 * and dates people give believed only within limits: refused with the reason, late ones flagged and
 * listed, windows a voter or complainant holds never shortened; certification refusals that name their
 * blockers; 办结 statistics; a PIN for cases registered by staff. Through GraphQL, on both databases.
 */
describe('rules and dates people can trust', () => {
  let t: TestApp;
  let w: World;
  let office: ElectionClient;
  let committee: ElectionClient;
  let handler: CaseClient;
  const clock = new ManualClock('2026-04-01T02:00:00.000Z');
  const setDay = (day: string) => clock.set(`${day}T02:00:00.000Z`);
  const T = '2026-05-10';

  beforeAll(async () => {
    t = await startTestApp({ overrides: { clock } });
    w = await buildWorld(t);
    office = new ElectionClient(t, w.tokens.ELECTION_OFFICE);
    committee = office.as(w.tokens.ELECTION_COMMITTEE);
    handler = new CaseClient(t, w.tokens.PETITION_HANDLER);
  });
  afterAll(() => t.close());

  async function organization(type: string, name: string, memberCount: number, jurisdictionId = w.ids.villageA1): Promise<string> {
    const data = await office.gql('mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
      input: { jurisdictionId, type, name, memberCount },
    });
    return data.createOrganization.id;
  }

  const create = (organizationId: string, posts: { post: string; seats: number }[], extra: Record<string, unknown> = {}) =>
    t.gql<any>(
      'mutation ($input: CreateElectionInput!) { createElection(input: $input) { id profile { id version options } } }',
      { input: { organizationId, electionDay: T, posts, ...extra } },
      w.tokens.ELECTION_OFFICE,
    );

  async function createElection(organizationId: string, posts: { post: string; seats: number }[], extra: Record<string, unknown> = {}) {
    const res = await create(organizationId, posts, extra);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.createElection.id as string;
  }

  /** A village committee election at the roll, created and prepared on 1 April. */
  async function villageAtRoll(name: string): Promise<string> {
    setDay('2026-04-01');
    const id = await createElection(await organization('VILLAGE_COMMITTEE', name, 100), [
      { post: '主任', seats: 1 },
      { post: '委员', seats: 2 },
    ]);
    await office.step('submitElection', 'ElectionStepInput', id);
    for (const item of ['COMMITTEE_FORMED', 'RULES_ADOPTED', 'AUDIT_PUBLISHED']) {
      await committee.step('recordPreparation', 'RecordPreparationInput', id, { item, on: '2026-04-01' });
    }
    await committee.step('completePreparation', 'ElectionStepInput', id);
    return id;
  }

  describe('rules', () => {
    it('refuses at createElection the seats a profile forbids, and election days far outside reason', async () => {
      setDay('2026-04-01');
      const league6 = await organization('YOUTH_LEAGUE_BRANCH', '东村团支部(6)', 6);
      const refused = await create(league6, [{ post: '委员', seats: 3 }]);
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringContaining('With 6 members (fewer than 7) there is no committee, only a secretary: 1 seat, not 3'),
        extensions: { code: 'RULE_VIOLATION', rule: 'secretary-only', field: 'posts', citation: expect.stringContaining('团支部工作条例') },
      });
      expect((await create(league6, [{ post: '书记', seats: 1 }])).data?.createElection.profile).toEqual({
        id: 'YOUTH_LEAGUE_BRANCH',
        version: 2,
        options: [],
      });
      // Exactly 7: a committee, or a secretary alone (with the approval the start request carries).
      const league7 = await organization('YOUTH_LEAGUE_BRANCH', '西村团支部(7)', 7);
      expect((await create(league7, [{ post: '委员', seats: 3 }])).errors).toBeUndefined();
      expect((await create(league7, [{ post: '书记', seats: 1 }])).errors).toBeUndefined();
      const league8 = await organization('YOUTH_LEAGUE_BRANCH', '南村团支部(8)', 8);
      expect((await create(league8, [{ post: '书记', seats: 1 }])).errors?.[0]?.extensions).toMatchObject({ rule: 'body-size' });

      const village = await organization('VILLAGE_COMMITTEE', '东村村委会(规模)', 300);
      expect((await create(village, [{ post: '委员', seats: 9 }])).errors?.[0]?.extensions).toMatchObject({
        code: 'RULE_VIOLATION',
        rule: 'body-size',
        values: { seats: 9, min: 3, max: 7 },
      });
      for (const day of ['1999-05-10', '2028-04-02']) {
        const res = await create(village, [{ post: '委员', seats: 3 }], { electionDay: day });
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'date-implausible', field: 'electionDay' });
      }
    });

    it('reads the Party 差额 as at least 20% more, rounded up (5 seats → 6), and the strict reading as an option (→ 7)', async () => {
      setDay('2026-04-01');
      const profiles = await office.gql('{ ruleProfiles { id version options description } }');
      const party = profiles.ruleProfiles.find((p: any) => p.id === 'PARTY_BRANCH' && p.version === 2);
      expect(party.description).toContain(
        'at least 20% more candidates than seats (不低于20%), rounded up to a whole person (5 seats → 6) — seed 002:289; seed 000 L244',
      );

      /** A Party branch election for 5 seats, with 6 of 10 nominees approved and 4 disqualified. */
      async function sixForFive(name: string, options: string[]): Promise<string> {
        const id = await createElection(await organization('PARTY_BRANCH', name, 60), [{ post: '委员', seats: 5 }], {
          profileOptions: options,
        });
        await office.step('submitElection', 'ElectionStepInput', id);
        await office.step('approveElectionStart', 'ElectionStepInput', id);
        await committee.step('completePreparation', 'ElectionStepInput', id);
        const nominees: string[] = [];
        for (let i = 0; i < 10; i++) nominees.push(await committee.nominate(id, '委员', `党员${name}${i}`, { route: 'PARTY_MEMBERS' }));
        await committee.step('closeNomination', 'ElectionStepInput', id);
        for (const c of nominees.slice(0, 6)) await office.qualify(c);
        for (const c of nominees.slice(6)) {
          await committee.candidateStep('startCandidateReview', 'CandidateStepInput', c);
          await office.candidateStep('disqualifyCandidate', 'DisqualifyCandidateInput', c, {
            level: 'TOWNSHIP_PRELIMINARY',
            reason: '群众意见大',
          });
        }
        return id;
      }

      const atLeast = await sixForFive('东村党支部', []);
      expect(await committee.step('completeCandidateReview', 'ElectionStepInput', atLeast)).toBe('active.candidateApproval');

      const strict = await sixForFive('西村党支部', ['STRICT_MARGIN']);
      const e = await office.gql('query ($id: ID!) { election(id: $id) { profile { version options description } } }', { id: strict });
      expect(e.election.profile).toMatchObject({ version: 2, options: ['STRICT_MARGIN'] });
      const refused = await committee.refused('completeCandidateReview', 'ElectionStepInput', strict);
      expect(refused.extensions.code).toBe('INVALID_TRANSITION');
      expect(refused.message).toContain(
        '委员: 6 candidate(s) for 5 seat(s); more than 20% more candidates than seats (多于20%), counted in whole persons: 20% of 5 is 1, so 2 more: at least 7 are needed',
      );
      // Both readings are cited in the refusal.
      expect(refused.message).toContain('seed 000 L244 (多于20%, the STRICT_MARGIN option); seed 002:289 (不低于20%, the default reading)');
    });

    it('does not call a village matter registered at the township or the county 越级; at the city it is', async () => {
      const admin = w.adminToken;
      await createUser(t, admin, 'town-a-handler', 'PETITION_HANDLER', w.ids.townA);
      await createUser(t, admin, 'city-handler', 'PETITION_HANDLER', w.ids.city);
      const town = handler.as(await t.login('town-a-handler', PASSWORD));
      const city = handler.as(await t.login('city-handler', PASSWORD));
      const letter = {
        kind: 'PETITION',
        channel: 'LETTER',
        category: 'PROCEDURE',
        title: '村务',
        body: '村委会选举程序',
        subject: { jurisdictionId: w.ids.villageA1 },
      };
      setDay('2026-04-01');
      expect(await town.register(letter)).toMatchObject({ level: 'TOWNSHIP', crossLevel: false });
      expect(await handler.register(letter)).toMatchObject({ level: 'COUNTY', crossLevel: false });
      expect(await city.register(letter)).toMatchObject({ level: 'CITY', crossLevel: true });
      // The public filing about the village goes to its township, the competent body.
      const filed = await t.gql<any>('mutation ($input: FileComplaintInput!) { fileComplaint(input: $input) { trackingCode } }', {
        input: { kind: 'PETITION', category: 'PROCEDURE', title: '村务', body: '选举程序', jurisdictionId: w.ids.villageA1 },
      });
      const code = filed.data.fileComplaint.trackingCode;
      const found = await handler.gql('{ cases(first: 50) { edges { node { trackingCode level crossLevel unit { id } } } } }');
      expect(found.cases.edges.map((e: any) => e.node).find((n: any) => n.trackingCode === code)).toMatchObject({
        level: 'TOWNSHIP',
        crossLevel: false,
        unit: { id: w.ids.townA },
      });
    });
  });

  describe('dates on elections', () => {
    it('refuses each date that cannot be true, with the reason', async () => {
      const id = await villageAtRoll('东村村委会(日期)');
      const why = async (mutation: string, type: string, input: Record<string, unknown>) => {
        const error = await committee.refused(mutation, type, id, input);
        expect(error.extensions.code).toBe('INVALID_TRANSITION');
        return error.message;
      };
      expect(await why('publishVoterRoll', 'PublishVoterRollInput', { publishedOn: '2026-03-31', registered: 100 })).toContain(
        'publishedOn 2026-03-31 is before the election was created on 2026-04-01',
      );
      expect(await why('publishVoterRoll', 'PublishVoterRollInput', { publishedOn: '2026-04-02', registered: 100 })).toContain(
        'publishedOn 2026-04-02 is after today (2026-04-01)',
      );
      await committee.step('publishVoterRoll', 'PublishVoterRollInput', id, { publishedOn: '2026-04-01', registered: 100 });
      setDay('2026-04-02');
      await committee.step('recordRollObjection', 'RecordRollObjectionInput', id, { receivedOn: '2026-04-02', summary: '漏登' });
      expect(
        await why('answerRollObjection', 'AnswerRollObjectionInput', { objection: 1, answeredOn: '2026-04-01', outcome: '已补登' }),
      ).toContain('answeredOn 2026-04-01 is before objection 1 was received on 2026-04-02');
      const history = await office.gql('query ($id: ID!) { election(id: $id) { datesGiven { step field date late } recordedLate } }', {
        id,
      });
      expect(history.election).toMatchObject({ recordedLate: false });
      expect(history.election.datesGiven.map((g: any) => g.step)).toEqual([
        'RECORD_PREPARATION',
        'RECORD_PREPARATION',
        'RECORD_PREPARATION',
        'PUBLISH_ROLL',
        'RECORD_OBJECTION',
      ]);
    });

    it('takes a roll recorded late only with a reason, flags it, lists it for inspectors, and leaves voters their whole window', async () => {
      const id = await villageAtRoll('西村村委会(补录)');
      setDay('2026-04-08');
      const refused = await committee.refused('publishVoterRoll', 'PublishVoterRollInput', id, {
        publishedOn: '2026-04-02',
        registered: 100,
      });
      expect(refused.message).toContain(
        'publishedOn 2026-04-02 is 6 days before it is recorded (2026-04-08); more than 3 days back needs a written reason',
      );
      await committee.step('publishVoterRoll', 'PublishVoterRollInput', id, {
        publishedOn: '2026-04-02',
        registered: 100,
        lateReason: '名单已张贴, 系统补录',
      });
      const e = await office.gql(
        `query ($id: ID!) { election(id: $id) {
           recordedLate roll { publishedOn objectionsUntil }
           datesGiven { step field date daysBack late reason }
           history(first: 20) { edges { node { action recordedLate } } } } }`,
        { id },
      );
      // Three days to object from the day the roll was recorded, not from the day it says it was published.
      expect(e.election.roll).toEqual({ publishedOn: '2026-04-02', objectionsUntil: '2026-04-11' });
      expect(e.election.recordedLate).toBe(true);
      expect(e.election.datesGiven.at(-1)).toEqual({
        step: 'PUBLISH_ROLL',
        field: 'publishedOn',
        date: '2026-04-02',
        daysBack: 6,
        late: true,
        reason: '名单已张贴, 系统补录',
      });
      expect(e.election.history.edges.map((x: any) => x.node).find((n: any) => n.action === 'PUBLISH_ROLL')).toEqual({
        action: 'PUBLISH_ROLL',
        recordedLate: true,
      });
      setDay('2026-04-10');
      await committee.step('recordRollObjection', 'RecordRollObjectionInput', id, { receivedOn: '2026-04-10', summary: '第8天, 窗口内' });

      const listed = await t.gql<any>(
        'query ($id: ID!) { lateEntries(subjectId: $id) { totalCount edges { node { subjectType step field dateGiven daysBack reason actorLabel auditEntryId } } } }',
        { id },
        w.tokens.INSPECTOR,
      );
      expect(listed.data.lateEntries.totalCount).toBe(1);
      expect(listed.data.lateEntries.edges[0].node).toMatchObject({
        subjectType: 'election',
        step: 'PUBLISH_ROLL',
        field: 'publishedOn',
        dateGiven: '2026-04-02',
        daysBack: 6,
        reason: '名单已张贴, 系统补录',
        actorLabel: 'a-election-committee',
        auditEntryId: expect.any(String),
      });
      // Inspectors of another county do not see it; a committee member may not list late entries at all.
      const other = await t.gql<any>('query ($id: ID!) { lateEntries(subjectId: $id) { totalCount } }', { id }, w.tokens.inspectorB);
      expect(other.data.lateEntries.totalCount).toBe(0);
      const forbidden = await t.gql<any>('{ lateEntries { totalCount } }', {}, w.tokens.ELECTION_COMMITTEE);
      expect(forbidden.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });

    it('re-checks the nomination windows and the notice when election day moves', async () => {
      const id = await villageAtRoll('南村村委会(改期)');
      await committee.step('publishVoterRoll', 'PublishVoterRollInput', id, { publishedOn: '2026-04-01', registered: 100 });
      // The objection window closes by a deadline row that the scheduler fires.
      setDay('2026-04-05');
      await worker(t).runOnce();
      await committee.step('closeVoterRoll', 'ElectionStepInput', id);
      setDay('2026-04-22');
      // Self-nomination closes T-10 = 30 April; one is taken on 22 April.
      await committee.nominate(id, '主任', '自荐人');
      const refused = await committee.refused('rescheduleElection', 'RescheduleElectionInput', id, {
        electionDay: '2026-05-01',
        reason: '提前',
      });
      expect(refused.message).toContain(
        'Self-nomination (自荐) closes 10 days before election day: with election day 2026-05-01 it would have closed on 2026-04-21, but 1 candidacy(ies) by that route were taken later (the latest on 2026-04-22)',
      );
      expect(await committee.step('rescheduleElection', 'RescheduleElectionInput', id, { electionDay: '2026-05-20', reason: '推迟' })).toBe(
        'active.nomination',
      );
      const far = await committee.refused('rescheduleElection', 'RescheduleElectionInput', id, {
        electionDay: '2031-05-20',
        reason: '笔误',
      });
      expect(far.message).toContain('electionDay 2031-05-20 is more than 2 years ahead');
    });
  });

  describe('dates on cases', () => {
    const letter = (over: Record<string, unknown> = {}) => ({
      kind: 'PETITION',
      channel: 'LETTER',
      category: 'PROCEDURE',
      title: '来信',
      body: '选举程序问题',
      subject: { jurisdictionId: w.ids.townA },
      ...over,
    });

    it('takes the acceptance date given, refuses one before receipt or in the future, and a reply before acceptance', async () => {
      setDay('2026-06-10');
      const c = await handler.register(letter({ receivedOn: '2026-06-08' }));
      const refuse = async (mutation: string, type: string, input: Record<string, unknown>) =>
        (await handler.refused(mutation, type, c.id, input)).message;
      expect(await refuse('acceptCase', 'AcceptCaseInput', { decidedOn: '2026-06-07' })).toContain(
        'decidedOn 2026-06-07 is before the case was received on 2026-06-08',
      );
      expect(await refuse('acceptCase', 'AcceptCaseInput', { decidedOn: '2026-06-11' })).toContain('decidedOn 2026-06-11 is after today');
      const accepted = await handler.step('acceptCase', 'AcceptCaseInput', c.id, { decidedOn: '2026-06-09' });
      expect(accepted.acceptance).toMatchObject({ outcome: 'ACCEPTED', on: '2026-06-09' });
      expect(accepted.clocks).toEqual([
        expect.objectContaining({ step: 'ACCEPTANCE', outcome: 'MET' }),
        expect.objectContaining({ step: 'HANDLING', startedOn: '2026-06-09', dueOn: '2026-08-08' }),
      ]);
      await handler.step('assignCase', 'AssignCaseInput', c.id, { assigneeId: w.userIds.PETITION_HANDLER });
      await handler.step('decideCase', 'DecideCaseInput', c.id, { finding: 'UNSUBSTANTIATED', summary: '不属实', decidedOn: '2026-06-10' });
      expect(await refuse('replyToCase', 'ReplyCaseInput', { repliedOn: '2026-06-08', text: '答复' })).toContain(
        'repliedOn 2026-06-08 is before the case was accepted on 2026-06-09',
      );
    });

    it('keeps the complainant’s whole review window when a reply is recorded a week late, and flags it', async () => {
      setDay('2026-06-01');
      const c = await handler.register(letter());
      await handler.step('acceptCase', 'AcceptCaseInput', c.id);
      await handler.step('assignCase', 'AssignCaseInput', c.id, { assigneeId: w.userIds.PETITION_HANDLER });
      setDay('2026-06-20');
      await handler.step('decideCase', 'DecideCaseInput', c.id, {
        finding: 'UNSUBSTANTIATED',
        summary: '不属实',
        decidedOn: '2026-06-12',
        lateReason: '纸质决定已签发',
      });
      const replied = await handler.step('replyToCase', 'ReplyCaseInput', c.id, {
        repliedOn: '2026-06-13',
        text: '经核查, 反映问题不属实',
        lateReason: '答复书已邮寄, 今日补录',
      });
      expect(replied).toMatchObject({ state: 'open.replied', repliedOn: '2026-06-13', recordedLate: true });
      // The office's clock stopped on the day it replied; the complainant's 30 days run from the day it was recorded.
      expect(replied.clocks.find((k: any) => k.step === 'HANDLING')).toMatchObject({ stoppedOn: '2026-06-13', outcome: 'MET' });
      expect(replied.clocks.find((k: any) => k.step === 'REVIEW_REQUEST')).toMatchObject({ startedOn: '2026-06-20', dueOn: '2026-07-20' });
      expect(replied.datesGiven.filter((g: any) => g.late).map((g: any) => [g.step, g.daysBack])).toEqual([
        ['DECIDE', 8],
        ['REPLY', 7],
      ]);
      const listed = await t.gql<any>(
        'query ($id: ID!) { lateEntries(subjectId: $id) { edges { node { subjectType step dateGiven daysBack reason } } } }',
        { id: c.id },
        w.tokens.INSPECTOR,
      );
      expect(listed.data.lateEntries.edges.map((e: any) => e.node)).toEqual([
        { subjectType: 'case', step: 'DECIDE', dateGiven: '2026-06-12', daysBack: 8, reason: '纸质决定已签发' },
        { subjectType: 'case', step: 'REPLY', dateGiven: '2026-06-13', daysBack: 7, reason: '答复书已邮寄, 今日补录' },
      ]);
      // The public sees the reply and the window as they run.
      const status = await t.gql<any>(
        'query ($code: String!, $pin: String!) { caseStatus(trackingCode: $code, pin: $pin) { nextDueOn reply { on text } } }',
        { code: c.trackingCode, pin: c.pin },
      );
      expect(status.data.caseStatus).toMatchObject({
        nextDueOn: '2026-07-20',
        reply: { on: '2026-06-13', text: '经核查, 反映问题不属实' },
      });
    });

    it('gives a case registered by staff a tracking code and a PIN, shown once, that the complainant follows it with', async () => {
      setDay('2026-06-01');
      const c = await handler.register(letter({ identity: { name: '王某', phone: '13800000000' } }));
      expect(c.trackingCode).toMatch(/^XF-[2-9A-HJ-NP-Z]{10}$/);
      expect(c.pin).toMatch(/^\d{8}$/);
      const ok = await t.gql<any>(
        'query ($code: String!, $pin: String!) { caseStatus(trackingCode: $code, pin: $pin) { trackingCode status } }',
        { code: c.trackingCode, pin: c.pin },
      );
      expect(ok.data.caseStatus.trackingCode).toBe(c.trackingCode);
      const wrong = await t.gql<any>('query ($code: String!) { caseStatus(trackingCode: $code, pin: "00000000") { status } }', {
        code: c.trackingCode,
      });
      expect(wrong.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      // Only its hash is kept.
      const [secret] = await t.dataSource.query('SELECT pin_hash FROM case_secrets WHERE case_id = $1', [c.id]);
      expect(secret.pin_hash).toMatch(/^\$argon2id\$/);
      expect(secret.pin_hash).not.toContain(c.pin);
    });

    it('counts a case 办结 once its reply is recorded, while the review window runs', async () => {
      setDay('2026-07-01');
      const day = { receivedOn: '2026-07-01' };
      const resolved = await handler.register(letter(day));
      const outstanding = await handler.register(letter(day));
      const rejected = await handler.register(letter(day));
      await handler.register(letter(day)); // awaiting acceptance
      // A public objection to a roll runs its 2-day clock from receipt, but is not accepted until registered.
      const election = await createElection(
        await organization('VILLAGE_COMMITTEE', '东村村委会(统计)', 100),
        [{ post: '委员', seats: 3 }],
        {
          electionDay: '2026-08-20',
        },
      );
      await office.step('submitElection', 'ElectionStepInput', election);
      for (const item of ['COMMITTEE_FORMED', 'RULES_ADOPTED', 'AUDIT_PUBLISHED']) {
        await committee.step('recordPreparation', 'RecordPreparationInput', election, { item, on: '2026-07-01' });
      }
      await committee.step('completePreparation', 'ElectionStepInput', election);
      await committee.step('publishVoterRoll', 'PublishVoterRollInput', election, { publishedOn: '2026-07-01', registered: 100 });
      const objection = await t.gql<any>('mutation ($input: FileComplaintInput!) { fileComplaint(input: $input) { trackingCode } }', {
        input: {
          kind: 'OBJECTION',
          category: 'VOTER_REGISTRATION',
          title: '漏登',
          body: '本人未列入',
          jurisdictionId: w.ids.villageA1,
          electionId: election,
        },
      });
      expect(objection.errors).toBeUndefined();
      for (const c of [resolved, outstanding]) {
        await handler.step('acceptCase', 'AcceptCaseInput', c.id);
        await handler.step('assignCase', 'AssignCaseInput', c.id, { assigneeId: w.userIds.PETITION_HANDLER });
      }
      await handler.step('rejectCase', 'CaseReasonInput', rejected.id, { reason: '不属于信访事项' });
      setDay('2026-07-05');
      await handler.step('decideCase', 'DecideCaseInput', resolved.id, { finding: 'PARTLY_SUBSTANTIATED', summary: '部分属实' });
      await handler.step('replyToCase', 'ReplyCaseInput', resolved.id, { repliedOn: '2026-07-05', text: '已答复' });
      const stats = await handler.gql(
        `{ caseStatistics(jurisdictionId: "${w.ids.countyA}", receivedFrom: "2026-07-01", receivedTo: "2026-07-01") {
            total awaitingAcceptance accepted notAccepted resolved outstanding resolutionRate reviewWindowOpen
            onTime { step met late share } } }`,
      );
      expect(stats.caseStatistics).toMatchObject({
        total: 5,
        awaitingAcceptance: 2,
        accepted: 2,
        notAccepted: 1,
        resolved: 1,
        outstanding: 1,
        resolutionRate: 0.5,
        reviewWindowOpen: 1,
      });
      expect(stats.caseStatistics.onTime.find((s: any) => s.step === 'HANDLING')).toEqual({ step: 'HANDLING', met: 1, late: 0, share: 1 });
    });
  });

  describe('blockers and observations', () => {
    let electionId: string;
    let teamId: string;
    let supervisor: string;

    beforeAll(async () => {
      // A village election elected on 10 May, with a supervision team covering it.
      const id = await villageAtRoll('北村村委会(证书)');
      await committee.step('publishVoterRoll', 'PublishVoterRollInput', id, { publishedOn: '2026-04-01', registered: 100 });
      setDay('2026-04-05');
      await worker(t).runOnce();
      await committee.step('closeVoterRoll', 'ElectionStepInput', id);
      const d1 = await committee.nominate(id, '主任', '甲');
      const d2 = await committee.nominate(id, '主任', '乙');
      const members = [
        await committee.nominate(id, '委员', '丙'),
        await committee.nominate(id, '委员', '丁'),
        await committee.nominate(id, '委员', '戊'),
      ];
      await committee.step('closeNomination', 'ElectionStepInput', id);
      for (const c of [d1, d2, ...members]) await office.qualify(c);
      await committee.step('completeCandidateReview', 'ElectionStepInput', id);
      for (const c of [d1, d2, ...members]) await committee.confirm(c, '2026-04-05');
      setDay('2026-05-04');
      await committee.step('publishElectionNotice', 'PublishElectionNoticeInput', id, { postedOn: '2026-05-04' });
      setDay(T);
      await committee.step('openPolling', 'OpenPollingInput', id, { secretBoothReady: true });
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
                { candidateId: d1, votes: 60 },
                { candidateId: d2, votes: 19 },
              ],
            },
            {
              post: '委员',
              seats: 2,
              votes: [
                { candidateId: members[0], votes: 60 },
                { candidateId: members[1], votes: 55 },
                { candidateId: members[2], votes: 20 },
              ],
            },
          ],
        }),
      );
      electionId = id;
      supervisor = w.tokens.SUPERVISOR;
      const team = await office.gql('mutation ($input: CreateTeamInput!) { createSupervisionTeam(input: $input) { id } }', {
        input: { jurisdictionId: w.ids.countyA, kind: 'SUPERVISION', name: '县督导组', leaderId: w.userIds.SUPERVISOR },
      });
      teamId = team.createSupervisionTeam.id;
      await office.gql('mutation ($input: AssignTeamInput!) { assignSupervisionTeam(input: $input) { id } }', {
        input: { teamId, electionId },
      });
    });

    it('names each blocking case and order in the certification refusal, and lists them for the office', async () => {
      setDay('2026-05-11');
      const report = await handler.register({
        kind: 'REPORT',
        channel: 'HOTLINE',
        category: 'BRIBERY',
        title: '贿选举报',
        body: '候选人送礼拉票',
        subject: { electionId },
        identity: { name: '举报人张某' },
      });
      expect(report.blocking).toBe(true);
      const issued = await t.gql<any>(
        'mutation ($input: IssueRectificationOrderInput!) { issueRectificationOrder(input: $input) { id } }',
        { input: { electionId, requirement: '补充公开计票记录', dueOn: '2026-05-20', blocking: true } },
        supervisor,
      );
      const orderId = issued.data.issueRectificationOrder.id;
      const refused = await office.refused('certifyElection', 'ElectionStepInput', electionId);
      expect(refused.extensions.code).toBe('INVALID_TRANSITION');
      expect(refused.message).toContain(`complaint case ${report.trackingCode} (BRIBERY, open.registered)`);
      expect(refused.message).toContain(
        `rectification order 整改-${orderId.slice(0, 8).toUpperCase()} (补充公开计票记录, due 2026-05-20, open.issued)`,
      );
      expect(refused.message).not.toContain('张某');
      const reasons = refused.extensions.availableActions.find((a: any) => a.event === 'CERTIFY').reasons;
      expect(reasons[0]).toMatchObject({ rule: 'open-blockers', values: { complaintCases: 1, rectificationOrders: 1 } });

      // The election office may not read the case, but it sees what holds the election up, and why.
      expect(
        (await t.gql('query ($id: ID!) { case(id: $id) { id } }', { id: report.id }, w.tokens.ELECTION_OFFICE)).errors?.[0]?.extensions
          .code,
      ).toBe('FORBIDDEN');
      const committeeAsks = await t.gql<any>(
        'query ($id: ID!) { election(id: $id) { blockers { reference } } }',
        { id: electionId },
        w.tokens.ELECTION_COMMITTEE,
      );
      expect(committeeAsks.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const blockers = await office.gql(
        'query ($id: ID!) { election(id: $id) { blockers { kind reference summary state since dueOn rule citation } } }',
        { id: electionId },
      );
      expect(blockers.election.blockers).toEqual([
        {
          kind: 'COMPLAINT_CASE',
          reference: report.trackingCode,
          summary: 'BRIBERY',
          state: 'open.registered',
          since: '2026-05-11',
          dueOn: '2026-05-26',
          rule: expect.stringContaining('marked blocking'),
          citation: expect.stringContaining('第三十四条'),
        },
        {
          kind: 'RECTIFICATION_ORDER',
          reference: `整改-${orderId.slice(0, 8).toUpperCase()}`,
          summary: '补充公开计票记录',
          state: 'open.issued',
          since: '2026-05-11',
          dueOn: '2026-05-20',
          rule: expect.stringContaining('until the team verifies it'),
          citation: expect.stringContaining('seed 003:49'),
        },
      ]);
    });

    it('refuses an observation long before its election, and takes a late one only with a reason, flagged and listed', async () => {
      setDay('2026-05-15');
      const observation = (observedAt: string, over: Record<string, unknown> = {}) => ({
        id: randomUUID(),
        electionId,
        stage: 'ELECTION_MEETING',
        observedAt,
        channel: 'MOBILE_OFFLINE',
        site: { name: '北村 村委会', kind: 'MEETING_HALL' },
        checklist: [{ item: 'SECRET_BOOTH', answer: 'YES' }],
        violations: [],
        narrative: '',
        ...over,
      });
      const submit = async (items: unknown[]) =>
        (
          await t.gql<any>(
            'mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { id status problems { rule message } } }',
            { input: { observations: items } },
            supervisor,
          )
        ).data.submitObservations;
      const [early, late, lateWithReason, future] = await submit([
        observation('2026-02-01T01:00:00Z'),
        observation(`${T}T01:00:00Z`),
        observation(`${T}T01:00:00Z`, { lateReason: '会场无信号, 返回后提交' }),
        observation('2026-05-15T03:00:00Z'),
      ]);
      expect(early).toMatchObject({
        status: 'REJECTED',
        problems: [
          { rule: 'observedAt', message: expect.stringContaining('more than 30 days before its election was created on 2026-04-01') },
        ],
      });
      expect(late).toMatchObject({
        status: 'REJECTED',
        problems: [{ rule: 'lateReason', message: expect.stringContaining('Observed 5 days before it is submitted') }],
      });
      expect(lateWithReason.status).toBe('CREATED');
      expect(future.status).toBe('REJECTED');
      const stored = await t.gql<any>(
        'query ($id: ID!) { observation(id: $id) { recordedLate lateReason } }',
        { id: lateWithReason.id },
        supervisor,
      );
      expect(stored.data.observation).toEqual({ recordedLate: true, lateReason: '会场无信号, 返回后提交' });
      const listed = await t.gql<any>(
        '{ lateEntries(subjectType: "observation") { edges { node { subjectId step field dateGiven daysBack reason } } } }',
        {},
        w.tokens.INSPECTOR,
      );
      expect(listed.data.lateEntries.edges.map((e: any) => e.node)).toEqual([
        {
          subjectId: lateWithReason.id,
          step: 'SUBMIT_OBSERVATION',
          field: 'observedAt',
          dateGiven: T,
          daysBack: 5,
          reason: '会场无信号, 返回后提交',
        },
      ]);
    });
  });
});
