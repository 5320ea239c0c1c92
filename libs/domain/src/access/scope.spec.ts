import fc from 'fast-check';
import { childPath, isWithinScope, pathIds } from './scope.js';

const ids = fc.array(fc.uuid(), { minLength: 1, maxLength: 6 });
const pathOf = (chain: string[]) => chain.reduce<string | null>((parent, id) => childPath(parent, id), null)!;

describe('materialized paths', () => {
  it('lists the ids from the root down', () => {
    fc.assert(fc.property(ids, (chain) => expect(pathIds(pathOf(chain))).toEqual(chain)));
  });

  it('puts every descendant within the scope of each ancestor, and nothing else', () => {
    fc.assert(
      fc.property(ids, ids, (a, b) => {
        const inside = pathOf([...a, ...b]);
        expect(isWithinScope(inside, pathOf(a))).toBe(true);
        // A sibling chain that shares no prefix is outside.
        if (a[0] !== b[0]) expect(isWithinScope(pathOf(b), pathOf(a))).toBe(false);
      }),
    );
  });

  it('does not confuse an id with a longer id that starts with it', () => {
    expect(isWithinScope('/abc1/', '/abc/')).toBe(false);
    expect(isWithinScope('/abc/x/', '/abc/')).toBe(true);
  });
});
