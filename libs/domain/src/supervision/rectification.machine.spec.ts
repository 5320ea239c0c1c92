import { getNextTransitions, initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import type { Role } from '../access/roles.js';
import { explainGuard } from '../workflow/explain.js';
import { rectificationMachine, rectificationRules, type RectificationContext, type RectificationFacts } from './rectification.machine.js';

function order() {
  const [first, entry] = initialTransition(rectificationMachine, {
    electionId: 'e1',
    observationId: 'o1',
    teamId: 't1',
    requirement: '设立秘密写票处',
    dueOn: '2026-05-12',
    blocking: true,
    now: '2026-05-10T02:00:00.000Z',
  });
  let snapshot: AnyMachineSnapshot = first;
  const facts: RectificationFacts = { today: '2026-05-10', actorInTeam: true };
  const envelope = (event: { type: string } & Record<string, unknown>, as: Role | 'SYSTEM') => ({
    ...event,
    facts,
    actor:
      as === 'SYSTEM'
        ? { kind: 'system' as const, id: null, role: null, label: 'system', ip: null }
        : { kind: 'user' as const, id: 'u', role: as, label: as, ip: null },
    now: `${facts.today}T02:00:00.000Z`,
  });
  return {
    facts,
    entry,
    send(event: { type: string } & Record<string, unknown>, as: Role | 'SYSTEM') {
      const e = envelope(event, as);
      if (!snapshot.can(e as never)) throw new Error(`${event.type} refused in ${JSON.stringify(snapshot.value)}`);
      const [next, actions] = transition(rectificationMachine, snapshot, e as never);
      snapshot = next;
      return actions;
    },
    refusal(event: { type: string } & Record<string, unknown>, as: Role) {
      const e = envelope(event, as);
      if (snapshot.can(e as never)) return null;
      for (const t of getNextTransitions(snapshot).filter((x) => x.eventType === event.type)) {
        const result = explainGuard(rectificationRules, t.guard, { context: snapshot.context, event: e });
        if (!result.ok) return result;
      }
      return { rule: 'state' };
    },
    get state() {
      return snapshot.value;
    },
    get context() {
      return snapshot.context as RectificationContext;
    },
  };
}

describe('rectification order machine', () => {
  it('goes issued → acknowledged → rectified → verified, its due day a deadline row', () => {
    const o = order();
    expect(o.entry.map((a) => [a.type, (a.params as { kind: string }).kind])).toEqual([['effect.scheduleDeadline', 'rectification-due']]);
    expect(o.refusal({ type: 'ACKNOWLEDGE' }, 'SUPERVISOR')).toMatchObject({ rule: 'actor-role' });
    o.send({ type: 'ACKNOWLEDGE' }, 'ELECTION_COMMITTEE');
    o.send({ type: 'RECTIFY', evidence: '已设立两处秘密写票处', attachmentIds: ['a1'] }, 'ELECTION_COMMITTEE');
    expect(o.state).toEqual({ open: 'rectified' });
    const done = o.send({ type: 'VERIFY', note: '现场核实' }, 'SUPERVISOR');
    expect(o.state).toBe('verified');
    expect(done.map((a) => a.type)).toContain('effect.cancelDeadline');
    expect(o.context.rectification).toMatchObject({ evidence: '已设立两处秘密写票处', attachmentIds: ['a1'] });
  });

  it('is overdue when its day passes unrectified, goes back to issued when rejected, and only the issuing team verifies', () => {
    const o = order();
    o.facts.today = '2026-05-13';
    o.send({ type: 'DEADLINE', kind: 'rectification-due' }, 'SYSTEM');
    expect(o.context.overdue).toBe(true);
    expect(o.refusal({ type: 'RECTIFY', evidence: ' ' }, 'ELECTION_COMMITTEE')).toMatchObject({ rule: 'evidence' });
    o.send({ type: 'RECTIFY', evidence: '补设' }, 'ELECTION_COMMITTEE');
    expect(o.context.overdue).toBe(false);
    o.facts.actorInTeam = false;
    expect(o.refusal({ type: 'VERIFY' }, 'SUPERVISOR')).toMatchObject({ rule: 'not-in-team' });
    o.facts.actorInTeam = true;
    o.send({ type: 'REJECT', reason: '写票处无遮挡' }, 'SUPERVISOR');
    expect(o.state).toEqual({ open: 'issued' });
    expect(o.context).toMatchObject({ overdue: true, rectification: null, rejections: [{ reason: '写票处无遮挡' }] });
    expect(o.refusal({ type: 'CHANGE_DUE', dueOn: '2026-05-01', reason: 'x' }, 'SUPERVISOR')).toMatchObject({ rule: 'due-past' });
    o.send({ type: 'CHANGE_DUE', dueOn: '2026-05-20', reason: '给予宽限' }, 'SUPERVISOR');
    expect(o.context).toMatchObject({ dueOn: '2026-05-20', overdue: false });
  });
});
