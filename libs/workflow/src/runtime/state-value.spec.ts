import { createMachine } from 'xstate';
import { leafStateNames, stateToString } from './state-value.js';

describe('state values as text', () => {
  it('writes atomic, nested and parallel states', () => {
    expect(stateToString('investigating')).toBe('investigating');
    expect(stateToString({ polling: 'counting' })).toBe('polling.counting');
    expect(stateToString({ a: { b: { c: 'd' } } })).toBe('a.b.c.d');
    expect(stateToString({ p: { left: 'x', right: { deep: 'y' } } })).toBe('p.left.x|p.right.deep.y');
  });

  it('lists every state an aggregate can be stored in, nested and final ones included, history nodes left out', () => {
    const machine = createMachine({
      initial: 'open',
      states: {
        open: { initial: 'a', states: { a: {}, b: { initial: 'c', states: { c: {} } }, back: { type: 'history' } } },
        done: { type: 'final' },
      },
    });
    expect(leafStateNames(machine)).toEqual(['open.a', 'open.b.c', 'done']);
  });
});
