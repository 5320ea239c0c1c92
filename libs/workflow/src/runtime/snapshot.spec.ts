import { initialTransition, setup, transition } from 'xstate';
import { persistSnapshot, restoreSnapshot } from './snapshot.js';

const machine = setup({}).createMachine({
  initial: 'work',
  context: { n: 1 },
  states: {
    work: {
      initial: 'a',
      states: { a: { on: { NEXT: 'b' } }, b: {}, hist: { type: 'history' } },
      on: { PAUSE: 'paused' },
    },
    paused: { on: { RESUME: 'work.hist' } },
  },
});

describe('snapshot persistence', () => {
  it('revives history states after a round trip through JSON', () => {
    let [s] = initialTransition(machine);
    [s] = transition(machine, s, { type: 'NEXT' });
    [s] = transition(machine, s, { type: 'PAUSE' });
    const stored = JSON.parse(JSON.stringify(persistSnapshot(machine, s)));
    const restored = restoreSnapshot(machine, stored);
    expect(restored.value).toBe('paused');
    expect(restored.context).toEqual({ n: 1 });
    const [resumed] = transition(machine, restored, { type: 'RESUME' });
    expect(resumed.value).toEqual({ work: 'b' });
  });
});
