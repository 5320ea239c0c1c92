import { notFound } from '../../errors.js';
import type { OrganizationType, ProfileId, RuleProfile } from '../profile.js';
import { PARTY_BRANCH_V1, PARTY_BRANCH_V2 } from './party-branch.js';
import { RESIDENTS_COMMITTEE_V1 } from './residents-committee.js';
import { TRADE_UNION_V1 } from './trade-union.js';
import { VILLAGE_COMMITTEE_V1 } from './village-committee.js';
import { YOUTH_LEAGUE_BRANCH_V1, YOUTH_LEAGUE_BRANCH_V2 } from './youth-league-branch.js';

export {
  PARTY_BRANCH_V1,
  PARTY_BRANCH_V2,
  RESIDENTS_COMMITTEE_V1,
  TRADE_UNION_V1,
  VILLAGE_COMMITTEE_V1,
  YOUTH_LEAGUE_BRANCH_V1,
  YOUTH_LEAGUE_BRANCH_V2,
};

/** Every version of every profile, oldest first. Published versions are never edited: add one. */
export const PROFILES: Readonly<Record<ProfileId, readonly RuleProfile[]>> = {
  VILLAGE_COMMITTEE: [VILLAGE_COMMITTEE_V1],
  RESIDENTS_COMMITTEE: [RESIDENTS_COMMITTEE_V1],
  PARTY_BRANCH: [PARTY_BRANCH_V1, PARTY_BRANCH_V2],
  YOUTH_LEAGUE_BRANCH: [YOUTH_LEAGUE_BRANCH_V1, YOUTH_LEAGUE_BRANCH_V2],
  TRADE_UNION: [TRADE_UNION_V1],
};

export function getProfile(id: ProfileId, version: number): RuleProfile {
  const profile = PROFILES[id]?.find((p) => p.version === version);
  if (!profile) throw notFound(`Rule profile ${id} v${version}`);
  return profile;
}

export const latestProfile = (id: ProfileId): RuleProfile => PROFILES[id].at(-1)!;

/** The profile an organisation of this type is elected under (its latest version). */
export function profileFor(type: OrganizationType): RuleProfile {
  const profile = Object.values(PROFILES)
    .map((versions) => versions.at(-1)!)
    .find((p) => p.organizationTypes.includes(type));
  if (!profile) throw notFound(`Rule profile for ${type}`);
  return profile;
}
