import fc from 'fast-check';
import { GENESIS_HASH, chainHash, jsonClone } from './chain-hash.js';

/** Reverse the key order of every object, recursively: the same value, written differently. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reordered(v)]),
    );
  return value;
}

const json = fc.jsonValue().map((v) => jsonClone(v));

describe('chain hash', () => {
  it('does not depend on key order (canonical JSON)', () => {
    fc.assert(fc.property(json, (body) => expect(chainHash(GENESIS_HASH, reordered(body))).toBe(chainHash(GENESIS_HASH, body))));
  });

  it('survives a trip through JSON storage unchanged', () => {
    fc.assert(
      fc.property(json, (body) => expect(chainHash(GENESIS_HASH, JSON.parse(JSON.stringify(body)))).toBe(chainHash(GENESIS_HASH, body))),
    );
  });

  it('changes with the body and with the previous hash', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), fc.string(), (body, extra) => {
        const changed = { ...body, ['~changed']: extra };
        expect(chainHash(GENESIS_HASH, changed)).not.toBe(chainHash(GENESIS_HASH, body));
        expect(chainHash('f'.repeat(64), body)).not.toBe(chainHash(GENESIS_HASH, body));
      }),
    );
  });

  it('is a 64-digit hex sha256', () => {
    expect(chainHash(GENESIS_HASH, { a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps the format chains were written in (a fixed entry and its hash)', () => {
    // Hashed once with the canonicalize package: stored chains must keep verifying.
    const entry = {
      v: 1,
      subjectType: 'observation',
      subjectId: '0b5e4a1e-2f0c-4c1a-9f53-6f1e2d3c4b5a',
      seq: 1,
      action: 'observation.submit',
      fromState: null,
      toState: null,
      data: { electionId: 'e', contentHash: 'ab', nested: [1.5, -0, 1e21, '秩序良好 😀', { b: true, a: null }] },
      actor: { kind: 'user', id: null, role: 'SUPERVISOR', label: 'demo-supervisor', ip: '127.0.0.1' },
      jurisdictionId: null,
      machineVersion: null,
      at: '2026-03-10T02:00:00.000Z',
    };
    expect(chainHash(GENESIS_HASH, entry)).toBe('e278dd009c564c417d132dcbd56d1f6b16d593c8257f352cd74d08da9d91a45f');
  });
});
