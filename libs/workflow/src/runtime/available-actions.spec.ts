import { fail, guardsFromRules, pass, type Rule, systemActor } from '@scrutineer/domain';
import { initialTransition, setup } from 'xstate';
import { explainGuard } from '@scrutineer/domain';
import { availableActions } from './available-actions.js';

const quorum: Rule<unknown, { facts: { present: number; entitled: number } }> = ({ event }) =>
  event.facts.present * 5 > event.facts.entitled * 4
    ? pass()
    : fail(
        'quorum',
        `quorum: ${event.facts.present} of ${event.facts.entitled} present, more than ${(event.facts.entitled * 4) / 5} needed`,
        {
          citation: 'seed 000 L247',
          values: { present: event.facts.present, entitled: event.facts.entitled },
        },
      );
const rules = { quorum };

const machine = setup({ guards: guardsFromRules(rules) }).createMachine({
  initial: 'open',
  states: {
    open: { on: { COUNT: { guard: 'quorum', target: 'counted' }, ADJOURN: 'closed' } },
    counted: {},
    closed: {},
  },
});

const envelope = (present: number, entitled: number) => (type: string) => ({
  type,
  facts: { present, entitled },
  actor: systemActor('test'),
  now: '2026-01-01T00:00:00.000Z',
});

describe('available actions', () => {
  const [snapshot] = initialTransition(machine);

  it('lists every event of the state, with the statute and numbers behind a refusal (Party branch, 35 of 55)', () => {
    expect(availableActions(snapshot, envelope(35, 55), rules)).toEqual([
      {
        event: 'COUNT',
        allowed: false,
        reasons: [
          {
            rule: 'quorum',
            message: 'quorum: 35 of 55 present, more than 44 needed',
            citation: 'seed 000 L247',
            values: { present: 35, entitled: 55 },
          },
        ],
      },
      { event: 'ADJOURN', allowed: true, reasons: [] },
    ]);
  });

  it('allows the event once the facts satisfy the rule (42 of 46)', () => {
    expect(availableActions(snapshot, envelope(42, 46), rules).find((a) => a.event === 'COUNT')).toEqual({
      event: 'COUNT',
      allowed: true,
      reasons: [],
    });
  });

  it('reports a guard without a rule generically rather than failing', () => {
    expect(explainGuard({}, 'unknownGuard', { context: {}, event: { type: 'X' } })).toMatchObject({ ok: false, rule: 'unknownGuard' });
    expect(explainGuard({}, undefined, { context: {}, event: { type: 'X' } })).toEqual({ ok: true });
  });
});
