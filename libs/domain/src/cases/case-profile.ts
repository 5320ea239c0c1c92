import type { Cited } from '../rules/profile.js';
import type { CaseKind } from './vocabulary.js';

/** How a step's days are counted: calendar days, or working days on the configured holiday list. */
export type DayCount = 'CALENDAR' | 'WORKING';

/** A clock: so many days, counted so, from the day the step begins. */
export interface StepClock {
  days: number;
  count: DayCount;
}

export const CASE_PROFILE_IDS = ['PETITION', 'VOTER_LIST_OBJECTION'] as const;
export type CaseProfileId = (typeof CASE_PROFILE_IDS)[number];

/**
 * The statutory clocks of one kind of case. A null step does not exist under the profile (a voter-list
 * objection is answered at once: no acceptance decision, no review). Versioned like the election
 * profiles: a case keeps the version it was opened under; published versions are never edited.
 */
export interface CaseProfile {
  id: CaseProfileId;
  version: number;
  name: string;
  /** From receipt to the acceptance decision (受理, 不予受理, 转送, 合并). */
  acceptance: Cited<StepClock | null>;
  /** From acceptance (or receipt, where there is no acceptance step) to the written reply (办结). */
  handling: Cited<StepClock>;
  /** One extension (延期) of at most so many days, approved by someone other than the handler. */
  extension: Cited<{ maxDays: number; times: number } | null>;
  /** From the written reply, to ask for review (复查); then the review's own time to decide. */
  reviewRequest: Cited<StepClock | null>;
  review: Cited<StepClock | null>;
  /** From the review opinion, to ask for re-review (复核); then its time to decide. */
  reReviewRequest: Cited<StepClock | null>;
  reReview: Cited<StepClock | null>;
}

const CALENDAR = (days: number): StepClock => ({ days, count: 'CALENDAR' });

/** Days are calendar days: the regulation names working days only once (第二十三条, 5个工作日), so "日" elsewhere reads as calendar days. */
const REGULATION = '信访工作条例 (2022)';

/** 信访工作条例 (2022) as the default: accepted within 15 days, handled within 60, review and re-review. */
export const PETITION_V1: CaseProfile = {
  id: 'PETITION',
  version: 1,
  name: '信访事项 (信访工作条例)',
  acceptance: {
    value: CALENDAR(15),
    citation: `${REGULATION} 第二十三条, 第二十二条`,
    basis: 'X',
    note: '自收到信访事项之日起15日内书面告知信访人 (whether and how it is handled); 2005 信访条例 第二十一条: 15日内决定是否受理',
  },
  handling: { value: CALENDAR(60), citation: `${REGULATION} 第三十四条`, basis: 'X', note: '自受理之日起60日内办结' },
  extension: {
    value: { maxDays: 30, times: 1 },
    citation: `${REGULATION} 第三十四条`,
    basis: 'X',
    note: '经本机关、单位负责人批准，可以适当延长办理期限，但延长期限不得超过30日，并告知信访人延期理由 — "once" is our reading',
  },
  reviewRequest: { value: CALENDAR(30), citation: `${REGULATION} 第三十五条`, basis: 'X', note: '收到书面答复之日起30日内请求复查' },
  review: { value: CALENDAR(30), citation: `${REGULATION} 第三十五条`, basis: 'X', note: '收到复查请求之日起30日内提出复查意见' },
  reReviewRequest: { value: CALENDAR(30), citation: `${REGULATION} 第三十六条`, basis: 'X', note: '收到复查意见之日起30日内请求复核' },
  reReview: {
    value: CALENDAR(30),
    citation: `${REGULATION} 第三十六条`,
    basis: 'X',
    note: '收到复核请求之日起30日内提出复核意见; 同一事实和理由不再受理',
  },
};

/** A voter-list objection: filed within 3 days of publication, answered within 2 (seed 000 L382). */
export const VOTER_LIST_OBJECTION_V1: CaseProfile = {
  id: 'VOTER_LIST_OBJECTION',
  version: 1,
  name: '选民名单异议',
  acceptance: { value: null, citation: 'seed 000 L382', basis: 'S', note: 'answered directly, no acceptance decision' },
  handling: {
    value: CALENDAR(2),
    citation: 'seed 000 L382',
    basis: 'S',
    note: '如居民对选民名单有异议者，可在选举名单公布日后3日内向选举委员会提出，选举委员会应在2日内作出解释或调整',
  },
  extension: { value: null, citation: 'seed 000 L382', basis: 'S' },
  reviewRequest: { value: null, citation: 'seed 000 L382', basis: 'S', note: 'no review; a court action is outside the system' },
  review: { value: null, citation: 'seed 000 L382', basis: 'S' },
  reReviewRequest: { value: null, citation: 'seed 000 L382', basis: 'S' },
  reReview: { value: null, citation: 'seed 000 L382', basis: 'S' },
};

/** Days a voter-list objection may be filed after the list is published (seed 000 L382). */
export const VOTER_LIST_OBJECTION_FILE_DAYS: Cited<number> = { value: 3, citation: 'seed 000 L382', basis: 'S' };

export const CASE_PROFILES: Readonly<Record<CaseProfileId, readonly CaseProfile[]>> = {
  PETITION: [PETITION_V1],
  VOTER_LIST_OBJECTION: [VOTER_LIST_OBJECTION_V1],
};

export function getCaseProfile(id: CaseProfileId, version: number): CaseProfile {
  const profile = CASE_PROFILES[id]?.find((p) => p.version === version);
  if (!profile) throw new Error(`Case profile ${id} v${version} does not exist`);
  return profile;
}

/** The profile a new case runs under: voter-list objections on their short clock, the rest under the regulation. */
export function caseProfileFor(kind: CaseKind, category: string): CaseProfile {
  const versions = CASE_PROFILES[kind === 'OBJECTION' && category === 'VOTER_REGISTRATION' ? 'VOTER_LIST_OBJECTION' : 'PETITION'];
  return versions.at(-1)!;
}
