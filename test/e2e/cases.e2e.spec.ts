import { Writable } from 'node:stream';
import { outboxHandlers } from '@scrutineer/platform';
import { ManualClock, OutboxRelay, WorkflowEngine, WorkflowRegistry, WorkflowWorker } from '@scrutineer/workflow';
import request from 'supertest';
import { loadDemoData } from '../../apps/api/src/demo/demo-data.js';
import { CaseClient } from './support/cases.js';
import { ADMIN, startTestApp, type TestApp } from './support/test-app.js';
import { createUser, PASSWORD } from './support/world.js';

const D = '2026-11-22';
const NAME = '李秘密';
const PHONE = '13812345678';

describe('complaint and petition cases through GraphQL', () => {
  let t: TestApp;
  let handler: CaseClient;
  let head: CaseClient;
  let office: string;
  const ids = {} as Record<string, string>;
  const logs: string[] = [];
  /** Everything the public endpoints and staff listings answered: scanned for the complainant's identity at the end. */
  const seen: string[] = [];
  const clock = new ManualClock(`${D}T02:00:00.000Z`);
  const setDay = (day: string) => clock.set(`${day}T02:00:00.000Z`);
  const worker = () => t.app.get(WorkflowWorker);

  beforeAll(async () => {
    const logStream = new Writable({
      write(chunk, _enc, done) {
        logs.push(String(chunk));
        done();
      },
    });
    t = await startTestApp({ env: { LOG_LEVEL: 'trace', PUBLIC_RATE_LIMIT: '1000' }, overrides: { clock, logStream } });
    await loadDemoData(t.dataSource, t.app.get(WorkflowRegistry), new Date(`${D}T02:00:00.000Z`));
    const admin = await t.login(ADMIN.username, ADMIN.password);
    const who = async (name: string) =>
      (await t.gql<any>('query ($n: String!) { jurisdictions(nameContains: $n) { edges { node { id name } } } }', { n: name }, admin)).data
        ?.jurisdictions?.edges[0]?.node.id;
    ids.county = await who('示范县');
    ids.town = await who('城关镇');
    ids.east = await who('东村');
    handler = new CaseClient(t, await t.login('demo-petitions', 'scrutineer-demo'));
    await createUser(t, admin, 'demo-petitions-head', 'PETITION_HANDLER', ids.county);
    head = handler.as(await t.login('demo-petitions-head', PASSWORD));
    office = await t.login('demo-office', 'scrutineer-demo');
    const elections = await t.gql<any>(
      '{ elections(first: 20) { edges { node { id state organization { name } candidates { id state } } } } }',
      {},
      office,
    );
    for (const e of elections.data.elections.edges) ids[e.node.organization.name] = e.node.id;
    ids.handlerUser = (await handler.gql('{ me { id } }')).me.id;
    await createUser(t, admin, 'town-petitions', 'PETITION_HANDLER', ids.town);
  });
  afterAll(() => t.close());

  const register = (over: Record<string, unknown> = {}) =>
    handler.register({
      kind: 'PETITION',
      channel: 'LETTER',
      category: 'PROCEDURE',
      title: '选举程序问题',
      body: '选委会未按时公布选民名单',
      subject: { jurisdictionId: ids.town },
      ...over,
    });

  it('runs a petition from receipt through reply, review and re-review to final, on the statute’s clocks', async () => {
    setDay(D);
    const c = await register({ identity: { name: NAME, phone: PHONE } });
    expect(c).toMatchObject({ state: 'open.registered', level: 'COUNTY', crossLevel: false, dueOn: '2026-12-07', anonymous: false });
    expect(c.clocks).toEqual([
      expect.objectContaining({ step: 'ACCEPTANCE', startedOn: D, dueOn: '2026-12-07', outcome: 'RUNNING', daysLeft: 15 }),
    ]);

    setDay('2026-12-07'); // day 15: on time
    await worker().runOnce();
    let now = await handler.step('acceptCase', 'AcceptCaseInput', c.id);
    expect(now.clocks[0]).toMatchObject({ outcome: 'MET', overdue: false });
    expect(now.dueOn).toBe('2027-02-05');
    // The assign step's choices: handlers whose home covers the county unit (not the town's handler).
    const choices = (await handler.gql('query ($id: ID!) { case(id: $id) { assigneeCandidates { id name } } }', { id: c.id })).case
      .assigneeCandidates;
    expect(choices.map((a: { name: string }) => a.name).sort()).toEqual(['demo-petitions', 'demo-petitions-head']);
    expect(choices.map((a: { id: string }) => a.id)).toContain(ids.handlerUser);
    now = await handler.step('assignCase', 'AssignCaseInput', c.id, { assigneeId: ids.handlerUser });
    expect(now.assignee).toMatchObject({ id: ids.handlerUser });

    const tooLong = await head.refused('extendCase', 'ExtendCaseInput', c.id, { days: 31, reason: '情况复杂' });
    expect(tooLong.extensions).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(tooLong.message).toContain('An extension is 1 to 30 days, not 31');
    const self = await handler.refused('extendCase', 'ExtendCaseInput', c.id, { days: 30, reason: '情况复杂' });
    expect(self.message).toContain('someone other than the handler');
    now = await head.step('extendCase', 'ExtendCaseInput', c.id, { days: 30, reason: '需调取村财务账目' });
    expect(now).toMatchObject({
      dueOn: '2027-03-07',
      extension: { days: 30, reason: '需调取村财务账目', approvedBy: 'demo-petitions-head' },
    });
    const twice = await head.refused('extendCase', 'ExtendCaseInput', c.id, { days: 5, reason: '再次延期' });
    expect(twice.message).toContain('can be extended only once');

    setDay('2027-01-10');
    await handler.step('decideCase', 'DecideCaseInput', c.id, { finding: 'UNSUBSTANTIATED', remedies: [], summary: '名单按时公布' });
    now = await handler.step('replyToCase', 'ReplyCaseInput', c.id, { repliedOn: '2027-01-10', text: '经核查，选民名单已按时公布。' });
    expect(now).toMatchObject({ state: 'open.replied', dueOn: '2027-02-09' });

    setDay('2027-02-09'); // day 30 of the review window: still in time
    await worker().runOnce();
    now = await handler.step('requestCaseReview', 'RequestCaseReviewInput', c.id, { receivedOn: '2027-02-09', reason: '不服答复' });
    expect(now.state).toBe('open.underReview');
    setDay('2027-03-01');
    await handler.step('decideCaseReview', 'DecideCaseReviewInput', c.id, {
      finding: 'UNSUBSTANTIATED',
      remedies: [],
      summary: '维持',
      reply: '复查意见：维持原处理意见。',
    });
    setDay('2027-03-20');
    await handler.step('requestCaseReReview', 'RequestCaseReviewInput', c.id, { receivedOn: '2027-03-20', reason: '仍不服' });
    setDay('2027-04-01');
    now = await handler.step('decideCaseReReview', 'DecideCaseReviewInput', c.id, {
      finding: 'UNSUBSTANTIATED',
      remedies: [],
      summary: '维持',
      reply: '复核意见：维持。',
    });
    expect(now.state).toBe('final');
    expect(now.clocks.map((k: any) => [k.step, k.outcome])).toEqual([
      ['ACCEPTANCE', 'MET'],
      ['HANDLING', 'MET'],
      ['REVIEW_REQUEST', 'USED'],
      ['REVIEW', 'MET'],
      ['RE_REVIEW_REQUEST', 'USED'],
      ['RE_REVIEW', 'MET'],
    ]);
    expect(now.replies.map((r: any) => r.stage)).toEqual(['HANDLING', 'REVIEW', 'RE_REVIEW']);

    const again = await t.gql(
      'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { case { id } } }',
      {
        input: {
          kind: 'PETITION',
          channel: 'VISIT',
          category: 'PROCEDURE',
          title: '同一事项',
          body: '同一事项再次反映',
          subject: { jurisdictionId: ids.town },
          sameMatterAsCaseId: c.id,
        },
      },
      handler.token,
    );
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'matter-final' } });

    // The same matter filed by the public is refused when the handler names the earlier case at acceptance.
    const filed = await t.gql<any>('mutation ($input: FileComplaintInput!) { fileComplaint(input: $input) { trackingCode } }', {
      input: { kind: 'PETITION', category: 'PROCEDURE', title: '同一事项', body: '再次反映', jurisdictionId: ids.town },
    });
    const list = await handler.gql('{ cases(first: 100, state: "open.received") { edges { node { id trackingCode blocking } } } }');
    const publicCase = list.cases.edges.find((e: any) => e.node.trackingCode === filed.data.fileComplaint.trackingCode).node;
    expect(publicCase.blocking).toBe(false);
    await handler.step('registerReceivedCase', 'CaseStepInput', publicCase.id);
    const refused = await handler.refused('acceptCase', 'AcceptCaseInput', publicCase.id, { sameMatterAsCaseId: c.id });
    expect(refused).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'matter-final' } });
    expect((await handler.step('rejectCase', 'CaseReasonInput', publicCase.id, { reason: '同一事项已复核终结 (第三十六条)' })).state).toBe(
      'notAccepted',
    );
  });

  it('flags an acceptance not decided by day 15 as overdue on day 16, to the level above, and counts it late', async () => {
    setDay(D);
    const c = await register({ title: '逾期受理', body: '测试逾期' });
    setDay('2026-12-08');
    await worker().runOnce();
    const late = await handler.get(c.id);
    expect(late).toMatchObject({ overdue: true, supervisingUnit: { name: '示范市' } });
    expect(late.escalations).toEqual([expect.objectContaining({ kind: 'OVERDUE', from: 'COUNTY', to: 'CITY' })]);
    const queue = await handler.gql('{ cases(queue: OVERDUE_IN_MY_JURISDICTION) { edges { node { id } } } }');
    expect(queue.cases.edges.map((e: any) => e.node.id)).toContain(c.id);
    const accepted = await handler.step('acceptCase', 'AcceptCaseInput', c.id);
    expect(accepted.clocks[0]).toMatchObject({ step: 'ACCEPTANCE', outcome: 'LATE', overdue: true });
    expect(accepted.overdue).toBe(false);
    const history = await handler.gql('query ($id: ID!) { case(id: $id) { history { edges { node { action actor { label } } } } } }', {
      id: c.id,
    });
    expect(history.case.history.edges.map((e: any) => e.node.actor.label)).toContain('system:scheduler');
  });

  it('flags handling, review and re-review not decided in time when each deadline passes, and counts them late', async () => {
    setDay(D);
    const c = await register({ title: '逐级逾期', body: '测试每个期限' });
    await handler.step('acceptCase', 'AcceptCaseInput', c.id);
    await handler.step('assignCase', 'AssignCaseInput', c.id, { assigneeId: ids.handlerUser });
    const overdueAfter = async (day: string, step: string) => {
      setDay(day);
      await worker().runOnce();
      const now = await handler.get(c.id);
      expect(now.overdue).toBe(true);
      expect(now.clocks.find((k: any) => k.step === step && k.outcome === 'RUNNING')).toMatchObject({ overdue: true });
    };
    await overdueAfter('2027-01-22', 'HANDLING'); // due 2027-01-21, 60 days after acceptance
    await handler.step('decideCase', 'DecideCaseInput', c.id, { finding: 'UNSUBSTANTIATED', remedies: [], summary: 'x' });
    await handler.step('replyToCase', 'ReplyCaseInput', c.id, { repliedOn: '2027-01-22', text: '答复' });
    await handler.step('requestCaseReview', 'RequestCaseReviewInput', c.id, { receivedOn: '2027-01-22', reason: '不服' });
    await overdueAfter('2027-02-22', 'REVIEW');
    await handler.step('decideCaseReview', 'DecideCaseReviewInput', c.id, {
      finding: 'UNSUBSTANTIATED',
      remedies: [],
      summary: 'x',
      reply: 'x',
    });
    await handler.step('requestCaseReReview', 'RequestCaseReviewInput', c.id, { receivedOn: '2027-02-22', reason: '不服' });
    await overdueAfter('2027-03-25', 'RE_REVIEW');
    const done = await handler.step('decideCaseReReview', 'DecideCaseReviewInput', c.id, {
      finding: 'UNSUBSTANTIATED',
      remedies: [],
      summary: 'x',
      reply: 'x',
    });
    expect(done.clocks.filter((k: any) => ['HANDLING', 'REVIEW', 'RE_REVIEW'].includes(k.step)).map((k: any) => k.outcome)).toEqual([
      'LATE',
      'LATE',
      'LATE',
    ]);
    expect(done.overdue).toBe(false);
  });

  it('refuses a review asked for on day 31, and closes the case when the window passes', async () => {
    setDay(D);
    const c = await register({ title: '复查期限', body: '测试复查期限' });
    await handler.step('acceptCase', 'AcceptCaseInput', c.id);
    await handler.step('assignCase', 'AssignCaseInput', c.id, { assigneeId: ids.handlerUser });
    await handler.step('decideCase', 'DecideCaseInput', c.id, {
      finding: 'PARTLY_SUBSTANTIATED',
      remedies: ['CORRECTION'],
      summary: '部分属实',
    });
    await handler.step('replyToCase', 'ReplyCaseInput', c.id, { repliedOn: D, text: '部分属实，已纠正。' });
    setDay('2026-12-23');
    const late = await handler.refused('requestCaseReview', 'RequestCaseReviewInput', c.id, { receivedOn: '2026-12-23', reason: '不服' });
    expect(late.message).toContain('Received on 2026-12-23; requests were due by 2026-12-22');
    await worker().runOnce();
    expect((await handler.get(c.id)).state).toBe('lapsed');
    // A request received on day 30 but entered late still reopens it: the window is judged by the day it arrived.
    const reopened = await handler.step('requestCaseReview', 'RequestCaseReviewInput', c.id, { receivedOn: '2026-12-22', reason: '邮寄' });
    expect(reopened).toMatchObject({ state: 'open.underReview', dueOn: '2027-01-21' });
  });

  it('takes a letter’s day of arrival as the day of receipt, and lets a unit send a case up to the level above', async () => {
    setDay(D);
    const c = await register({ title: '来信', body: '来信反映', receivedOn: '2026-11-15', lateReason: '信件经转办, 今日登记' });
    expect(c).toMatchObject({ dueOn: '2026-11-30', recordedLate: true });
    expect(c.datesGiven).toEqual([
      { step: 'RECEIVE', field: 'receivedOn', date: '2026-11-15', daysBack: 7, late: true, reason: '信件经转办, 今日登记' },
    ]);
    const town = new CaseClient(t, await t.login('town-petitions', PASSWORD));
    const mine = await town.register({
      kind: 'PETITION',
      channel: 'VISIT',
      category: 'OTHER',
      title: '上报',
      body: '需县里协调',
      subject: { jurisdictionId: ids.east },
    });
    expect(mine).toMatchObject({ level: 'TOWNSHIP', crossLevel: false });
    const up = await town.step('transferCase', 'TransferCaseInput', mine.id, {
      jurisdictionId: ids.county,
      reason: '涉及多个部门, 上报县信访局',
    });
    expect(up).toMatchObject({ level: 'COUNTY', highestLevel: 'COUNTY', unit: { name: '示范县' } });
    expect((await handler.get(mine.id)).escalations).toEqual([
      expect.objectContaining({ kind: 'TRANSFER', from: 'TOWNSHIP', to: 'COUNTY' }),
    ]);
  });

  it('holds up certification while a blocking report is open, and annuls the election exactly once on an upheld finding', async () => {
    setDay(D);
    const election = ids['东村党支部'];
    const c = await register({
      kind: 'REPORT',
      channel: 'HOTLINE',
      category: 'BRIBERY',
      title: '贿选举报',
      body: '候选人发放购物卡',
      subject: { electionId: election },
    });
    expect(c.blocking).toBe(true);
    const officeGql = (q: string, v: Record<string, unknown> = {}) => t.gql<any>(q, v, office);
    const version = async () =>
      (await officeGql('query ($id: ID!) { election(id: $id) { version } }', { id: election })).data.election.version;
    await officeGql('mutation ($i: ElectionStepInput!) { approveElectionResult(input: $i) { state } }', {
      i: { id: election, expectedVersion: await version() },
    });
    const blocked = await officeGql('mutation ($i: ElectionStepInput!) { certifyElection(input: $i) { state } }', {
      i: { id: election, expectedVersion: await version() },
    });
    expect(blocked.errors?.[0]?.message).toContain(`complaint case ${c.trackingCode} (BRIBERY, open.registered)`);

    await handler.step('acceptCase', 'AcceptCaseInput', c.id);
    await handler.step('assignCase', 'AssignCaseInput', c.id, { assigneeId: ids.handlerUser });
    await handler.step('decideCase', 'DecideCaseInput', c.id, {
      finding: 'SUBSTANTIATED',
      remedies: ['ANNUL_ELECTION', 'DISCIPLINE'],
      summary: '贿选查实',
    });

    // A relay that dies after doing the work but before recording it: its savepoint goes, nothing stays.
    const engine = t.app.get(WorkflowEngine);
    const [real] = outboxHandlers(engine).filter((h) => h.name === 'elections.case-remedy');
    const crashing = new OutboxRelay(
      t.dataSource,
      [
        {
          ...real!,
          handle: async (m, ctx) => {
            await real!.handle(m, ctx);
            throw new Error('killed mid-delivery');
          },
        },
      ],
      clock,
    );
    await crashing.runPending();
    expect((await officeGql('query ($id: ID!) { election(id: $id) { state } }', { id: election })).data.election.state).toBe('elected');

    clock.advance(10 * 60_000); // past the retry back-off
    await Promise.all([worker().runOnce(), new OutboxRelay(t.dataSource, outboxHandlers(engine), clock).runPending()]);
    await worker().runOnce();
    const after = await officeGql(
      'query ($id: ID!) { election(id: $id) { state notes { event reason } history(first: 100) { edges { node { action toState actor { label } } } } } }',
      { id: election },
    );
    expect(after.data.election.state).toBe('annulled');
    const annulments = after.data.election.history.edges.filter((e: any) => e.node.toState === 'annulled');
    expect(annulments).toHaveLength(1);
    expect(annulments[0].node.actor.label).toBe('system:relay');
    expect(after.data.election.notes[0]).toMatchObject({ event: 'ANNUL', reason: `Case ${c.id}: 选举无效 on a SUBSTANTIATED finding` });
    expect((await handler.get(c.id)).remedies).toEqual([{ remedy: 'ANNUL_ELECTION', result: 'APPLIED', message: 'election annulled' }]);
  });

  it('answers a voter-list objection in 2 days, and refuses one filed after the 3-day window (seed 000 L382)', async () => {
    const election = ids['城关社区居民委员会']; // roll published the day before D
    setDay(D);
    const c = await register({
      kind: 'OBJECTION',
      channel: 'IN_PERSON',
      category: 'VOTER_REGISTRATION',
      title: '漏登',
      body: '本人未列入选民名单',
      subject: { electionId: election },
    });
    expect(c).toMatchObject({ state: 'open.accepted', dueOn: '2026-11-24' });
    expect(c.clocks.map((k: any) => k.step)).toEqual(['HANDLING']);
    setDay('2026-11-25');
    const late = await t.gql(
      'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { case { id } } }',
      {
        input: {
          kind: 'OBJECTION',
          channel: 'IN_PERSON',
          category: 'VOTER_REGISTRATION',
          title: '重登',
          body: '重复登记',
          subject: { electionId: election },
        },
      },
      handler.token,
    );
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'objection-late' } });
    expect(late.errors?.[0]?.message).toBe('Objections to the roll published on 2026-11-21 were due by 2026-11-24');
  });

  it('disqualifies a candidate on an upheld objection, through the outbox, and reports it on the case', async () => {
    setDay(D);
    const committee = await t.login('demo-committee', 'scrutineer-demo');
    const nominating = await t.gql<any>(
      'query ($id: ID!) { election(id: $id) { candidates { id name version } } }',
      { id: ids['南村村民委员会'] },
      office,
    );
    const candidate = nominating.data.election.candidates.find((x: any) => x.name === '谢军');
    const review = await t.gql<any>(
      'mutation ($input: CandidateStepInput!) { startCandidateReview(input: $input) { state } }',
      { input: { id: candidate.id, expectedVersion: candidate.version } },
      committee,
    );
    expect(review.data.startCandidateReview.state).toBe('underReview');
    const c = await register({
      kind: 'OBJECTION',
      channel: 'LETTER',
      category: 'ELIGIBILITY',
      title: '候选人资格',
      body: '该候选人受过刑事处罚',
      subject: { candidateId: candidate.id },
    });
    expect(c.blocking).toBe(true);
    await handler.step('acceptCase', 'AcceptCaseInput', c.id);
    await handler.step('assignCase', 'AssignCaseInput', c.id, { assigneeId: ids.handlerUser });
    await handler.step('decideCase', 'DecideCaseInput', c.id, {
      finding: 'SUBSTANTIATED',
      remedies: ['DISQUALIFY_CANDIDATE'],
      summary: '刑满未满5年',
    });
    await worker().runOnce();
    const after = await t.gql<any>(
      'query ($id: ID!) { candidate(id: $id) { state disqualification { reason level } } }',
      { id: candidate.id },
      office,
    );
    expect(after.data.candidate.state).toBe('disqualified');
    expect(after.data.candidate.disqualification).toMatchObject({ reason: expect.stringContaining(c.id), level: 'JOINT_REVIEW' });
    expect((await handler.get(c.id)).remedies).toEqual([
      { remedy: 'DISQUALIFY_CANDIDATE', result: 'APPLIED', message: 'candidate disqualified' },
    ]);
  });

  it('lets the public file anonymously and follow the case by code and PIN; a wrong PIN reveals nothing', async () => {
    setDay(D);
    const filed = await t.gql<any>(
      'mutation ($input: FileComplaintInput!) { fileComplaint(input: $input) { trackingCode pin status { status statusLabel nextDueOn reply { text } } } }',
      {
        input: {
          kind: 'REPORT',
          category: 'CANVASSING',
          title: '拉票',
          body: '有人挨家挨户拉票',
          jurisdictionId: ids.east,
          identity: { name: NAME, phone: PHONE },
        },
      },
    );
    seen.push(JSON.stringify(filed.body));
    const { trackingCode, pin, status } = filed.data.fileComplaint;
    expect(trackingCode).toMatch(/^XF-[2-9A-HJKMNP-Z]{10}$/);
    expect(pin).toMatch(/^\d{8}$/);
    expect(status).toEqual({ status: 'RECEIVED', statusLabel: '已收到', nextDueOn: '2026-12-07', reply: null });

    const ask = async (code: string, p: string) => {
      const res = await t.gql<any>(
        'query ($c: String!, $p: String!) { caseStatus(trackingCode: $c, pin: $p) { trackingCode status nextDueOn } }',
        { c: code, p },
      );
      seen.push(JSON.stringify(res.body));
      return res;
    };
    expect((await ask(trackingCode.toLowerCase(), pin)).data.caseStatus).toEqual({
      trackingCode,
      status: 'RECEIVED',
      nextDueOn: '2026-12-07',
    });
    const wrongPin = await ask(trackingCode, '00000000');
    const unknown = await ask('XF-2222222222', pin);
    expect(wrongPin.errors![0]).toEqual(unknown.errors![0]);
    expect(wrongPin.errors![0]!.extensions.code).toBe('NOT_FOUND');

    const open311 = await request(t.app.getHttpServer()).get(`/open311/v2/requests/${trackingCode}.json`).set('x-tracking-pin', pin);
    seen.push(JSON.stringify(open311.body));
    expect(open311.status).toBe(200);
    expect(open311.body).toEqual([
      expect.objectContaining({ service_request_id: trackingCode, status: 'open', expected_datetime: '2026-12-07T15:59:59.999Z' }),
    ]);
    const noPin = await request(t.app.getHttpServer()).get(`/open311/v2/requests/${trackingCode}.json`);
    expect(noPin.status).toBe(404);

    // The town handles a village matter (第二十条: the competent level or the one above).
    const list = await handler.gql(
      '{ cases(first: 100, state: "open.received") { edges { node { id trackingCode level unit { name } anonymous body title } } } }',
    );
    seen.push(JSON.stringify(list));
    const mine = list.cases.edges.find((e: any) => e.node.trackingCode === trackingCode).node;
    expect(mine).toMatchObject({ level: 'TOWNSHIP', unit: { name: '城关镇' }, anonymous: false });
    await handler.step('registerReceivedCase', 'CaseStepInput', mine.id);

    // A duplicate from the hotline is suggested, and merged by a handler; the public sees where to follow it.
    const dup = await register({
      kind: 'REPORT',
      channel: 'HOTLINE',
      category: 'CANVASSING',
      title: '拉票',
      body: '有人挨家挨户拉票',
      subject: { jurisdictionId: ids.east },
    });
    const suggestions = await handler.gql('query ($id: ID!) { case(id: $id) { duplicateSuggestions { similarity reason case { id } } } }', {
      id: dup.id,
    });
    expect(suggestions.case.duplicateSuggestions[0]).toMatchObject({ case: { id: mine.id }, similarity: 1 });
    expect((await handler.get(dup.id)).state).toBe('open.registered');
    const merged = await handler.step('mergeCase', 'MergeCaseInput', mine.id, { intoCaseId: dup.id, reason: '同一事项' });
    expect(merged.state).toBe('merged');
    const followed = await t.gql<any>(
      'query ($c: String!, $p: String!) { caseStatus(trackingCode: $c, pin: $p) { status followedIn { trackingCode status } } }',
      { c: trackingCode, p: pin },
    );
    seen.push(JSON.stringify(followed.body));
    expect(followed.data.caseStatus).toEqual({ status: 'MERGED', followedIn: { trackingCode: dup.trackingCode, status: 'RECEIVED' } });

    // Only an audited reveal shows who filed it.
    const revealed = await handler.gql('mutation ($i: RevealIdentityInput!) { revealComplainantIdentity(input: $i) { name phone } }', {
      i: { id: mine.id, reason: '需电话核实举报线索' },
    });
    expect(revealed.revealComplainantIdentity).toEqual({ name: NAME, phone: PHONE });
    const trail = await t.gql<any>(
      'query ($id: ID!) { auditTrail(subjectId: $id) { edges { node { action data } } } }',
      { id: mine.id },
      await t.login('demo-inspector', 'scrutineer-demo'),
    );
    seen.push(JSON.stringify(trail.body));
    expect(trail.data.auditTrail.edges.map((e: any) => e.node.action)).toContain('case.identity_revealed');
  });

  it('keeps a case’s audit chain whole while its steps and identity reveals race', async () => {
    const c = await register({ identity: { name: NAME, phone: PHONE } });
    const inspector = await t.login('demo-inspector', 'scrutineer-demo');
    const verify = async () =>
      (await t.gql<any>('query ($id: ID!) { verifyAuditChain(subjectId: $id) { valid entryCount } }', { id: c.id }, inspector)).data
        .verifyAuditChain;
    const before = (await verify()).entryCount;
    const reveals = 8;
    const steps = async () => {
      await handler.step('acceptCase', 'AcceptCaseInput', c.id);
      await handler.step('assignCase', 'AssignCaseInput', c.id, { assigneeId: ids.handlerUser });
      await handler.step('markCaseBlocking', 'MarkCaseBlockingInput', c.id, { blocking: true, reason: '影响选举结果认定' });
      await handler.step('markCaseBlocking', 'MarkCaseBlockingInput', c.id, { blocking: false, reason: '经核实不影响选举' });
    };
    const revealed = await Promise.all([
      steps(),
      ...Array.from({ length: reveals }, (_, i) =>
        handler.gql('mutation ($i: RevealIdentityInput!) { revealComplainantIdentity(input: $i) { name } }', {
          i: { id: c.id, reason: `需电话核实线索 ${i}` },
        }),
      ),
    ]);
    expect(revealed.slice(1).every((r) => r.revealComplainantIdentity.name === NAME)).toBe(true);
    expect(await verify()).toEqual({ valid: true, entryCount: before + 4 + reveals });
    expect((await handler.get(c.id)).version).toBe(c.version + 4);
  });

  it('reports statistics per jurisdiction', async () => {
    const stats = await handler.gql(
      '{ caseStatistics { total open awaitingAcceptance accepted notAccepted referred merged resolved outstanding resolutionRate byChannel { key count } onTime { step met late share } } }',
    );
    const s = stats.caseStatistics;
    expect(s.total).toBeGreaterThanOrEqual(6);
    // Every case is in exactly one of these: awaiting acceptance, not accepted, referred, merged, resolved (办结) or outstanding.
    expect(s.awaitingAcceptance + s.notAccepted + s.referred + s.merged + s.resolved + s.outstanding).toBe(s.total);
    expect(s.resolutionRate).toBeCloseTo(s.resolved / s.accepted, 3);
    expect(stats.caseStatistics.onTime.find((s: any) => s.step === 'ACCEPTANCE')).toMatchObject({ late: 1 });
    expect(stats.caseStatistics.onTime.find((s: any) => s.step === 'RE_REVIEW')).toMatchObject({ met: 1, late: 1, share: 0.5 });
  });

  it('finds a case by its tracking code as read out, and by words of its title or text', async () => {
    setDay(D);
    const c = await register({ title: '村务公开问题', body: '村委会账目100%未公开, 要求查账' });
    const spoken = c.trackingCode.toLowerCase().replace('-', ' - ');
    const byCode = await handler.gql('query ($code: String!) { cases(trackingCode: $code) { totalCount edges { node { id } } } }', {
      code: spoken,
    });
    expect(byCode.cases).toEqual({ totalCount: 1, edges: [{ node: { id: c.id } }] });
    const byWords = await handler.gql('{ cases(search: "账目 查账") { edges { node { id } } } }');
    expect(byWords.cases.edges.map((e: any) => e.node.id)).toContain(c.id);
    // A typed % or _ is a character, not a wildcard.
    const literal = await handler.gql('{ cases(search: "100%") { edges { node { id } } } }');
    expect(literal.cases.edges.map((e: any) => e.node.id)).toEqual([c.id]);
    const none = await handler.gql('{ cases(search: "100_未") { totalCount } }');
    expect(none.cases.totalCount).toBe(0);
  });

  it('never lets the complainant’s name or phone reach a public answer, a listing, the audit trail or a log line', async () => {
    expect(logs.length).toBeGreaterThan(10);
    for (const text of [...seen, ...logs]) {
      expect(text).not.toContain(NAME);
      expect(text).not.toContain(PHONE);
    }
  });
});

describe('public case endpoints under load', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_RATE_LIMIT: '3', PUBLIC_RATE_WINDOW_SECONDS: '60' } });
  });
  afterAll(() => t.close());

  it('refuses a client past its requests per window with RATE_LIMITED, on GraphQL and Open311 alike', async () => {
    const ask = () => t.gql('{ caseStatus(trackingCode: "XF-2222222222", pin: "12345678") { status } }');
    for (let i = 0; i < 3; i++) expect((await ask()).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const limited = await ask();
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    const open311 = await request(t.app.getHttpServer()).get('/open311/v2/requests/XF-2222222222.json').set('x-tracking-pin', '1');
    expect(open311.status).toBe(429);
  });
});
