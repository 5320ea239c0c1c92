import type { CitedThreshold } from './tally.js';

/**
 * Rule profiles: every number the statutes and source documents give for one kind of election, each
 * with its source, as versioned data (ARCHITECTURE.md §8). An election keeps the id and version of the
 * profile it was created under; a change of rules is a new version, never an edit.
 *
 * `basis` says how firm a number is (research note: shared/domain, "election rules" extraction):
 * S — stated as a norm in a source document; P — one locality's reported practice; X — from outside
 * the source documents (national law, provincial measures) as the notes report it; D — no source at
 * all: a design choice, made explicit so that a deployment can replace it.
 */
export type Basis = 'S' | 'P' | 'X' | 'D';

export interface Cited<T> {
  value: T;
  citation: string;
  basis: Basis;
  /** The source's words, or why the value was chosen. */
  note?: string;
}

export const ORGANIZATION_TYPES = [
  /** 村民委员会 */
  'VILLAGE_COMMITTEE',
  /** 居民委员会 */
  'RESIDENTS_COMMITTEE',
  /** 党支部 */
  'PARTY_BRANCH',
  /** 党总支 */
  'PARTY_GENERAL_BRANCH',
  /** 基层党委 */
  'PARTY_COMMITTEE',
  /** 团支部 */
  'YOUTH_LEAGUE_BRANCH',
  /** 工会 */
  'TRADE_UNION',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const PROFILE_IDS = ['VILLAGE_COMMITTEE', 'RESIDENTS_COMMITTEE', 'PARTY_BRANCH', 'YOUTH_LEAGUE_BRANCH', 'TRADE_UNION'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export const NOMINATION_ROUTES = [
  /** 自荐 */
  'SELF',
  /** 联名推荐 */
  'JOINT',
  /** 组织推荐 */
  'ORGANIZATION',
  /** 海推 (mass nomination by voters) */
  'MASS',
  /** 党员推荐 */
  'PARTY_MEMBERS',
  /** 群众推荐 */
  'MASSES',
] as const;
export type NominationRoute = (typeof NOMINATION_ROUTES)[number];

/** Levels of the candidate qualification review (资格审查), in the order they happen. */
export const REVIEW_LEVELS = [
  /** 乡镇(街道)初审 */
  'TOWNSHIP_PRELIMINARY',
  /** 县(市、区)联审: discipline, police, courts, 信访 together */
  'JOINT_REVIEW',
] as const;
export type ReviewLevel = (typeof REVIEW_LEVELS)[number];

/**
 * With few members there is no committee, only a secretary. `requiredBelow`: with fewer members than
 * this, a secretary only (no committee may be elected); `allowedUpTo`: with this many members or
 * fewer, a secretary alone may be elected instead of a committee, with approval. null: no such bound.
 */
export interface SecretaryOnlyRule {
  requiredBelow: number | null;
  allowedUpTo: number | null;
}

/** Things done before the roll, each a checkbox in preparation. */
export const PREPARATION_ITEMS = [
  /** 选举委员会 (或领导小组) 组成 */
  'COMMITTEE_FORMED',
  /** 选举办法 adopted by the representatives' or members' meeting */
  'RULES_ADOPTED',
  /** 离任审计 of the outgoing body, result published */
  'AUDIT_PUBLISHED',
] as const;
export type PreparationItem = (typeof PREPARATION_ITEMS)[number];

export interface CandidateMargin {
  /** How many more candidates than seats, at least. */
  kind: 'MORE_THAN_SEATS' | 'PERCENT';
  /** For PERCENT: the margin in percent of seats. */
  percent: number;
  /**
   * false: at least `percent`% of the seats more (不低于), rounded up to a whole person (5 seats → 6);
   * true: more than `percent`% (多于), the strict reading (5 seats → 7).
   */
  strict: boolean;
}

/**
 * Readings a deployment (or an election office, per election) may choose where the sources differ.
 * STRICT_MARGIN: 差额 "多于20%" (seed 000 L244) instead of the default "不低于20%" (seed 002:289).
 */
export const PROFILE_OPTIONS = ['STRICT_MARGIN'] as const;
export type ProfileOption = (typeof PROFILE_OPTIONS)[number];

export interface CompositionTarget {
  id: 'MIN_WOMEN' | 'MIN_UNDER_AGE' | 'MIN_SHARE_HIGH_SCHOOL' | 'MIN_SHARE_PARTY_MEMBERS';
  /** Count for MIN_*; share in percent for MIN_SHARE_*; the age for MIN_UNDER_AGE is `age`. */
  value: number;
  age?: number;
  /** Refuses certification when not met; otherwise a finding only. */
  blocking: boolean;
  text: string;
  citation: string;
  basis: Basis;
}

export interface ExclusionWindow {
  /** What the person record holds the end date of. */
  kind: 'CRIMINAL_SENTENCE' | 'REEDUCATION' | 'FAMILY_PLANNING' | 'GANG_RELATED' | 'SERIOUS_SANCTION';
  /** Years that must have passed since that date. */
  years: number;
  /** INELIGIBLE: 不能担任 (election void); UNSUITABLE: 不宜列为候选人. */
  effect: 'INELIGIBLE' | 'UNSUITABLE';
  text: string;
  citation: string;
  basis: Basis;
}

export interface RuleProfile {
  id: ProfileId;
  version: number;
  /** In Chinese: 村民委员会选举 … */
  name: string;
  organizationTypes: readonly OrganizationType[];
  /** Where and when the numbers come from: each profile belongs to one jurisdiction and period. */
  source: string;
  /** Options chosen for this election (absent: none); see PROFILE_OPTIONS. */
  options?: readonly ProfileOption[];

  tally: {
    quorum: CitedThreshold & { measure: 'VOTED' | 'PRESENT'; basis: Basis };
    election: CitedThreshold & { basis: Basis };
    extraRound: (CitedThreshold & { basis: Basis }) | null;
  };
  /** Rounds before the election counts as failed (两次选举仍未选出). */
  maxRounds: Cited<number>;
  /** After failure: days to fill only the vacancies. */
  vacancyFillDays: Cited<number>;

  candidates: {
    routes: Cited<readonly NominationRoute[]>;
    margin: Cited<CandidateMargin>;
    /** Initial list to seats, e.g. 2 for 1:2; null: none. */
    initialListRatio: Cited<number | null>;
    commitmentLetters: Cited<boolean>;
    partyAgeYears: Cited<number | null>;
    maxAge: Cited<{ years: number; effect: 'NEEDS_APPROVAL' | 'UNSUITABLE' } | null>;
    /** Youth League: new members younger than this (一般不超过28周岁). */
    newMemberMaxAge: Cited<number | null>;
    exclusions: readonly ExclusionWindow[];
    /** Review levels a nominee must pass, in order, before approval (初审, then 联审). */
    /** Never empty: a nominee becomes approved only at the last of them. */
    reviewLevels: Cited<readonly [ReviewLevel, ...ReviewLevel[]]>;
  };

  body: {
    /** Seats on the body, by organisation type (a Party branch, general branch and committee differ). */
    size: Cited<Partial<Record<OrganizationType, { min: number; max: number }>>>;
    /** Small memberships elect a secretary only. null: no such rule. */
    secretaryOnly: Cited<SecretaryOnlyRule | null>;
    composition: readonly CompositionTarget[];
  };

  voting: {
    proxy: Cited<{ allowed: boolean; maxPerHolder: number | null }>;
    mobileBox: Cited<boolean>;
    secretBooth: Cited<boolean>;
  };

  /** Days before election day T, and the voter-list objection clock. null: the step does not apply. */
  schedule: {
    selfNominationClosesDaysBefore: Cited<number | null>;
    massNominationByDaysBefore: Cited<number | null>;
    massNominationParticipation: Cited<CitedThreshold | null>;
    introductionRequestDaysBefore: Cited<number | null>;
    noticeMinDaysBefore: Cited<number | null>;
    objectionFileDays: Cited<number | null>;
    objectionAnswerDays: Cited<number | null>;
  };

  /** Steps this kind of election has. */
  steps: {
    startApproval: Cited<boolean>;
    voterRoll: Cited<boolean>;
    candidateApproval: Cited<boolean>;
    /** APPROVAL: effective only once the upper body approves; FILING: filed (备案), effective at once. */
    result: Cited<'APPROVAL' | 'FILING' | 'NONE'>;
    handover: Cited<boolean>;
    preparation: readonly PreparationItem[];
  };

  termYears: Cited<number>;
}
