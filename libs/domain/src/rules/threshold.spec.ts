import fc from 'fast-check';
import { describeThreshold as text, meets, minimumToMeet, type Threshold } from './threshold.js';

const threshold = fc.record({
  ratio: fc.record({ num: fc.integer({ min: 1, max: 9 }), den: fc.integer({ min: 1, max: 10 }) }).filter((r) => r.num <= r.den),
  strict: fc.boolean(),
});

describe('thresholds', () => {
  it('agree with exact arithmetic, and minimumToMeet is the least value that meets', () => {
    fc.assert(
      fc.property(threshold, fc.integer({ min: 0, max: 100_000 }), (t: Threshold, base) => {
        const min = minimumToMeet(base, t);
        expect(meets(min, base, t)).toBe(true);
        expect(meets(min - 1, base, t)).toBe(false);
      }),
    );
  });

  it('reads the documents’ numbers right', () => {
    const partyQuorum: Threshold = { ratio: { num: 4, den: 5 }, strict: true };
    expect(meets(35, 55, partyQuorum)).toBe(false); // 35 ≤ 44 (seed 000 L275–277)
    expect(meets(42, 46, partyQuorum)).toBe(true); // 42 > 36.8 (seed 003:8)
    expect(meets(44, 55, partyQuorum)).toBe(false); // exactly 4/5 is not "more than"
    const half: Threshold = { ratio: { num: 1, den: 2 }, strict: true };
    expect(meets(32_837, 36_690, half)).toBe(true); // seed 000 L38–44
    expect(text(partyQuorum, 55)).toBe('more than 4/5 of 55 (44)');
    expect(text(partyQuorum, 46)).toBe('more than 4/5 of 46 (36.8)');
  });
});
