/**
 * The words of complaint and petition cases (DOMAIN.md "Complaint and petition cases"; notes §6).
 * English identifiers; the Chinese terms are what handlers say.
 */

export const CASE_KINDS = [
  /** 信访: a petition by letter, visit, phone or online. */
  'PETITION',
  /** 举报: a report of wrongdoing (贿选, 拉票 …). */
  'REPORT',
  /** 异议: an objection to the voter list or to a candidate during publicity. */
  'OBJECTION',
  /** 咨询: a question; answered, no investigation. */
  'ENQUIRY',
  /** 督导发现: opened from a supervision observation with a serious violation. */
  'SUPERVISION_FINDING',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** Channels the documents name (notes-seed-000 §6.1, notes-seeds-001-004 §6.1). */
export const CASE_CHANNELS = [
  /** 热线 / 举报电话 (24-hour duty) */
  'HOTLINE',
  /** 来信 */
  'LETTER',
  /** 来访 / 上访 */
  'VISIT',
  /** 网上 / 举报平台 */
  'ONLINE',
  /** 举报箱 */
  'REPORTING_BOX',
  /** 意见箱 / 征求意见箱 */
  'OPINION_BOX',
  /** 选举监督电话 */
  'SUPERVISION_PHONE',
  /** 当面反映 */
  'IN_PERSON',
  /** 督导组现场发现 */
  'OBSERVATION',
] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

export const CASE_CATEGORIES = [
  /** 贿选 */
  'BRIBERY',
  /** 拉票 */
  'CANVASSING',
  /** 宗族派性干扰 */
  'CLAN_INTERFERENCE',
  /** 威胁, 恐吓 */
  'INTIMIDATION',
  /** 程序违法 */
  'PROCEDURE',
  /** 资格 */
  'ELIGIBILITY',
  /** 错登, 漏登, 重登 */
  'VOTER_REGISTRATION',
  /** 计票 */
  'COUNTING',
  /** 财务, 审计 */
  'FINANCE_AUDIT',
  /** 征地款 */
  'LAND_COMPENSATION',
  'OTHER',
] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

/** Each category's Chinese name, as the console, the public pages and Open311's services all show it. */
export const CASE_CATEGORY_NAMES: Readonly<Record<CaseCategory, string>> = {
  BRIBERY: '贿选',
  CANVASSING: '拉票',
  CLAN_INTERFERENCE: '宗族派性干扰',
  INTIMIDATION: '威胁恐吓',
  PROCEDURE: '程序违法',
  ELIGIBILITY: '资格问题',
  VOTER_REGISTRATION: '选民登记（错登、漏登、重登）',
  COUNTING: '计票',
  FINANCE_AUDIT: '财务审计',
  LAND_COMPENSATION: '征地补偿款',
  OTHER: '其他',
};

/**
 * The ladder a petition climbs: 村 → 乡 → 县 → 市 → 省 → 京 ("小问题不出本村、大问题不出本乡，坚决杜绝到市、
 * 去省、进京上访", seed 001:63). NATIONAL (京) lies above every jurisdiction the system holds.
 */
export const CASE_LEVELS = ['VILLAGE', 'TOWNSHIP', 'COUNTY', 'CITY', 'PROVINCE', 'NATIONAL'] as const;
export type CaseLevel = (typeof CASE_LEVELS)[number];
export const caseLevelRank = (level: CaseLevel): number => CASE_LEVELS.indexOf(level);

/** 查实 / 部分属实 / 不属实. */
export const FINDINGS = ['SUBSTANTIATED', 'PARTLY_SUBSTANTIATED', 'UNSUBSTANTIATED'] as const;
export type Finding = (typeof FINDINGS)[number];

/** What a decision orders (notes-seeds-001-004 §6.4). The last two reach the election. */
export const REMEDIES = [
  /** 解答, 澄清 */
  'EXPLANATION',
  /** 纠正 (e.g. the voter list) */
  'CORRECTION',
  /** 整改 */
  'RECTIFICATION',
  /** 党纪政务处分 / 依照党内规定处理 */
  'DISCIPLINE',
  /** 取消候选人资格 (seed 002:291, 002:305) */
  'DISQUALIFY_CANDIDATE',
  /** 选举无效 / 当选无效 (seed 002:271) */
  'ANNUL_ELECTION',
] as const;
export type Remedy = (typeof REMEDIES)[number];

/** Where a case was not accepted as such: not accepted, referred to the competent body, or merged. */
export const NON_ACCEPTANCE = ['NOT_ACCEPTED', 'REFERRED', 'MERGED'] as const;

/** What a case is about (ids of the election, candidate, organisation, place; any may be absent). */
export interface CaseSubjectIds {
  electionId: string | null;
  candidateId: string | null;
}

/**
 * Cases that hold up certification unless a handler says otherwise: serious reports about an
 * election (bribery, intimidation, miscounting), objections to a candidate, and supervision findings.
 */
export const blockingByDefault = (kind: CaseKind, category: CaseCategory, subject: CaseSubjectIds): boolean =>
  (kind === 'REPORT' && subject.electionId !== null && ['BRIBERY', 'INTIMIDATION', 'COUNTING'].includes(category)) ||
  (kind === 'OBJECTION' && subject.candidateId !== null) ||
  kind === 'SUPERVISION_FINDING';
