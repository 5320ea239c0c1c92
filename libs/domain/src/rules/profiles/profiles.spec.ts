import { PROFILE_IDS, ORGANIZATION_TYPES, REVIEW_LEVELS } from '../profile.js';
import { bodySize, candidateMargin, minimumCandidates, secretaryOnly, withOptions } from '../profile-rules.js';
import { describeProfile } from './describe.js';
import { PROFILES, getProfile, profileFor } from './index.js';

describe('rule profiles', () => {
  const all = Object.values(PROFILES).flat();

  it('cover every organisation type exactly once (latest versions)', () => {
    for (const type of ORGANIZATION_TYPES) expect(profileFor(type).organizationTypes).toContain(type);
    expect(Object.keys(PROFILES).sort()).toEqual([...PROFILE_IDS].sort());
  });

  it('cite a source, or say it is a design choice, for every number', () => {
    const cited = (value: unknown, path: string): string[] => {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const o = value as Record<string, unknown>;
        const own = 'citation' in o && (typeof o.citation !== 'string' || o.citation.length === 0) ? [path] : [];
        const basis = 'basis' in o && !['S', 'P', 'X', 'D'].includes(String(o.basis)) ? [`${path}.basis`] : [];
        return [...own, ...basis, ...Object.entries(o).flatMap(([k, v]) => cited(v, `${path}.${k}`))];
      }
      if (Array.isArray(value)) return value.flatMap((v, i) => cited(v, `${path}[${i}]`));
      return [];
    };
    for (const p of all) expect(cited(p, p.id)).toEqual([]);
  });

  it('number versions from 1 without gaps', () => {
    for (const versions of Object.values(PROFILES)) expect(versions.map((p) => p.version)).toEqual(versions.map((_, i) => i + 1));
    expect(() => getProfile('PARTY_BRANCH', 99)).toThrow(/not found/);
  });

  it('require more than 20% more Party candidates than seats (seed 000 L244)', () => {
    const party = getProfile('PARTY_BRANCH', 1);
    expect(minimumCandidates(party, 5)).toBe(7); // 6 would be exactly 20%, not more
    expect(minimumCandidates(party, 3)).toBe(4);
    expect(candidateMargin(party, '委员', 5, 6)).toMatchObject({ ok: false, rule: 'candidate-margin', citation: 'seed 000 L244' });
    expect(minimumCandidates(getProfile('VILLAGE_COMMITTEE', 1), 1)).toBe(2);
  });

  it('give a branch of fewer than 7 members a secretary only (seed 000 L242)', () => {
    const party = getProfile('PARTY_BRANCH', 1);
    expect(secretaryOnly(party, 6)).toBe('REQUIRED');
    expect(secretaryOnly(party, 7)).toBe('NO');
    expect(bodySize(party, 'PARTY_BRANCH', 6, 3)).toMatchObject({ ok: false, rule: 'secretary-only' });
    expect(bodySize(party, 'PARTY_BRANCH', 6, 1).ok).toBe(true);
    expect(bodySize(party, 'PARTY_BRANCH', 30, 6)).toMatchObject({ ok: false, rule: 'body-size', values: { min: 3, max: 5 } });
    expect(bodySize(party, 'PARTY_COMMITTEE', 300, 9).ok).toBe(true);
  });

  it('let a League branch of 7 or fewer elect a secretary alone, or a committee (seed 002:21)', () => {
    const league = getProfile('YOUTH_LEAGUE_BRANCH', 1);
    expect(secretaryOnly(league, 7)).toBe('ALLOWED');
    expect(secretaryOnly(league, 8)).toBe('NO');
    expect(bodySize(league, 'YOUTH_LEAGUE_BRANCH', 7, 1).ok).toBe(true);
    expect(bodySize(league, 'YOUTH_LEAGUE_BRANCH', 7, 3).ok).toBe(true);
    expect(bodySize(league, 'YOUTH_LEAGUE_BRANCH', 8, 1)).toMatchObject({ ok: false, rule: 'body-size' });
  });

  it('read the Party 差额 as at least 20% more, rounded up to a whole person, for 1 to 11 seats (seed 002:289)', () => {
    const party = getProfile('PARTY_BRANCH', 2);
    // seats:     1  2  3  4  5  6  7  8   9   10  11
    const atLeast = [2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 14];
    const strict = [2, 3, 4, 5, 7, 8, 9, 10, 11, 13, 14];
    const strictParty = withOptions(party, ['STRICT_MARGIN']);
    for (let seats = 1; seats <= 11; seats++) {
      expect([seats, minimumCandidates(party, seats)]).toEqual([seats, atLeast[seats - 1]]);
      expect([seats, minimumCandidates(strictParty, seats)]).toEqual([seats, strict[seats - 1]]);
      // Exactly the minimum passes, one fewer is refused.
      expect(candidateMargin(party, '委员', seats, atLeast[seats - 1]!).ok).toBe(true);
      expect(candidateMargin(party, '委员', seats, atLeast[seats - 1]! - 1).ok).toBe(false);
    }
    expect(candidateMargin(party, '委员', 5, 5)).toEqual({
      ok: false,
      rule: 'candidate-margin',
      message:
        '委员: 5 candidate(s) for 5 seat(s); at least 20% more candidates than seats (不低于20%), rounded up to a whole person: 20% of 5 is 1, so 1 more: at least 6 are needed',
      citation: 'seed 002:289; seed 000 L244',
      values: { post: '委员', seats: 5, candidates: 5, needed: 6, percent: 20 },
    });
    expect(candidateMargin(strictParty, '委员', 5, 6)).toMatchObject({
      message: expect.stringContaining('more than 20% more candidates than seats (多于20%)'),
      citation: 'seed 000 L244 (多于20%, the STRICT_MARGIN option); seed 002:289 (不低于20%, the default reading)',
    });
    expect(strictParty.options).toEqual(['STRICT_MARGIN']);
    expect(() => withOptions(getProfile('VILLAGE_COMMITTEE', 1), ['STRICT_MARGIN'])).toThrow(/percentage/);
    expect(describeProfile(party)).toContain(
      'Candidates over seats (差额): at least 20% more candidates than seats (不低于20%), rounded up to a whole person (5 seats → 6) — seed 002:289; seed 000 L244 [S]',
    );
  });

  it('give a League branch of 6 a secretary only, of 7 a committee or a secretary alone, of 8 a committee (团支部工作条例; seed 002:21)', () => {
    const league = getProfile('YOUTH_LEAGUE_BRANCH', 2);
    expect([6, 7, 8].map((n) => secretaryOnly(league, n))).toEqual(['REQUIRED', 'ALLOWED', 'NO']);
    expect(bodySize(league, 'YOUTH_LEAGUE_BRANCH', 6, 3)).toMatchObject({
      ok: false,
      rule: 'secretary-only',
      citation: expect.stringContaining('团支部工作条例'),
      values: { memberCount: 6, seats: 3, requiredBelow: 7 },
    });
    expect(bodySize(league, 'YOUTH_LEAGUE_BRANCH', 6, 1).ok).toBe(true);
    expect(bodySize(league, 'YOUTH_LEAGUE_BRANCH', 7, 1).ok).toBe(true);
    expect(bodySize(league, 'YOUTH_LEAGUE_BRANCH', 7, 3).ok).toBe(true);
    expect(bodySize(league, 'YOUTH_LEAGUE_BRANCH', 8, 3).ok).toBe(true);
    expect(bodySize(league, 'YOUTH_LEAGUE_BRANCH', 8, 1)).toMatchObject({ ok: false, rule: 'body-size' });
    expect(describeProfile(league)).toContain(
      'Secretary only: fewer than 7 members: required (no committee); 7 or fewer: allowed with approval',
    );
  });

  it('give the latest version to new elections: PARTY_BRANCH v2, YOUTH_LEAGUE_BRANCH v2', () => {
    expect(profileFor('PARTY_BRANCH')).toMatchObject({ id: 'PARTY_BRANCH', version: 2 });
    expect(profileFor('YOUTH_LEAGUE_BRANCH')).toMatchObject({ id: 'YOUTH_LEAGUE_BRANCH', version: 2 });
  });

  it('name the review levels each kind of election passes, in order', () => {
    expect(getProfile('VILLAGE_COMMITTEE', 1).candidates.reviewLevels.value).toEqual(['TOWNSHIP_PRELIMINARY', 'JOINT_REVIEW']);
    expect(getProfile('TRADE_UNION', 1).candidates.reviewLevels.value).toEqual(['TOWNSHIP_PRELIMINARY']);
  });

  it('give every profile at least one review level, each once, in the order the levels come', () => {
    for (const p of all) {
      const levels = p.candidates.reviewLevels.value;
      expect(levels.length).toBeGreaterThan(0);
      expect(new Set(levels).size).toBe(levels.length);
      expect([...levels].sort((a, b) => REVIEW_LEVELS.indexOf(a) - REVIEW_LEVELS.indexOf(b))).toEqual(levels);
    }
  });
});
