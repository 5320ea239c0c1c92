import { caseMachine } from '@scrutineer/domain';
import { leafStateNames } from '@scrutineer/workflow';
import { OPEN311_STATUS, PUBLIC_STATUSES, PUBLIC_STATUS_BY_STATE, PUBLIC_STATUS_LABELS, publicStatusOf } from './public-status.js';

const CLOSED_TO_OPEN311 = new Set(['CLOSED', 'NOT_ACCEPTED', 'REFERRED', 'MERGED']);

describe('public status of a case', () => {
  const states = leafStateNames(caseMachine);

  it('walks the case machine: every state it can be stored in has a public status with a label', () => {
    expect(states.length).toBeGreaterThan(10);
    for (const state of states) {
      expect({ state, known: Object.hasOwn(PUBLIC_STATUS_BY_STATE, state) }).toEqual({ state, known: true });
      expect(PUBLIC_STATUSES).toContain(publicStatusOf(state));
      expect(PUBLIC_STATUS_LABELS[publicStatusOf(state)]).toEqual(expect.any(String));
    }
  });

  it('names no state the machine does not have', () => {
    expect(Object.keys(PUBLIC_STATUS_BY_STATE).sort()).toEqual([...states].sort());
  });

  it('shows a case as closed only in a state where it no longer moves on its own', () => {
    const closed = states.filter((s) => OPEN311_STATUS[publicStatusOf(s)] === 'closed');
    expect(closed.sort()).toEqual(['closed', 'final', 'lapsed', 'merged', 'notAccepted', 'referred']);
    expect(states.filter((s) => s.startsWith('open.')).every((s) => OPEN311_STATUS[publicStatusOf(s)] === 'open')).toBe(true);
  });

  it('never shows an unknown state as closed, in the public status or in Open311', () => {
    for (const state of ['open.somethingNew', 'investigating', '', 'toString', '__proto__', 'open']) {
      expect(CLOSED_TO_OPEN311.has(publicStatusOf(state))).toBe(false);
      expect(OPEN311_STATUS[publicStatusOf(state)]).toBe('open');
    }
  });

  it('maps every public status to Open311 open or closed', () => {
    for (const status of PUBLIC_STATUSES) expect(['open', 'closed']).toContain(OPEN311_STATUS[status]);
    expect(PUBLIC_STATUSES.filter((s) => OPEN311_STATUS[s] === 'closed').sort()).toEqual([...CLOSED_TO_OPEN311].sort());
  });
});
