import { addDays } from '../calendar/local-date.js';
import type { RuleProfile, SecretaryOnlyRule } from '../rules/profile.js';
import type { ElectionContext } from './election.types.js';

/** The secretary-only rule as versions 1–2 stored it inside the election's copy of its profile. */
interface SecretaryOnlyV2 {
  members: number;
  inclusive: boolean;
  mandatory: boolean;
}

/** Same meaning, new shape: "fewer than N: required" / "N or fewer: allowed with approval". */
function secretaryOnlyV3(rule: SecretaryOnlyRule | SecretaryOnlyV2 | null): SecretaryOnlyRule | null {
  if (rule === null || !('members' in rule)) return rule;
  const below = rule.inclusive ? rule.members + 1 : rule.members;
  return rule.mandatory ? { requiredBelow: below, allowedUpTo: null } : { requiredBelow: null, allowedUpTo: below - 1 };
}

function profileV3(profile: RuleProfile): RuleProfile {
  const rule = profile.body.secretaryOnly as RuleProfile['body']['secretaryOnly'] & { value: SecretaryOnlyRule | SecretaryOnlyV2 | null };
  return { ...profile, body: { ...profile.body, secretaryOnly: { ...rule, value: secretaryOnlyV3(rule.value) } } };
}

/**
 * Bring a context written by an older election machine up to date (ELECTION_MACHINE_VERSION).
 * Version 1 kept no ballot list and no run start: nobody is known to have stood in a vote, and
 * every candidacy belongs to the current run, which is how version 1 read them.
 * Version 2 kept no creation day, no dates given, and no objection window or notice start of its own:
 * they are what version 2 counted (from the day published, the day posted), and no date was given late.
 */
export function migrateElectionContext(context: ElectionContext, fromVersion: number): ElectionContext {
  let c = context;
  if (fromVersion < 2) c = { ...c, balloted: c.balloted ?? [], runStartedAt: c.runStartedAt ?? new Date(0).toISOString() };
  if (fromVersion < 3) {
    const days = c.profile.schedule.objectionFileDays.value;
    const publishedOn = c.roll.publishedOn;
    c = {
      ...c,
      profile: profileV3(c.profile),
      createdOn: c.createdOn ?? null,
      noticeCountsFrom: c.noticeCountsFrom ?? c.noticePostedOn ?? null,
      datesGiven: c.datesGiven ?? [],
      roll: {
        ...c.roll,
        objectionsUntil: c.roll.objectionsUntil ?? (publishedOn !== null && days !== null ? addDays(publishedOn, days) : null),
      },
    };
  }
  return c;
}
