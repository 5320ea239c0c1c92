import { ageOn, type Person } from './person.js';
import type { RuleProfile } from './profile.js';

/**
 * Eligibility of a candidate under a profile, on election day. Each finding is a reason, not a flag:
 * INELIGIBLE (不能担任: disqualify; a win would be void), UNSUITABLE (不宜列为候选人: the reviewer
 * decides), NEEDS_APPROVAL (allowed only with the upper body's approval, e.g. over 60).
 */
export interface EligibilityFinding {
  rule: string;
  effect: 'INELIGIBLE' | 'UNSUITABLE' | 'NEEDS_APPROVAL';
  message: string;
  citation: string;
  values: Record<string, string | number | boolean>;
}

export function checkEligibility(profile: RuleProfile, person: Person, electionDay: string): EligibilityFinding[] {
  const findings: EligibilityFinding[] = [];
  const age = ageOn(person.birthDate, electionDay);
  const c = profile.candidates;

  const maxAge = c.maxAge.value;
  const ageRuleApplies = profile.id === 'YOUTH_LEAGUE_BRANCH' ? person.incumbent && person.partyMember : true;
  if (maxAge && ageRuleApplies && age > maxAge.years) {
    findings.push({
      rule: 'max-age',
      effect: maxAge.effect,
      message: `${person.name} is ${age} on election day, over ${maxAge.years}${maxAge.effect === 'NEEDS_APPROVAL' ? ': needs the upper body’s approval' : ''}`,
      citation: c.maxAge.citation,
      values: { age, limit: maxAge.years },
    });
  }
  if (c.newMemberMaxAge.value !== null && !person.incumbent && age > c.newMemberMaxAge.value) {
    findings.push({
      rule: 'new-member-max-age',
      effect: 'UNSUITABLE',
      message: `${person.name} is ${age}; new members are normally not over ${c.newMemberMaxAge.value}`,
      citation: c.newMemberMaxAge.citation,
      values: { age, limit: c.newMemberMaxAge.value },
    });
  }
  if (c.partyAgeYears.value !== null) {
    const years = person.partyMember && person.partyJoinedOn ? ageOn(person.partyJoinedOn, electionDay) : null;
    if (years === null || years < c.partyAgeYears.value) {
      findings.push({
        rule: 'party-age',
        effect: 'INELIGIBLE',
        message:
          years === null
            ? `${person.name} is not a full Party member; Party age of at least ${c.partyAgeYears.value} years is required`
            : `${person.name} has ${years} year(s) of Party age; at least ${c.partyAgeYears.value} required`,
        citation: c.partyAgeYears.citation,
        values: { partyYears: years ?? 0, required: c.partyAgeYears.value },
      });
    }
  }
  for (const window of c.exclusions) {
    const ended = person.records[window.kind];
    if (ended === undefined) continue;
    const since = ended === 'UNHANDLED' ? null : ageOn(ended, electionDay);
    if (since === null || since < window.years) {
      findings.push({
        rule: `exclusion-${window.kind.toLowerCase().replace(/_/g, '-')}`,
        effect: window.effect,
        message: `${person.name}: ${window.text}${since === null ? ' (not yet handled)' : ` (${since} of ${window.years} years passed)`}`,
        citation: window.citation,
        values: { kind: window.kind, yearsPassed: since ?? -1, years: window.years },
      });
    }
  }
  return findings;
}
