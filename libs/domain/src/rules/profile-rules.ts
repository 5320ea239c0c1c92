import { fail, pass, type RuleResult } from '../workflow/rules.js';
import type { OrganizationType, RuleProfile } from './profile.js';
import type { TallyRules } from './tally.js';

/** The tally engine's rules from a profile. */
export function tallyRules(profile: RuleProfile): TallyRules {
  return {
    quorum: profile.tally.quorum,
    election: profile.tally.election,
    extraRound: profile.tally.extraRound,
    proxy: { ...profile.voting.proxy.value, citation: profile.voting.proxy.citation },
    mobileBox: { allowed: profile.voting.mobileBox.value, citation: profile.voting.mobileBox.citation },
  };
}

/** Fewest candidates for `seats` seats under the profile's 差额 rule. */
export function minimumCandidates(profile: RuleProfile, seats: number): number {
  const m = profile.candidates.margin.value;
  if (m.kind === 'MORE_THAN_SEATS') return seats + 1;
  // Whole numbers only: more than p% (strict) or at least p% of the seats over the seats.
  const margin = m.strict ? Math.floor((seats * m.percent) / 100) + 1 : Math.ceil((seats * m.percent) / 100);
  return seats + Math.max(margin, 1);
}

/** 差额: enough candidates for the seats. */
export function candidateMargin(profile: RuleProfile, post: string, seats: number, candidates: number): RuleResult {
  const needed = minimumCandidates(profile, seats);
  const m = profile.candidates.margin.value;
  const rule =
    m.kind === 'PERCENT' ? `${m.strict ? 'more than' : 'at least'} ${m.percent}% more candidates than seats` : 'more candidates than seats';
  return candidates >= needed
    ? pass()
    : fail('candidate-margin', `${post}: ${candidates} candidate(s) for ${seats} seat(s); ${rule} needs at least ${needed}`, {
        citation: profile.candidates.margin.citation,
        values: { post, seats, candidates, needed },
      });
}

/**
 * Whether a small membership elects a secretary only (不设委员会，只设书记): REQUIRED (Party, fewer
 * than 7), ALLOWED (Youth League, 7 or fewer, with approval) or NO.
 */
export function secretaryOnly(profile: RuleProfile, memberCount: number): 'REQUIRED' | 'ALLOWED' | 'NO' {
  const rule = profile.body.secretaryOnly.value;
  if (rule === null) return 'NO';
  const few = rule.inclusive ? memberCount <= rule.members : memberCount < rule.members;
  if (!few) return 'NO';
  return rule.mandatory ? 'REQUIRED' : 'ALLOWED';
}

/** Seats on the body within the profile's range for the organisation type. */
export function bodySize(profile: RuleProfile, type: OrganizationType, memberCount: number, seats: number): RuleResult {
  const small = secretaryOnly(profile, memberCount);
  const rule = profile.body.secretaryOnly;
  if (small === 'REQUIRED') {
    return seats === 1
      ? pass()
      : fail('secretary-only', `With ${memberCount} members there is no committee, only a secretary: 1 seat, not ${seats}`, {
          citation: rule.citation,
          values: { memberCount, seats, members: rule.value?.members ?? 0 },
        });
  }
  // A secretary alone is the small body's other lawful shape. The approval it needs (League: 村党支部 and
  // 街道团工委, seed 002:21) is the start approval those bodies give the election (请示→批复, seed 002:29),
  // which names the seats: no separate step records it.
  if (small === 'ALLOWED' && seats === 1) return pass();
  const range = profile.body.size.value[type];
  if (!range) return pass();
  return seats >= range.min && seats <= range.max
    ? pass()
    : fail(
        'body-size',
        `${seats} seat(s) is outside ${range.min}–${range.max} for this body` +
          (small === 'ALLOWED' ? ' (with so few members a secretary alone, 1 seat, is also allowed)' : ''),
        {
          citation: profile.body.size.citation,
          values: { seats, min: range.min, max: range.max },
        },
      );
}
