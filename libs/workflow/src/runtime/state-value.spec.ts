import { stateToString } from './state-value.js';

describe('state values as text', () => {
  it('writes atomic, nested and parallel states', () => {
    expect(stateToString('investigating')).toBe('investigating');
    expect(stateToString({ polling: 'counting' })).toBe('polling.counting');
    expect(stateToString({ a: { b: { c: 'd' } } })).toBe('a.b.c.d');
    expect(stateToString({ p: { left: 'x', right: { deep: 'y' } } })).toBe('p.left.x|p.right.deep.y');
  });
});
