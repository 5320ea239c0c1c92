import { fail, pass, type RuleResult } from '../workflow/rules.js';
import { badInput } from '../errors.js';
import type { CandidateMargin, OrganizationType, ProfileOption, RuleProfile } from './profile.js';
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
  return seats + marginPersons(profile.candidates.margin.value, seats);
}

/** Extra candidates the margin asks for, in whole persons (integer arithmetic: no rounding drift). */
function marginPersons(m: CandidateMargin, seats: number): number {
  if (m.kind === 'MORE_THAN_SEATS') return 1;
  const hundredths = seats * m.percent;
  // 不低于 p%: p% of the seats, rounded up to a whole person; 多于 p%: the next whole person above it.
  const persons = m.strict ? Math.floor(hundredths / 100) + 1 : Math.ceil(hundredths / 100);
  return Math.max(persons, 1);
}

/** The 差额 rule in words, with its rounding: "at least 20% more candidates than seats, rounded up …". */
export function describeMargin(m: CandidateMargin, seats?: number): string {
  if (m.kind === 'MORE_THAN_SEATS') return 'more candidates than seats';
  const rule = m.strict
    ? `more than ${m.percent}% more candidates than seats (多于${m.percent}%), counted in whole persons`
    : `at least ${m.percent}% more candidates than seats (不低于${m.percent}%), rounded up to a whole person`;
  if (seats === undefined) return `${rule} (5 seats → ${5 + marginPersons(m, 5)})`;
  const exact = (seats * m.percent) / 100;
  return `${rule}: ${m.percent}% of ${seats} is ${exact}, so ${marginPersons(m, seats)} more`;
}

/** 差额: enough candidates for the seats. */
export function candidateMargin(profile: RuleProfile, post: string, seats: number, candidates: number): RuleResult {
  const needed = minimumCandidates(profile, seats);
  const margin = profile.candidates.margin;
  return candidates >= needed
    ? pass()
    : fail(
        'candidate-margin',
        `${post}: ${candidates} candidate(s) for ${seats} seat(s); ${describeMargin(margin.value, seats)}: at least ${needed} are needed`,
        {
          citation: margin.citation,
          values: { post, seats, candidates, needed, percent: margin.value.kind === 'PERCENT' ? margin.value.percent : null },
        },
      );
}

/**
 * Whether a small membership elects a secretary only (不设委员会，只设书记): REQUIRED (fewer than the
 * profile's bound: no committee), ALLOWED (a secretary alone with approval, or a committee) or NO.
 */
export function secretaryOnly(profile: RuleProfile, memberCount: number): 'REQUIRED' | 'ALLOWED' | 'NO' {
  const rule = profile.body.secretaryOnly.value;
  if (rule === null) return 'NO';
  if (rule.requiredBelow !== null && memberCount < rule.requiredBelow) return 'REQUIRED';
  if (rule.allowedUpTo !== null && memberCount <= rule.allowedUpTo) return 'ALLOWED';
  return 'NO';
}

/** Seats on the body within the profile's range for the organisation type. */
export function bodySize(profile: RuleProfile, type: OrganizationType, memberCount: number, seats: number): RuleResult {
  const small = secretaryOnly(profile, memberCount);
  const rule = profile.body.secretaryOnly;
  if (small === 'REQUIRED') {
    return seats === 1
      ? pass()
      : fail(
          'secretary-only',
          `With ${memberCount} members (fewer than ${rule.value?.requiredBelow}) there is no committee, only a secretary: 1 seat, not ${seats}`,
          {
            citation: rule.citation,
            values: { memberCount, seats, requiredBelow: rule.value?.requiredBelow ?? null },
          },
        );
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

/** Apply the options an election is created with (PROFILE_OPTIONS); the result is what the election keeps. */
export function withOptions(profile: RuleProfile, options: readonly ProfileOption[]): RuleProfile {
  let out: RuleProfile = profile;
  for (const option of [...new Set(options)].sort()) {
    if (option === 'STRICT_MARGIN') {
      const margin = out.candidates.margin;
      if (margin.value.kind !== 'PERCENT') {
        throw badInput(`STRICT_MARGIN applies to a percentage 差额; ${profile.id} asks only for more candidates than seats`, {
          field: 'profileOptions',
        });
      }
      out = {
        ...out,
        candidates: {
          ...out.candidates,
          margin: {
            ...margin,
            value: { ...margin.value, strict: true },
            citation: `seed 000 L244 (多于${margin.value.percent}%, the STRICT_MARGIN option); seed 002:289 (不低于${margin.value.percent}%, the default reading)`,
            note: `多于${margin.value.percent}%, chosen for this election over the default 不低于 reading`,
          },
        },
      };
    }
  }
  return options.length ? { ...out, options: [...new Set(options)].sort() } : out;
}
