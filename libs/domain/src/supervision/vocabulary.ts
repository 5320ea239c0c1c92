import type { CaseCategory } from '../cases/vocabulary.js';
/**
 * The words of on-site supervision (DOMAIN.md "Supervision checklist"; notes-seed-000 §5, notes-seeds-001-004 §5).
 * English identifiers; the Chinese terms are what supervisors say.
 */

/** Who goes out to watch an election. */
export const TEAM_KINDS = [
  /** 督导组: a county group that attends each formal vote in person (seed 000 L125). */
  'SUPERVISION',
  /** 指导组 / 换届选举指导组: guides and watches the townships and villages (seed 000 L14, L25; seed 001:27). */
  'GUIDANCE',
  /** 巡查组 / 督查组: tours and inspects (seed 002:335; seed 004:182). */
  'INSPECTION',
  /** 选举观察员 (seed 000 L34, L125) or a 选举工作监督委员会 (seed 004:32): present for the whole election. */
  'OBSERVERS',
] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

/** The part of the election's life an observation is about. */
export const OBSERVED_STAGES = [
  /** 选民登记 and the posted voter list. */
  'VOTER_REGISTRATION',
  /** 提名, 推荐 of candidates. */
  'NOMINATION',
  /** 候选人公示 / 公开. */
  'CANDIDATE_PUBLICITY',
  /** Polling day: 签到 and attendance, ballots, writing and casting (选举大会). */
  'ELECTION_MEETING',
  /** 唱票, 计票. */
  'COUNTING',
  /** 当场公布选举结果 and its confirmation. */
  'RESULT',
  /** 工作交接 between the old and new committees (seed 000 L278). */
  'HANDOVER',
  'OTHER',
] as const;
export type ObservedStage = (typeof OBSERVED_STAGES)[number];

/** How an observation reached the system; every version records it (Apollo's channel, anchors §A.1.1). */
export const OBSERVATION_CHANNELS = [
  'WEB',
  /** Written on a phone without signal and sent later: observedAt can be well before receipt. */
  'MOBILE_OFFLINE',
  'API',
] as const;
export type ObservationChannel = (typeof OBSERVATION_CHANNELS)[number];

export const CHECKLIST_ANSWERS = [
  'YES',
  'NO',
  /** The item does not arise here, e.g. no proxies at a Party vote. */
  'NOT_APPLICABLE',
  /** The observer was not there to see it: no view either way. */
  'NOT_SEEN',
] as const;
export type ChecklistAnswerValue = (typeof CHECKLIST_ANSWERS)[number];

/** What an observer may find wrong (notes-seed-000 §5.4, notes-seeds-001-004 §5.2). */
export const VIOLATION_CODES = [
  /** 贿选 (seed 000 L20; seed 004:68) */
  'BRIBERY',
  /** 拉票 (seed 000 L20; seed 004:68, 004:240) */
  'CANVASSING',
  /** 宗族控制 / 宗族宗派势力控制民意 (seed 000 L37, L260; seed 001:63) */
  'CLAN_CONTROL',
  /** 威胁, 恐吓: 妨碍党员、群众行使民主权利 (seed 004:68; seed 001:63) */
  'INTIMIDATION',
  /** 暗箱操作: counting out of sight (seed 000 L189, L278) */
  'BLACK_BOX_COUNTING',
  /** Proxies over the cap, re-delegated, or held by a candidate (seed 002:309) */
  'PROXY_ABUSE',
  /** 流动票箱 where the rules forbid it, or for voters who could attend (seed 002:313; seed 000 L257) */
  'MOBILE_BOX_MISUSE',
  /** 跳格: a step skipped or taken out of order (seed 001:61) */
  'SKIPPED_STEP',
  /** 操作不当, 违反选举程序 by election staff (seed 000 L260) */
  'STAFF_ERROR',
  'OTHER',
] as const;
export type ViolationCode = (typeof VIOLATION_CODES)[number];

/** Least to most serious. */
export const SEVERITIES = ['INFO', 'MINOR', 'MAJOR', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);

/** MAJOR and CRITICAL findings open a case (督导发现, the SUPERVISION_FINDING case kind). */
export const isSerious = (severity: Severity): boolean => severityRank(severity) >= severityRank('MAJOR');

/** The worst of several severities; null for none. */
export function highestSeverity(severities: readonly Severity[]): Severity | null {
  let worst: Severity | null = null;
  for (const s of severities) if (worst === null || severityRank(s) > severityRank(worst)) worst = s;
  return worst;
}

/** The case category a violation falls under, when a serious one opens a supervision finding. */
export const VIOLATION_CASE_CATEGORY: Readonly<Record<ViolationCode, CaseCategory>> = {
  BRIBERY: 'BRIBERY',
  CANVASSING: 'CANVASSING',
  CLAN_CONTROL: 'CLAN_INTERFERENCE',
  INTIMIDATION: 'INTIMIDATION',
  BLACK_BOX_COUNTING: 'COUNTING',
  PROXY_ABUSE: 'PROCEDURE',
  MOBILE_BOX_MISUSE: 'PROCEDURE',
  SKIPPED_STEP: 'PROCEDURE',
  STAFF_ERROR: 'PROCEDURE',
  OTHER: 'OTHER',
};

/** What supervisors call each stage (for screens and the vocabulary query). */
export const OBSERVED_STAGE_LABELS: Readonly<Record<ObservedStage, string>> = {
  VOTER_REGISTRATION: '选民登记',
  NOMINATION: '候选人提名',
  CANDIDATE_PUBLICITY: '候选人公示',
  ELECTION_MEETING: '选举大会 (投票)',
  COUNTING: '唱票计票',
  RESULT: '公布选举结果',
  HANDOVER: '工作交接',
  OTHER: '其他',
};

/** What supervisors call each violation. */
export const VIOLATION_CODE_LABELS: Readonly<Record<ViolationCode, string>> = {
  BRIBERY: '贿选',
  CANVASSING: '拉票',
  CLAN_CONTROL: '宗族宗派势力控制',
  INTIMIDATION: '威胁恐吓',
  BLACK_BOX_COUNTING: '暗箱操作',
  PROXY_ABUSE: '委托投票违规',
  MOBILE_BOX_MISUSE: '流动票箱违规',
  SKIPPED_STEP: '跳格 (程序缺失)',
  STAFF_ERROR: '工作人员操作不当',
  OTHER: '其他',
};
