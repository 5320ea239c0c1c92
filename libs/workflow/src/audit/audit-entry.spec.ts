import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { canonicalBody, hashedBody, type AuditEntryRecord } from './audit-entry.js';
import { jsonClone } from './chain-hash.js';

type Body = Omit<AuditEntryRecord, 'id' | 'prevHash' | 'hash'>;

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }).filter((s) => canonicalize(s) !== undefined),
);
const actor = fc.record({
  kind: fc.constantFrom('user', 'system', 'public'),
  id: fc.option(fc.uuid()),
  role: fc.option(fc.constantFrom('SUPERVISOR', 'ADMIN')),
  label: text,
  ip: fc.option(fc.constantFrom('127.0.0.1', '::1')),
}) as fc.Arbitrary<Body['actor']>;
const entry: fc.Arbitrary<Body> = fc.record({
  subjectType: text,
  subjectId: fc.uuid(),
  seq: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  action: text,
  fromState: fc.option(text),
  toState: fc.option(text),
  data: fc.dictionary(text, fc.jsonValue()).map((d) => jsonClone(d)),
  actor,
  jurisdictionId: fc.option(fc.uuid()),
  machineVersion: fc.option(fc.integer({ min: 1, max: 1000 })),
  at: fc.date({ min: new Date(0), max: new Date(8.64e15 - 1), noInvalidDate: true }),
});

describe('canonicalBody', () => {
  it('is canonicalize(hashedBody(entry)), entry after entry (the same actor or another)', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), fc.boolean(), (entries, shareActor) => {
        for (const e of entries) {
          const body = shareActor ? { ...e, actor: { ...entries[0]!.actor } } : e;
          expect(canonicalBody(body)).toBe(canonicalize(hashedBody(body)));
        }
      }),
    );
  });

  it('refuses a body canonical JSON cannot hold (a lone surrogate), as canonicalize does', () => {
    const e = fc.sample(entry, 1)[0]!;
    expect(() => canonicalBody({ ...e, action: '\ud800' })).toThrow();
    expect(() => canonicalBody({ ...e, actor: { ...e.actor, label: 'x\udfff' } })).toThrow();
  });
});
