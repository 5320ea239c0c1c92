import fc from 'fast-check';
import { DomainError } from '../errors.js';
import { JURISDICTION_LEVELS, assertChildLevel, levelRank } from './levels.js';

describe('jurisdiction levels', () => {
  it('admits a child exactly when it sits lower than its parent', () => {
    const level = fc.constantFrom(...JURISDICTION_LEVELS);
    fc.assert(
      fc.property(level, level, (parent, child) => {
        const allowed = levelRank(child) > levelRank(parent);
        if (allowed) expect(() => assertChildLevel(parent, child)).not.toThrow();
        else expect(() => assertChildLevel(parent, child)).toThrow(DomainError);
      }),
    );
  });

  it('explains a refusal as a rule violation naming both levels', () => {
    try {
      assertChildLevel('TOWNSHIP', 'COUNTY');
      throw new Error('expected a refusal');
    } catch (err) {
      expect(err).toMatchObject({ code: 'RULE_VIOLATION', details: { parentLevel: 'TOWNSHIP', childLevel: 'COUNTY' } });
      expect((err as Error).message).toContain('县(区)');
    }
  });
});
