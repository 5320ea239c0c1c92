import { createHash, randomUUID } from 'node:crypto';
import request from 'supertest';
import { outboxHandlers } from '@scrutineer/platform';
import { ManualClock, OutboxRelay, WorkflowEngine, WorkflowRegistry, WorkflowWorker } from '@scrutineer/workflow';
import { loadDemoData } from '../../apps/api/src/demo/demo-data.js';
import { AttachmentUploads } from '../../apps/api/src/supervision/attachment-uploads.js';
import { ADMIN, codeOf, startTestApp, type TestApp } from './support/test-app.js';
import { createUser, PASSWORD } from './support/world.js';

const D = '2026-11-22';

describe('supervision through GraphQL', () => {
  let t: TestApp;
  const clock = new ManualClock(`${D}T02:00:00.000Z`);
  const ids = {} as Record<string, string>;
  const tokens = {} as Record<string, string>;

  const as =
    (who: string) =>
    async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await t.gql<any>(query, variables, tokens[who]);
      if (res.errors)
        throw Object.assign(new Error(`${res.errors[0]!.extensions.code}: ${res.errors[0]!.message}`), { errors: res.errors });
      return res.data;
    };

  /** An observation of the election meeting at a site, as a device would send it. */
  const observation = (over: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    electionId: ids.eastParty,
    stage: 'ELECTION_MEETING',
    observedAt: `${D}T01:30:00.000Z`,
    channel: 'MOBILE_OFFLINE',
    site: { name: '东村 党员活动室', kind: 'MEETING_HALL', latitude: 34.75, longitude: 113.62 },
    checklist: [
      { item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 46, present: 42 } },
      { item: 'SECRET_BOOTH', answer: 'YES' },
    ],
    violations: [],
    narrative: '',
    ...over,
  });

  const submit = (who: string, observations: unknown[]) =>
    as(who)(
      'mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { id status problems { rule message } flags { rule message } } }',
      {
        input: { observations },
      },
    ).then(
      (d) =>
        d.submitObservations as { id: string; status: string; problems: { rule: string; message: string }[]; flags: { rule: string }[] }[],
    );

  beforeAll(async () => {
    t = await startTestApp({ overrides: { clock } });
    await loadDemoData(t.dataSource, t.app.get(WorkflowRegistry), new Date(`${D}T02:00:00.000Z`));
    const admin = await t.login(ADMIN.username, ADMIN.password);
    tokens.office = await t.login('demo-office', 'scrutineer-demo');
    tokens.committee = await t.login('demo-committee', 'scrutineer-demo');
    const place = async (name: string) =>
      (await t.gql<any>('query ($n: String!) { jurisdictions(nameContains: $n) { edges { node { id } } } }', { n: name }, admin)).data
        .jurisdictions.edges[0].node.id;
    ids.county = await place('示范县');
    // A team of this test's own: the demo's supervisors already belong to the demo's team.
    await createUser(t, admin, 'test-leader', 'SUPERVISOR', ids.county);
    tokens.leader = await t.login('test-leader', PASSWORD);
    ids.town = await place('城关镇');
    ids.north = await place('北村');
    ids.second = await createUser(t, admin, 'second-observer', 'SUPERVISOR', ids.county);
    ids.outsider = await createUser(t, admin, 'outside-observer', 'SUPERVISOR', ids.county);
    tokens.second = await t.login('second-observer', PASSWORD);
    tokens.outsider = await t.login('outside-observer', PASSWORD);
    const elections = await as('office')('{ elections(first: 20) { edges { node { id organization { name } } } } }');
    for (const e of elections.elections.edges) ids[e.node.organization.name] = e.node.id;
    ids.eastParty = ids['东村党支部']!;
    ids.leaderUser = (await as('leader')('{ me { id } }')).me.id;

    const team = await as('office')(
      'mutation ($input: CreateTeamInput!) { createSupervisionTeam(input: $input) { id leaderId members { username } } }',
      { input: { jurisdictionId: ids.county, kind: 'SUPERVISION', name: '县第一督导组', leaderId: ids.leaderUser } },
    );
    ids.team = team.createSupervisionTeam.id;
    await as('office')('mutation ($input: TeamMemberInput!) { addSupervisionTeamMember(input: $input) { id } }', {
      input: { teamId: ids.team, userId: ids.second },
    });
    await as('office')('mutation ($input: AssignTeamInput!) { assignSupervisionTeam(input: $input) { id } }', {
      input: { teamId: ids.team, jurisdictionId: ids.town },
    });
    const other = await as('office')('mutation ($input: CreateTeamInput!) { createSupervisionTeam(input: $input) { id } }', {
      input: { jurisdictionId: ids.county, kind: 'INSPECTION', name: '县巡查组', leaderId: ids.outsider },
    });
    await as('office')('mutation ($input: AssignTeamInput!) { assignSupervisionTeam(input: $input) { id } }', {
      input: { teamId: other.createSupervisionTeam.id, electionId: ids['北村村民委员会'] },
    });
  });
  afterAll(() => t.close());

  it('stores a 1,000-observation offline batch once, however often it is sent', async () => {
    const batch = Array.from({ length: 1000 }, (_, i) => observation({ site: { name: `第${i + 1}投票站`, kind: 'POLLING_POINT' } }));
    const first = await submit('leader', batch);
    expect(first.filter((r) => r.status === 'CREATED')).toHaveLength(1000);
    const again = await submit('leader', batch);
    expect(again.every((r) => r.status === 'DUPLICATE')).toBe(true);
    expect(again.map((r) => r.id)).toEqual(batch.map((b) => b.id));
    // A phone retrying while its first request still runs: both answers are sound, one copy is kept.
    const small = Array.from({ length: 50 }, () => observation({ stage: 'RESULT' }));
    const [one, two] = await Promise.all([submit('leader', small), submit('leader', small)]);
    expect([...one, ...two].filter((r) => r.status === 'CREATED')).toHaveLength(50);
    expect([...one, ...two].filter((r) => r.status === 'DUPLICATE')).toHaveLength(50);
    const count = await as('leader')('query ($e: ID!) { observations(electionId: $e) { totalCount } }', { e: ids.eastParty });
    expect(count.observations.totalCount).toBe(1050);
  });

  it('stores the 997 valid observations of a batch and reports each of the 3 invalid ones', async () => {
    const batch = Array.from({ length: 1000 }, () =>
      observation({ stage: 'COUNTING', site: { name: '东村 党员活动室', kind: 'MEETING_HALL' } }),
    );
    batch[10] = observation({ checklist: [{ item: 'NO_SUCH_ITEM', answer: 'YES' }] });
    batch[500] = observation({ site: { name: 'x', kind: 'MEETING_HALL', latitude: 95, longitude: 10 } });
    // Values the server does not know: this one is refused, not the batch.
    batch[999] = observation({ stage: 'NO_SUCH_STAGE', site: { name: '东村', kind: 'NOWHERE' } });
    const results = await submit('leader', batch);
    expect(results.filter((r) => r.status === 'CREATED')).toHaveLength(997);
    const rejected = results.filter((r) => r.status === 'REJECTED');
    expect(rejected.map((r) => r.id)).toEqual([batch[10]!.id, batch[500]!.id, batch[999]!.id]);
    expect(rejected[0]!.problems[0]).toMatchObject({ rule: 'checklist[0].item', message: expect.stringContaining('NO_SUCH_ITEM') });
    expect(rejected[1]!.problems[0]!.rule).toBe('site.latitude');
    expect(rejected[2]!.problems.map((p) => p.rule)).toEqual(expect.arrayContaining(['stage', 'site.kind']));
    // A field the server requires is required by the schema: leaving it out is refused before anything is stored.
    const missing = await t.gql<any>(
      'mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { id } }',
      { input: { observations: [{ ...observation(), observedAt: undefined }] } },
      tokens.leader,
    );
    expect(missing.errors?.[0]?.message).toContain('observedAt');
  });

  it('refuses a batch that is empty, holds more than 1,000, or carries text that cannot be stored, naming the field', async () => {
    const send = async (observations: unknown[]) => {
      const res = await t.gql<any>(
        'mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { id } }',
        { input: { observations } },
        tokens.leader,
      );
      return { code: res.errors?.[0]?.extensions?.code, message: res.errors?.[0]?.message, fields: res.errors?.[0]?.extensions?.fields };
    };
    expect(await send([])).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Invalid input: observations must contain at least 1 elements',
      fields: [{ field: 'observations', messages: ['observations must contain at least 1 elements'] }],
    });
    const tooMany = Array.from({ length: 1001 }, () => observation());
    expect(await send(tooMany)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Invalid input: A batch holds at most 1,000 observations',
      fields: [{ field: 'observations', messages: ['A batch holds at most 1,000 observations'] }],
    });
    const nul = await send([observation(), observation({ narrative: 'a\u0000b' })]);
    expect(nul).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'observations.1.narrative' }] });
    // Nothing of a refused batch is stored.
    const ids = tooMany.map((o) => o.id);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM observations WHERE id = ANY($1)', [ids]);
    expect(n).toBe(0);
  });

  it('flags numbers that contradict each other or the election’s record', async () => {
    const [r] = await submit('leader', [
      observation({
        checklist: [
          { item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 46, present: 50 } },
          { item: 'BALLOTS_MATCH_PRESENT', answer: 'NO', numbers: { ballotsIssued: 48, present: 50 } },
        ],
      }),
    ]);
    expect(r!.status).toBe('CREATED');
    expect(r!.flags.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['present-over-entitled', 'ballots-issued-not-present', 'recorded-present-differs']),
    );
  });

  it('never edits a submitted observation: a correction is an amendment beside the original', async () => {
    const original = observation({ narrative: '秩序良好' });
    await submit('leader', [original]);
    const changed = await submit('leader', [{ ...original, narrative: '秩序混乱' }]);
    expect(changed[0]).toMatchObject({ status: 'REJECTED', problems: [{ rule: 'id', message: expect.stringContaining('never edited') }] });
    await expect(t.dataSource.query(`UPDATE observations SET narrative = 'x' WHERE id = $1`, [original.id])).rejects.toThrow(/immutable/);
    await as('leader')('mutation ($input: AmendObservationInput!) { amendObservation(input: $input) { id } }', {
      input: { id: original.id, reason: '录入错误', narrative: '秩序良好，唱票公开' },
    });
    const seen = await as('leader')(
      'query ($id: ID!) { observation(id: $id) { narrative } observationAmendments(id: $id) { reason changes } }',
      { id: original.id },
    );
    expect(seen.observation.narrative).toBe('秩序良好');
    expect(seen.observationAmendments).toEqual([
      { reason: '录入错误', changes: { narrative: { from: '秩序良好', to: '秩序良好，唱票公开' } } },
    ]);
  });

  it('starts each observation’s own audit trail with its submission, naming the batch; amendments follow on it', async () => {
    const [first, second] = [observation({ narrative: '第一份' }), observation({ stage: 'COUNTING', narrative: '第二份' })];
    await submit('leader', [first, second]);
    await as('leader')('mutation ($input: AmendObservationInput!) { amendObservation(input: $input) { id } }', {
      input: { id: second.id, reason: '补充', narrative: '第二份，已补充' },
    });
    const inspector = await t.login('demo-inspector', 'scrutineer-demo');
    const trail = async (id: string) =>
      (
        await t.gql<any>(
          'query ($id: ID!) { auditTrail(subjectId: $id) { edges { node { seq action data actor { label } } } } verifyAuditChain(subjectId: $id) { valid entryCount } }',
          { id },
          inspector,
        )
      ).data;
    const one = await trail(first.id);
    const two = await trail(second.id);
    expect(one.auditTrail.edges.map((e: any) => [e.node.seq, e.node.action])).toEqual([[1, 'observation.submit']]);
    expect(two.auditTrail.edges.map((e: any) => [e.node.seq, e.node.action])).toEqual([
      [1, 'observation.submit'],
      [2, 'observation.amend'],
    ]);
    const submitted = one.auditTrail.edges[0].node;
    expect(submitted.actor.label).toBe('test-leader');
    expect(submitted.data).toMatchObject({ electionId: ids.eastParty, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // Both name the one batch entry, which names them both.
    expect(two.auditTrail.edges[0].node.data.batchEntryId).toBe(submitted.data.batchEntryId);
    const batch = await t.gql<any>(
      'query ($id: ID!) { auditTrail(subjectId: $id) { edges { node { id action data } } } }',
      { id: submitted.data.batchId },
      inspector,
    );
    expect(batch.data.auditTrail.edges[0].node).toMatchObject({ id: submitted.data.batchEntryId, action: 'observation.submit_batch' });
    expect(batch.data.auditTrail.edges[0].node.data.observations.map((o: any) => o.id)).toEqual([first.id, second.id]);
    expect([one.verifyAuditChain, two.verifyAuditChain]).toEqual([
      { valid: true, entryCount: 1 },
      { valid: true, entryCount: 2 },
    ]);
  });

  it('opens exactly one case for a CRITICAL violation, however often the relay runs', async () => {
    const o = observation({
      violations: [{ code: 'BRIBERY', severity: 'CRITICAL', description: '候选人在会场外发放红包' }],
      narrative: '现场发现',
    });
    await submit('leader', [o]);
    await Promise.all([
      t.app.get(WorkflowWorker).runOnce(),
      new OutboxRelay(t.dataSource, outboxHandlers(t.app.get(WorkflowEngine)), clock).runPending(),
    ]);
    await t.app.get(WorkflowWorker).runOnce();
    const cases = await as('leader')('query ($id: ID!) { observationCases(id: $id) }', { id: o.id });
    expect(cases.observationCases).toHaveLength(1);
    const [row] = await t.dataSource.query(`SELECT kind, channel, category, blocking, state FROM cases WHERE observation_id = $1`, [o.id]);
    expect(row).toMatchObject({
      kind: 'SUPERVISION_FINDING',
      channel: 'OBSERVATION',
      category: 'BRIBERY',
      blocking: true,
      state: 'open.registered',
    });
    // The finding holds up the election until a petition handler says otherwise, as one does here.
    const handler = await t.login('demo-petitions', 'scrutineer-demo');
    const found = await t.gql<any>(
      'query ($id: ID!) { case(id: $id) { id version blocking } }',
      { id: cases.observationCases[0] },
      handler,
    );
    expect(found.data.case.blocking).toBe(true);
    const unmarked = await t.gql<any>(
      'mutation ($i: MarkCaseBlockingInput!) { markCaseBlocking(input: $i) { blocking } }',
      {
        i: {
          id: found.data.case.id,
          expectedVersion: found.data.case.version,
          blocking: false,
          reason: '贿选线索另案处理, 不影响本次结果',
        },
      },
      handler,
    );
    expect(unmarked.data.markCaseBlocking.blocking).toBe(false);
  });

  it('holds up certification with a blocking rectification order until it is verified', async () => {
    const officeGql = as('office');
    const version = async () =>
      (await officeGql('query ($id: ID!) { election(id: $id) { version } }', { id: ids.eastParty })).election.version;
    await officeGql('mutation ($i: ElectionStepInput!) { approveElectionResult(input: $i) { state } }', {
      i: { id: ids.eastParty, expectedVersion: await version() },
    });
    const issued = await as('leader')(
      'mutation ($input: IssueRectificationOrderInput!) { issueRectificationOrder(input: $input) { id version state dueOn } }',
      { input: { electionId: ids.eastParty, requirement: '补设秘密写票处并重新公示', dueOn: '2026-11-25', blocking: true } },
    );
    const order = issued.issueRectificationOrder;
    expect(order.state).toBe('open.issued');
    const blocked = await t.gql<any>(
      'mutation ($i: ElectionStepInput!) { certifyElection(input: $i) { state } }',
      { i: { id: ids.eastParty, expectedVersion: await version() } },
      tokens.office,
    );
    expect(blocked.errors?.[0]?.message).toContain('Certification waits for rectification order 整改-');
    const { election: blockedBy } = await officeGql(
      'query ($id: ID!) { election(id: $id) { blockers { kind reference summary state dueOn rule citation } } }',
      { id: ids.eastParty },
    );
    expect(blockedBy.blockers).toEqual([
      expect.objectContaining({
        kind: 'RECTIFICATION_ORDER',
        reference: `整改-${order.id.slice(0, 8).toUpperCase()}`,
        state: 'open.issued',
      }),
    ]);
    const step = async (who: string, mutation: string, type: string, extra: Record<string, unknown> = {}) => {
      const { rectificationOrder } = await as(who)('query ($id: ID!) { rectificationOrder(id: $id) { version } }', { id: order.id });
      return (
        await as(who)(`mutation ($i: ${type}!) { ${mutation}(input: $i) { state } }`, {
          i: { id: order.id, expectedVersion: rectificationOrder.version, ...extra },
        })
      )[mutation].state;
    };
    expect(await step('committee', 'acknowledgeRectificationOrder', 'OrderStepInput')).toBe('open.acknowledged');
    const listed = await as('committee')('query ($e: ID!) { rectificationOrders(electionId: $e) { id state } }', { e: ids.eastParty });
    expect(listed.rectificationOrders).toEqual([{ id: order.id, state: 'open.acknowledged' }]);
    const notMine = await t.gql<any>(
      'mutation ($i: RectifyOrderInput!) { rectifyRectificationOrder(input: $i) { state } }',
      { i: { id: order.id, expectedVersion: 2, evidence: 'x', attachmentIds: [randomUUID()] } },
      tokens.committee,
    );
    expect(codeOf(notMine)).toBe('BAD_USER_INPUT');
    expect(
      await step('committee', 'rectifyRectificationOrder', 'RectifyOrderInput', { evidence: '已补设两处写票处', attachmentIds: [] }),
    ).toBe('open.rectified');
    // Rectified but not yet verified: still blocking.
    const stillBlocked = await t.gql<any>(
      'mutation ($i: ElectionStepInput!) { certifyElection(input: $i) { state } }',
      { i: { id: ids.eastParty, expectedVersion: await version() } },
      tokens.office,
    );
    expect(stillBlocked.errors?.[0]?.message).toContain('(补设秘密写票处并重新公示, due 2026-11-25, open.rectified)');
    const outsider = await t.gql<any>(
      'mutation ($i: VerifyOrderInput!) { verifyRectificationOrder(input: $i) { state } }',
      { i: { id: order.id, expectedVersion: 3 } },
      tokens.outsider,
    );
    expect(codeOf(outsider)).toBe('NOT_FOUND');
    expect(await step('leader', 'verifyRectificationOrder', 'VerifyOrderInput', { note: '现场核实' })).toBe('verified');
    const certified = await t.gql<any>(
      'mutation ($i: ElectionStepInput!) { certifyElection(input: $i) { state } }',
      { i: { id: ids.eastParty, expectedVersion: await version() } },
      tokens.office,
    );
    expect(certified.data?.certifyElection.state).toBe('certified');
  });

  it('answers NOT_FOUND to a supervisor outside the assignment', async () => {
    const [o] = await submit('leader', [observation()]);
    const res = await t.gql<any>('query ($id: ID!) { observation(id: $id) { id } }', { id: o!.id }, tokens.outsider);
    expect(codeOf(res)).toBe('NOT_FOUND');
    const list = await t.gql<any>('query ($e: ID!) { observations(electionId: $e) { totalCount } }', { e: ids.eastParty }, tokens.outsider);
    expect(list.data.observations.totalCount).toBe(0);
    const [refused] = await submit('outsider', [observation()]);
    expect(refused).toMatchObject({ status: 'REJECTED', problems: [{ rule: 'electionId' }] });
    const summaries = await t.gql<any>('query ($e: ID!) { siteSummaries(electionId: $e) { site } }', { e: ids.eastParty }, tokens.outsider);
    expect(codeOf(summaries)).toBe('NOT_FOUND');
    const orders = await t.gql<any>(
      'query ($e: ID!) { rectificationOrders(electionId: $e) { id } }',
      { e: ids.eastParty },
      tokens.outsider,
    );
    expect(codeOf(orders)).toBe('NOT_FOUND');
    // Coverage counts only what the supervisor's teams cover: here the one election of 北村.
    const coverage = await t.gql<any>(
      'query ($j: ID!) { supervisionCoverage(jurisdictionId: $j) { elections observations } }',
      { j: ids.town },
      tokens.outsider,
    );
    expect(coverage.data.supervisionCoverage).toEqual({ elections: 1, observations: 0 });
  });

  it('shows where two observers of one site agree and where they conflict', async () => {
    const site = { name: '东村 第二会场', kind: 'MEETING_HALL' };
    await submit('leader', [
      observation({
        site,
        checklist: [
          { item: 'SECRET_BOOTH', answer: 'YES' },
          { item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 46, present: 42 } },
        ],
      }),
    ]);
    await submit('second', [
      observation({
        site: { ...site, name: '东村第二会场' },
        checklist: [
          { item: 'SECRET_BOOTH', answer: 'NO' },
          { item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 46, present: 42 } },
        ],
      }),
    ]);
    const summary = await as('leader')(
      'query ($e: ID!) { siteSummary(electionId: $e, site: "东村 第二会场", stage: "ELECTION_MEETING") { observers conflicts items { item status differs } } }',
      {
        e: ids.eastParty,
      },
    );
    expect(summary.siteSummary).toMatchObject({ observers: 2, conflicts: 1 });
    const list = await as('leader')('query ($e: ID!) { siteSummaries(electionId: $e) { site stage observers conflicts } }', {
      e: ids.eastParty,
    });
    expect(list.siteSummaries[0]).toMatchObject({ stage: 'ELECTION_MEETING', observers: 2, conflicts: 1 });
    expect(summary.siteSummary.items).toEqual(
      expect.arrayContaining([
        { item: 'SECRET_BOOTH', status: 'CONFLICT', differs: ['answer'] },
        { item: 'ATTENDANCE_COUNTED', status: 'AGREE', differs: [] },
      ]),
    );
  });

  it('takes attachments resumably, checks their type and content, and ties them to an observation', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
    const http = t.app.getHttpServer();
    const meta = (name: string, type: string) =>
      `filename ${Buffer.from(name).toString('base64')},filetype ${Buffer.from(type).toString('base64')}`;
    const create = (length: number, metadata: string, token = tokens.leader) =>
      request(http)
        .post('/uploads')
        .set('Tus-Resumable', '1.0.0')
        .set('Upload-Length', String(length))
        .set('Upload-Metadata', metadata)
        .set('authorization', `Bearer ${token}`);
    const patch = (location: string, offset: number, body: Buffer, token = tokens.leader) =>
      request(http)
        .patch(location)
        .set('Tus-Resumable', '1.0.0')
        .set('Upload-Offset', String(offset))
        .set('Content-Type', 'application/offset+octet-stream')
        .set('authorization', `Bearer ${token}`)
        .send(body);

    const created = await create(png.length, meta('现场照片.png', 'image/png'));
    expect(created.status).toBe(201);
    const location = created.headers.location as string;
    const id = location.split('/').pop()!;
    // The signal drops after the first half; the device asks where to resume and sends the rest.
    expect((await patch(location, 0, png.subarray(0, 30))).status).toBe(204);
    const head = await request(http).head(location).set('Tus-Resumable', '1.0.0').set('authorization', `Bearer ${tokens.leader}`);
    expect(head.headers['upload-offset']).toBe('30');
    expect((await patch(location, 30, png.subarray(0, 10), tokens.second)).status).toBe(404);
    expect((await patch(location, 30, png.subarray(30))).status).toBe(204);
    const [row] = await t.dataSource.query('SELECT sha256, size, completed_at FROM observation_attachments WHERE id = $1', [id]);
    expect(row.sha256).toBe(createHash('sha256').update(png).digest('hex'));
    expect(row.completed_at).not.toBeNull();

    expect((await create(10, meta('notes.txt', 'text/plain'))).status).toBe(415);
    expect((await create(10, meta('x.png', 'image/png'), await t.login('demo-inspector', 'scrutineer-demo'))).status).toBe(403);
    const fake = await create(12, meta('伪装.png', 'image/png'));
    expect((await patch(fake.headers.location as string, 0, Buffer.from('not an image'))).status).toBe(415);

    // The text went first; the photo follows with the re-sent observation, which ties it on.
    const o = observation();
    await submit('leader', [o]);
    expect((await submit('leader', [{ ...o, attachmentIds: [id] }]))[0]!.status).toBe('DUPLICATE');
    expect((await patch(location, png.length, Buffer.from('x'))).status).toBe(403);
    const removed = await request(http).delete(location).set('Tus-Resumable', '1.0.0').set('authorization', `Bearer ${tokens.leader}`);
    expect(removed.status).not.toBe(204);
    const download = await request(http).get(location).set('authorization', `Bearer ${tokens.office}`);
    expect(download.status).toBe(200);
    expect(
      createHash('sha256')
        .update(download.body as Buffer)
        .digest('hex'),
    ).toBe(row.sha256);
    expect((await request(http).get(location).set('authorization', `Bearer ${tokens.outsider}`)).status).toBe(404);
    const attached = await as('leader')('query ($id: ID!) { observationAttachments(id: $id) { id name mediaType size complete } }', {
      id: o.id,
    });
    // An upload abandoned half-way is cleared out after a week.
    const abandoned = await create(png.length, meta('半途.png', 'image/png'));
    const abandonedId = (abandoned.headers.location as string).split('/').pop()!;
    clock.advance(8 * 24 * 3600 * 1000);
    await t.app.get(AttachmentUploads).cleanUp();
    clock.set(`${D}T02:00:00.000Z`);
    expect(await t.dataSource.query('SELECT id FROM observation_attachments WHERE id = $1', [abandonedId])).toEqual([]);
    expect(attached.observationAttachments).toEqual([
      { id, name: '现场照片.png', mediaType: 'image/png', size: png.length, complete: true },
    ]);
  });

  it('lets the office change a team’s leader and take an assignment back, both audited', async () => {
    const changed = await as('office')(
      'mutation ($input: TeamMemberInput!) { setSupervisionTeamLeader(input: $input) { leaderId members { username } } }',
      {
        input: { teamId: ids.team, userId: ids.second },
      },
    );
    expect(changed.setSupervisionTeamLeader.leaderId).toBe(ids.second);
    const extra = await as('office')(
      'mutation ($input: AssignTeamInput!) { assignSupervisionTeam(input: $input) { assignments { electionId jurisdictionId } } }',
      {
        input: { teamId: ids.team, electionId: ids['北村村民委员会'] },
      },
    );
    expect(extra.assignSupervisionTeam.assignments).toHaveLength(2);
    const back = await as('office')(
      'mutation ($input: AssignTeamInput!) { unassignSupervisionTeam(input: $input) { assignments { electionId jurisdictionId } } }',
      {
        input: { teamId: ids.team, electionId: ids['北村村民委员会'] },
      },
    );
    expect(back.unassignSupervisionTeam.assignments).toEqual([{ electionId: null, jurisdictionId: ids.town }]);
    const trail = await t.gql<any>(
      'query ($id: ID!) { auditTrail(subjectId: $id) { edges { node { action } } } }',
      { id: ids.team },
      await t.login('demo-inspector', 'scrutineer-demo'),
    );
    expect(trail.data.auditTrail.edges.map((e: any) => e.node.action)).toEqual(
      expect.arrayContaining(['team.create', 'team.member_added', 'team.assigned', 'team.leader', 'team.unassigned']),
    );
  });

  it('reports coverage for the jurisdiction', async () => {
    const coverage = await as('office')(
      'query ($j: ID!) { supervisionCoverage(jurisdictionId: $j) { elections observedOnPollingDay observations openOrders overdueOrders violations } }',
      {
        j: ids.town,
      },
    );
    // The demo's own team observed 东村村民委员会's vote and left one open order (西村党支部) and one minor finding.
    expect(coverage.supervisionCoverage).toMatchObject({ elections: 8, observedOnPollingDay: 2, openOrders: 1, overdueOrders: 0 });
    expect(coverage.supervisionCoverage.observations).toBeGreaterThan(2000);
    expect(coverage.supervisionCoverage.violations).toEqual(
      expect.arrayContaining([
        { code: 'BRIBERY', severity: 'CRITICAL', count: 1 },
        { code: 'SKIPPED_STEP', severity: 'MINOR', count: 1 },
      ]),
    );
    expect(coverage.supervisionCoverage.violations).toHaveLength(2);
  });
});
