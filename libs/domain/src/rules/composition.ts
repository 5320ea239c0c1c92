import { ageOn, atLeastHighSchool, type Person } from './person.js';
import type { RuleProfile } from './profile.js';

/** How the elected body measures up to the profile's composition targets (≥ 1 woman, …). */
export interface CompositionFinding {
  target: string;
  met: boolean;
  /** Certification waits while a blocking target is unmet. */
  blocking: boolean;
  message: string;
  citation: string;
  values: Record<string, number>;
}

export function checkComposition(profile: RuleProfile, elected: readonly Person[], electionDay: string): CompositionFinding[] {
  const n = elected.length;
  return profile.body.composition.map((t) => {
    const finding = (count: number, needed: number, what: string): CompositionFinding => ({
      target: t.id,
      met: count >= needed,
      blocking: t.blocking,
      message: `${t.text}: ${count} ${what} of ${n} elected, ${needed} needed`,
      citation: t.citation,
      values: { count, needed, elected: n },
    });
    const share = (total: number) => Math.ceil((t.value * total) / 100);
    switch (t.id) {
      case 'MIN_WOMEN':
        return finding(elected.filter((p) => p.sex === 'FEMALE').length, t.value, 'women');
      case 'MIN_UNDER_AGE':
        return finding(
          elected.filter((p) => ageOn(p.birthDate, electionDay) <= (t.age ?? 35)).length,
          t.value,
          `aged ${t.age ?? 35} or under`,
        );
      case 'MIN_SHARE_HIGH_SCHOOL':
        return finding(elected.filter((p) => atLeastHighSchool(p.education)).length, share(n), `with high school or more (${t.value}%)`);
      case 'MIN_SHARE_PARTY_MEMBERS':
        return finding(elected.filter((p) => p.partyMember).length, share(n), `Party members (${t.value}%)`);
    }
  });
}
