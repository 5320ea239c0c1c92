import fc from 'fast-check';
import { getNextTransitions, initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { addDays, daysBetween } from '../calendar/local-date.js';
import type { Role } from '../access/roles.js';
import { explainGuard } from '../workflow/explain.js';
import { PETITION_V1, VOTER_LIST_OBJECTION_V1, type CaseProfile } from './case-profile.js';
import { caseMachine } from './case.machine.js';
import { caseRules } from './case.rules.js';
import type { CaseContext, CaseFacts, CaseInput } from './case.types.js';

/** The case machine driven with `transition()`; the runtime's part (facts, actor, now) is built by hand. */
type Effect = { type: string; params: unknown };

function open(profile: CaseProfile = PETITION_V1, over: Partial<CaseInput> = {}) {
  const [first, entry] = initialTransition(caseMachine, {
    profile,
    kind: 'REPORT',
    channel: 'HOTLINE',
    category: 'BRIBERY',
    subject: { electionId: 'e1', candidateId: 'c1', organizationId: null, jurisdictionId: 'j1' },
    unitJurisdictionId: 'town',
    level: 'TOWNSHIP',
    competentLevel: 'VILLAGE',
    blocking: true,
    now: '2026-03-01T02:00:00.000Z',
    ...over,
  });
  let snapshot: AnyMachineSnapshot = first;
  const facts: CaseFacts = {
    today: '2026-03-01',
    lateEntryDays: 3,
    calendar: { holidays: [], workdays: [] },
    unitParent: { id: 'county', level: 'COUNTY' },
  };
  const actor = (as: Role | 'SYSTEM', id: string) =>
    as === 'SYSTEM'
      ? { kind: 'system' as const, id: null, role: null, label: 'system:test', ip: null }
      : { kind: 'user' as const, id, role: as, label: id, ip: null };
  const envelope = (event: { type: string } & Record<string, unknown>, as: Role | 'SYSTEM', id: string) => ({
    ...event,
    facts,
    actor: actor(as, id),
    now: `${facts.today}T02:00:00.000Z`,
  });
  const c = {
    facts,
    entry: entry.map((a) => ({ type: a.type, params: a.params })) as Effect[],
    on(day: string) {
      facts.today = day;
      return c;
    },
    send(event: { type: string } & Record<string, unknown>, as: Role | 'SYSTEM' = 'PETITION_HANDLER', id = 'head'): Effect[] {
      const e = envelope(event, as, id);
      if (!snapshot.can(e as never))
        throw new Error(`${event.type} refused in ${JSON.stringify(snapshot.value)}: ${c.refusal(event, as, id)?.message}`);
      const [next, actions] = transition(caseMachine, snapshot, e as never);
      snapshot = next;
      return actions.map((a) => ({ type: a.type, params: a.params }));
    },
    refusal(event: { type: string } & Record<string, unknown>, as: Role | 'SYSTEM' = 'PETITION_HANDLER', id = 'head') {
      const e = envelope(event, as, id);
      if (snapshot.can(e as never)) return null;
      for (const t of getNextTransitions(snapshot).filter((x) => x.eventType === event.type)) {
        const result = explainGuard(caseRules, t.guard, { context: snapshot.context, event: e });
        if (!result.ok) return result;
      }
      return { ok: false, rule: 'state', message: `not in ${JSON.stringify(snapshot.value)}` };
    },
    get state() {
      return snapshot.value;
    },
    get context() {
      return snapshot.context as CaseContext;
    },
    clock(step: string) {
      return c.context.clocks.filter((k) => k.step === step).at(-1);
    },
  };
  return c;
}

const deadlines = (effects: Effect[]) =>
  effects.filter((e) => e.type.includes('Deadline')).map((e) => [e.type.replace('effect.', ''), (e.params as { kind: string }).kind]);

/** Register, accept and assign on `day`, with handler `h1`. */
function accepted(day = '2026-03-05') {
  const c = open();
  c.on(day).send({ type: 'REGISTER' });
  c.send({ type: 'ACCEPT' });
  c.send({ type: 'ASSIGN', assigneeId: 'h1', assigneeName: '李科长' });
  return c;
}

describe('case machine (信访工作条例 2022)', () => {
  it('goes from receipt through reply, review and re-review to final, keeping every clock', () => {
    const c = open();
    expect(c.state).toEqual({ open: 'received' });
    expect(c.clock('ACCEPTANCE')).toMatchObject({ startedOn: '2026-03-01', dueOn: '2026-03-16', outcome: 'RUNNING' });
    expect(deadlines(c.entry)).toEqual([['scheduleDeadline', 'clock-ACCEPTANCE']]);
    c.on('2026-03-05').send({ type: 'REGISTER' });
    c.send({ type: 'ACCEPT' });
    expect(c.clock('ACCEPTANCE')).toMatchObject({ stoppedOn: '2026-03-05', outcome: 'MET' });
    expect(c.clock('HANDLING')).toMatchObject({ startedOn: '2026-03-05', dueOn: '2026-05-04' });
    expect(c.refusal({ type: 'DECIDE', finding: 'UNSUBSTANTIATED', remedies: [], summary: 'x' })).toMatchObject({ rule: 'unassigned' });
    c.send({ type: 'ASSIGN', assigneeId: 'h1', assigneeName: '李科长' });
    c.on('2026-04-20').send({ type: 'DECIDE', finding: 'UNSUBSTANTIATED', remedies: [], summary: '未发现贿选' }, 'PETITION_HANDLER', 'h1');
    c.send({ type: 'REPLY', repliedOn: '2026-04-20', text: '经调查，反映的问题不属实。' }, 'PETITION_HANDLER', 'h1');
    expect(c.state).toEqual({ open: 'replied' });
    expect(c.clock('HANDLING')).toMatchObject({ outcome: 'MET' });
    expect(c.clock('REVIEW_REQUEST')).toMatchObject({ startedOn: '2026-04-20', dueOn: '2026-05-20' });
    c.on('2026-05-20').send({ type: 'REQUEST_REVIEW', receivedOn: '2026-05-20', reason: '不服' });
    expect(c.clock('REVIEW_REQUEST')).toMatchObject({ outcome: 'USED' });
    c.on('2026-06-10').send({ type: 'DECIDE_REVIEW', finding: 'UNSUBSTANTIATED', remedies: [], summary: '维持', reply: '复查意见: 维持' });
    c.on('2026-06-15').send({ type: 'REQUEST_RE_REVIEW', receivedOn: '2026-06-15', reason: '仍不服' });
    c.on('2026-07-01').send({
      type: 'DECIDE_RE_REVIEW',
      finding: 'UNSUBSTANTIATED',
      remedies: [],
      summary: '维持',
      reply: '复核意见: 维持',
    });
    expect(c.state).toBe('final');
    expect(c.context.clocks.map((k) => [k.step, k.outcome])).toEqual([
      ['ACCEPTANCE', 'MET'],
      ['HANDLING', 'MET'],
      ['REVIEW_REQUEST', 'USED'],
      ['REVIEW', 'MET'],
      ['RE_REVIEW_REQUEST', 'USED'],
      ['RE_REVIEW', 'MET'],
    ]);
    expect(c.context.replies.map((r) => r.stage)).toEqual(['HANDLING', 'REVIEW', 'RE_REVIEW']);
  });

  it('counts an acceptance decided on day 15 as on time and on day 16 as late (第二十三条)', () => {
    const onTime = open();
    onTime.on('2026-03-16').send({ type: 'REGISTER' });
    onTime.send({ type: 'ACCEPT' });
    expect(onTime.clock('ACCEPTANCE')).toMatchObject({ outcome: 'MET', overdue: false });

    const late = open();
    late.on('2026-03-16').send({ type: 'REGISTER' });
    late.on('2026-03-17').send({ type: 'DEADLINE', kind: 'clock', step: 'ACCEPTANCE' }, 'SYSTEM');
    expect(late.clock('ACCEPTANCE')).toMatchObject({ overdue: true, outcome: 'RUNNING' });
    // Flagged to the level above: the county sees it in its overdue queue.
    expect(late.context.supervisingJurisdictionId).toBe('county');
    expect(late.context.escalations).toEqual([
      {
        on: '2026-03-17',
        kind: 'OVERDUE',
        from: 'TOWNSHIP',
        to: 'COUNTY',
        jurisdictionId: 'county',
        reason: 'ACCEPTANCE overdue since 2026-03-16',
      },
    ]);
    late.send({ type: 'ACCEPT' });
    expect(late.clock('ACCEPTANCE')).toMatchObject({ outcome: 'LATE', stoppedOn: '2026-03-17' });
  });

  it('extends the handling time once, by at most 30 days, approved by someone other than the handler (第三十四条)', () => {
    const c = accepted();
    expect(c.refusal({ type: 'EXTEND', days: 31, reason: '情况复杂' })).toMatchObject({ rule: 'extension-days' });
    expect(c.refusal({ type: 'EXTEND', days: 30, reason: '情况复杂' }, 'PETITION_HANDLER', 'h1')).toMatchObject({
      rule: 'extension-approver',
    });
    expect(c.refusal({ type: 'EXTEND', days: 30, reason: '情况复杂' }, 'INSPECTOR')).toMatchObject({ rule: 'actor-role' });
    const effects = c.send({ type: 'EXTEND', days: 30, reason: '需要审计村财务' });
    expect(c.clock('HANDLING')).toMatchObject({ dueOn: '2026-06-03', extendedDays: 30 });
    expect(deadlines(effects)).toEqual([['scheduleDeadline', 'clock-HANDLING']]);
    expect(c.context.extension).toMatchObject({ days: 30, reason: '需要审计村财务', approvedBy: 'head' });
    expect(c.refusal({ type: 'EXTEND', days: 5, reason: '再延' })).toMatchObject({ rule: 'extension-used' });
  });

  it('refuses an extension once the handling time has run out, before assignment, or to make its approver the handler', () => {
    const c = accepted();
    c.on('2026-05-05');
    // The due day (4 May) passed, even before the scheduler flagged it.
    expect(c.refusal({ type: 'EXTEND', days: 10, reason: 'x' })).toMatchObject({ rule: 'extension-late' });
    c.send({ type: 'DEADLINE', kind: 'clock', step: 'HANDLING' }, 'SYSTEM');
    expect(c.refusal({ type: 'EXTEND', days: 10, reason: 'x' })).toMatchObject({ rule: 'extension-late' });

    const unassigned = open();
    unassigned.send({ type: 'REGISTER' });
    unassigned.send({ type: 'ACCEPT' });
    expect(unassigned.refusal({ type: 'EXTEND', days: 10, reason: 'x' })).toMatchObject({ rule: 'unassigned' });

    const d = accepted();
    d.send({ type: 'EXTEND', days: 10, reason: '复杂' });
    expect(d.refusal({ type: 'ASSIGN', assigneeId: 'head', assigneeName: '主任' })).toMatchObject({ rule: 'assignee-approved-extension' });
  });

  it('refuses a review asked for on day 31, and closes itself when the window passes (第三十五条)', () => {
    const c = accepted();
    c.on('2026-04-01').send({ type: 'DECIDE', finding: 'UNSUBSTANTIATED', remedies: [], summary: '不属实' }, 'PETITION_HANDLER', 'h1');
    c.send({ type: 'REPLY', repliedOn: '2026-04-01', text: '不属实' });
    c.on('2026-05-02');
    expect(c.refusal({ type: 'REQUEST_REVIEW', receivedOn: '2026-05-02', reason: '不服' })).toMatchObject({
      rule: 'window-closed',
      message: 'Received on 2026-05-02; requests were due by 2026-05-01',
    });
    c.send({ type: 'DEADLINE', kind: 'clock', step: 'REVIEW_REQUEST' }, 'SYSTEM');
    expect(c.state).toBe('lapsed');
    expect(c.clock('REVIEW_REQUEST')).toMatchObject({ outcome: 'LAPSED' });
    // A letter received on day 30 but recorded after the window closed still reopens the case.
    c.on('2026-05-04').send({ type: 'REQUEST_REVIEW', receivedOn: '2026-05-01', reason: '信件邮寄' });
    expect(c.state).toEqual({ open: 'underReview' });
    expect(c.clock('REVIEW_REQUEST')).toMatchObject({ outcome: 'USED', stoppedOn: '2026-05-01' });
    expect(c.clock('REVIEW')).toMatchObject({ startedOn: '2026-05-01', dueOn: '2026-05-31' });
  });

  it('runs the office’s clocks from the dates given, and the complainant’s window from the later of given and recorded', () => {
    const c = accepted('2026-03-01');
    // Handling due 30 April; decided on 28 April and replied on 29 April on paper, both recorded on 3 May.
    c.on('2026-05-03');
    expect(
      c.refusal(
        { type: 'DECIDE', finding: 'UNSUBSTANTIATED', remedies: [], summary: 'x', decidedOn: '2026-04-28' },
        'PETITION_HANDLER',
        'h1',
      ),
    ).toMatchObject({ rule: 'late-entry-reason', values: { days: 5, lateEntryDays: 3 } });
    c.send(
      { type: 'DECIDE', finding: 'UNSUBSTANTIATED', remedies: [], summary: 'x', decidedOn: '2026-04-28', lateReason: '纸质决定, 补录' },
      'PETITION_HANDLER',
      'h1',
    );
    expect(c.refusal({ type: 'REPLY', repliedOn: '2026-04-27', text: '答复', lateReason: '补录' })).toMatchObject({
      rule: 'date-before',
      message: 'repliedOn 2026-04-27 is before the decision was taken on 2026-04-28',
    });
    const effects = c.send({ type: 'REPLY', repliedOn: '2026-04-29', text: '答复', lateReason: '答复书已送达, 补录' });
    expect(c.clock('HANDLING')).toMatchObject({ dueOn: '2026-04-30', stoppedOn: '2026-04-29', outcome: 'MET' });
    // The complainant keeps 30 whole days from the day the reply was recorded (第三十五条).
    expect(c.clock('REVIEW_REQUEST')).toMatchObject({ startedOn: '2026-05-03', dueOn: '2026-06-02' });
    expect(effects).toContainEqual({
      type: 'effect.lateEntry',
      params: expect.objectContaining({ step: 'REPLY', field: 'repliedOn', date: '2026-04-29', daysBack: 4 }),
    });
    expect(c.context.decisions.at(-1)).toMatchObject({ on: '2026-04-28' });
    expect(c.context.datesGiven.filter((g) => g.late).map((g) => g.step)).toEqual(['DECIDE', 'REPLY']);
    // A request received on 1 May, between the reply and the day it was recorded, is in time.
    c.on('2026-05-04').send({ type: 'REQUEST_REVIEW', receivedOn: '2026-05-01', reason: '不服' });
    expect(c.clock('REVIEW')).toMatchObject({ startedOn: '2026-05-01', dueOn: '2026-05-31' });
  });

  it('takes the acceptance and extension dates given, within their limits', () => {
    const c = open();
    c.on('2026-03-10').send({ type: 'REGISTER' });
    expect(c.refusal({ type: 'ACCEPT', decidedOn: '2026-02-28' })).toMatchObject({
      rule: 'date-before',
      message: 'decidedOn 2026-02-28 is before the case was received on 2026-03-01',
    });
    expect(c.refusal({ type: 'ACCEPT', decidedOn: '2026-03-11' })).toMatchObject({ rule: 'date-future' });
    c.send({ type: 'ACCEPT', decidedOn: '2026-03-02', lateReason: '3月2日已受理, 系统录入延迟' });
    expect(c.context.acceptance).toMatchObject({ outcome: 'ACCEPTED', on: '2026-03-02' });
    expect(c.clock('ACCEPTANCE')).toMatchObject({ outcome: 'MET', stoppedOn: '2026-03-02' });
    expect(c.clock('HANDLING')).toMatchObject({ startedOn: '2026-03-02', dueOn: '2026-05-01' });
    c.send({ type: 'ASSIGN', assigneeId: 'h1', assigneeName: '甲' });
    // Approved on 30 April on paper, recorded on 3 May after the deadline had flagged the step.
    c.on('2026-05-02').send({ type: 'DEADLINE', kind: 'clock', step: 'HANDLING' }, 'SYSTEM');
    expect(c.clock('HANDLING')).toMatchObject({ overdue: true });
    c.on('2026-05-03');
    expect(c.refusal({ type: 'EXTEND', days: 30, reason: '复杂' })).toMatchObject({ rule: 'extension-late' });
    // The record said late; a date that says otherwise needs a reason and is listed, however recent.
    expect(c.refusal({ type: 'EXTEND', days: 30, reason: '复杂', decidedOn: '2026-04-30' })).toMatchObject({
      rule: 'overdue-backdated',
      message: expect.stringContaining('HANDLING was flagged overdue after 2026-05-01'),
    });
    const effects = c.send({ type: 'EXTEND', days: 30, reason: '复杂', decidedOn: '2026-04-30', lateReason: '负责人4月30日已签批' });
    expect(c.clock('HANDLING')).toMatchObject({ dueOn: '2026-05-31', overdue: false, extendedDays: 30 });
    expect(effects).toContainEqual({
      type: 'effect.lateEntry',
      params: expect.objectContaining({ step: 'EXTEND', date: '2026-04-30', daysBack: 3, reason: '负责人4月30日已签批' }),
    });
    expect(c.context.extension).toMatchObject({ on: '2026-04-30' });
  });

  it('takes the day a letter arrived as the day of receipt', () => {
    const c = open(PETITION_V1, { receivedOn: '2026-02-20' });
    expect(c.context.receivedOn).toBe('2026-02-20');
    expect(c.clock('ACCEPTANCE')).toMatchObject({ startedOn: '2026-02-20', dueOn: '2026-03-07' });
  });

  it('still records a remedy’s result once the case is final', () => {
    const c = accepted();
    c.on('2026-04-01').send({ type: 'DECIDE', finding: 'UNSUBSTANTIATED', remedies: [], summary: 'x' }, 'PETITION_HANDLER', 'h1');
    c.send({ type: 'REPLY', repliedOn: '2026-04-01', text: 'x' });
    c.send({ type: 'REQUEST_REVIEW', receivedOn: '2026-04-01', reason: 'x' });
    c.send({ type: 'DECIDE_REVIEW', finding: 'UNSUBSTANTIATED', remedies: [], summary: 'x', reply: 'x' });
    c.send({ type: 'REQUEST_RE_REVIEW', receivedOn: '2026-04-01', reason: 'x' });
    const effects = c.send({
      type: 'DECIDE_RE_REVIEW',
      finding: 'SUBSTANTIATED',
      remedies: ['ANNUL_ELECTION'],
      summary: '复核查实',
      reply: '选举无效',
    });
    expect(c.state).toBe('final');
    expect(effects.filter((e) => e.type === 'effect.outbox')).toHaveLength(1);
    c.send({ type: 'REMEDY_RESULT', remedy: 'ANNUL_ELECTION', applied: true, message: 'election annulled' }, 'SYSTEM');
    expect(c.context.remedies).toEqual([{ remedy: 'ANNUL_ELECTION', stage: 'RE_REVIEW', result: 'APPLIED', message: 'election annulled' }]);
  });

  it('sends a remedy that reaches the election once, and only after a (partly) upheld finding with the right subject', () => {
    const c = accepted();
    c.on('2026-04-01');
    expect(
      c.refusal({ type: 'DECIDE', finding: 'UNSUBSTANTIATED', remedies: ['ANNUL_ELECTION'], summary: 'x' }, 'PETITION_HANDLER', 'h1'),
    ).toMatchObject({
      rule: 'remedy-finding',
    });
    const decided = c.send(
      { type: 'DECIDE', finding: 'SUBSTANTIATED', remedies: ['ANNUL_ELECTION', 'DISCIPLINE', 'ANNUL_ELECTION'], summary: '贿选查实' },
      'PETITION_HANDLER',
      'h1',
    );
    const outbox = decided.filter((e) => e.type === 'effect.outbox').map((e) => e.params as { topic: string; payload: { remedy: string } });
    expect(outbox.map((o) => [o.topic, o.payload.remedy])).toEqual([['case.remedy', 'ANNUL_ELECTION']]);
    c.send({ type: 'REPLY', repliedOn: '2026-04-01', text: '查实, 选举无效' }, 'PETITION_HANDLER', 'h1');
    c.on('2026-04-10').send({ type: 'REQUEST_REVIEW', receivedOn: '2026-04-10', reason: '候选人不服' });
    const again = c.send({ type: 'DECIDE_REVIEW', finding: 'SUBSTANTIATED', remedies: ['ANNUL_ELECTION'], summary: '维持', reply: '维持' });
    expect(again.filter((e) => e.type === 'effect.outbox')).toEqual([]);
    c.send({ type: 'REMEDY_RESULT', remedy: 'ANNUL_ELECTION', applied: true, message: 'annulled' }, 'SYSTEM');
    expect(c.context.remedies).toEqual([{ remedy: 'ANNUL_ELECTION', stage: 'HANDLING', result: 'APPLIED', message: 'annulled' }]);

    const noElection = open(PETITION_V1, { subject: { electionId: null, candidateId: null, organizationId: null, jurisdictionId: 'j1' } });
    noElection.on('2026-03-02').send({ type: 'REGISTER' });
    noElection.send({ type: 'ACCEPT' });
    noElection.send({ type: 'ASSIGN', assigneeId: 'h1', assigneeName: 'x' });
    expect(
      noElection.refusal({ type: 'DECIDE', finding: 'SUBSTANTIATED', remedies: ['DISQUALIFY_CANDIDATE'], summary: 'x' }),
    ).toMatchObject({
      rule: 'remedy-subject',
    });
  });

  it('ends every clock when not accepted, referred or merged', () => {
    const c = open();
    c.on('2026-03-03').send({ type: 'REGISTER' });
    const effects = c.send({ type: 'MERGE', mergedInto: 'case-0', reason: '同一事项' });
    expect(c.state).toBe('merged');
    expect(deadlines(effects)).toEqual([['cancelDeadline', 'clock-ACCEPTANCE']]);
    expect(c.context.acceptance).toMatchObject({ outcome: 'MERGED', mergedInto: 'case-0' });
    expect(c.context.clocks.every((k) => k.outcome !== 'RUNNING')).toBe(true);
  });

  it('records transfers between levels, the highest level reached, and 越级 filings (第二十条)', () => {
    const c = accepted();
    expect(c.context.crossLevel).toBe(false);
    c.send({ type: 'TRANSFER', jurisdictionId: 'county', level: 'COUNTY', reason: '乡镇无法解决' });
    c.send({ type: 'TRANSFER', jurisdictionId: 'town', level: 'TOWNSHIP', reason: '交办' });
    expect(c.context).toMatchObject({ unitJurisdictionId: 'town', level: 'TOWNSHIP', highestLevel: 'COUNTY', assignee: null });
    const skipped = open(PETITION_V1, { level: 'CITY', competentLevel: 'VILLAGE' });
    expect(skipped.context.crossLevel).toBe(true);
  });

  it('answers a voter-list objection within 2 days, with no acceptance step and no review (seed 000 L382)', () => {
    const c = open(VOTER_LIST_OBJECTION_V1, { kind: 'OBJECTION', category: 'VOTER_REGISTRATION' });
    expect(c.clock('HANDLING')).toMatchObject({ startedOn: '2026-03-01', dueOn: '2026-03-03' });
    c.send({ type: 'REGISTER' });
    expect(c.state).toEqual({ open: 'accepted' });
    c.send({ type: 'ASSIGN', assigneeId: 'h1', assigneeName: 'x' });
    c.on('2026-03-03').send({ type: 'DECIDE', finding: 'SUBSTANTIATED', remedies: ['CORRECTION'], summary: '已补登' });
    c.send({ type: 'REPLY', repliedOn: '2026-03-03', text: '已补登' });
    expect(c.state).toBe('closed');
    expect(c.clock('HANDLING')).toMatchObject({ outcome: 'MET' });
  });

  it('counts working days on the holiday list where a profile says so', () => {
    const working: CaseProfile = { ...PETITION_V1, acceptance: { ...PETITION_V1.acceptance, value: { days: 5, count: 'WORKING' } } };
    // Received Wednesday 30 September 2026; 1–7 October are holidays, Saturday 10 October is worked.
    const c = open(working, {
      now: '2026-09-30T02:00:00.000Z',
      calendar: { holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'], workdays: ['2026-10-10'] },
    });
    expect(c.clock('ACCEPTANCE')).toMatchObject({ dueOn: '2026-10-13', count: 'WORKING' });
  });

  it('never lets a reply’s date shorten the complainant’s window, whatever lag it is recorded with (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 40 }), (decidedAfter, lag) => {
        const c = accepted('2026-03-05');
        const repliedOn = addDays('2026-03-05', decidedAfter);
        const recordedOn = addDays(repliedOn, lag);
        c.on(recordedOn).send(
          { type: 'DECIDE', finding: 'UNSUBSTANTIATED', remedies: [], summary: 'x', decidedOn: repliedOn, lateReason: '补录' },
          'PETITION_HANDLER',
          'h1',
        );
        c.send({ type: 'REPLY', repliedOn, text: '答复', lateReason: '补录' });
        const window = c.clock('REVIEW_REQUEST')!;
        // 30 whole days from the day it was recorded, and never fewer from the reply itself.
        return daysBetween(recordedOn, window.dueOn) === 30 && daysBetween(repliedOn, window.dueOn) >= 30;
      }),
    );
  });
});
