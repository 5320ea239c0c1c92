import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { canonicalJson } from './canonical-json.js';

/** The text, or the error's message: the two must agree on both. */
const outcome = (f: () => string | undefined) => {
  try {
    return { text: f() };
  } catch (err) {
    return { error: (err as Error).message };
  }
};
const same = (value: unknown) => expect(outcome(() => canonicalJson(value))).toEqual(outcome(() => canonicalize(value)));

describe('canonical JSON (RFC 8785) is the text of `canonicalize`', () => {
  it('on any JSON value, with any text in keys and strings', () => {
    const unicode = fc.string({ unit: 'binary' });
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.dictionary(unicode, fc.oneof(unicode, fc.double(), fc.integer())), (v, d) => {
        same(v);
        same(d);
        same({ v, d, list: [d, v] });
      }),
      { numRuns: 2000 },
    );
  });

  it('on what is not JSON: undefined, functions, symbols, dates, holes, NaN, lone surrogates, cycles, bigint', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const values: unknown[] = [
      undefined,
      { a: undefined, b: () => 1, c: Symbol('x'), d: new Date(0), e: [undefined, () => 1, Symbol('y'), null] },
      // eslint-disable-next-line no-sparse-arrays
      [1, , 3],
      NaN,
      { n: -Infinity },
      -0,
      [1e21, 1e-7, 0.1 + 0.2, -5e-324],
      'a\uD800b',
      { '\uDC00': 1 },
      '😀 秩序良好',
      cyclic,
      { toJSON: () => ({ z: 1, a: [2] }) },
      new Map([[1, 2]]),
      1n,
    ];
    for (const v of values) same(v);
    const shared = { x: 1 };
    same({ a: shared, b: [shared, shared] });
  });
});
