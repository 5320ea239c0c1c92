import type { ObservedStage } from './vocabulary.js';

/**
 * The standard checklist an observer fills in on site (DOMAIN.md "Supervision checklist"; notes-seed-000 §5.2,
 * notes-seeds-001-004 §5.1). One entry per item; the numbers an item may carry are the ones an observer
 * can count there, so they can be checked against each other and against the recorded tally.
 */

export const NUMBER_FIELDS = [
  /** 应到: those entitled to attend. */
  'entitled',
  /** 实到: those present, in person or by proxy. */
  'present',
  /** 发出选票. */
  'ballotsIssued',
  /** 收回选票. */
  'ballotsReturned',
  /** The most proxies (受委托人数) the observer saw one holder carry. */
  'proxiesHeld',
  /** The cap the site applied: 每一选民接受委托人数不得超过 N 人 (seed 002:309 sets 3). */
  'maxProxiesPerHolder',
] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

export interface ChecklistItem {
  id: string;
  /** Chinese, then a short English gloss. */
  text: string;
  /** The stages at which the item can be seen; every item can be answered under OTHER. */
  stages: readonly ObservedStage[];
  numbers: readonly NumberField[];
  citation: string;
}

export const CHECKLIST = [
  {
    id: 'VOTER_LIST_POSTED',
    text: '按法定时间张榜公布选民名单，不错登、不漏登、不重登 (voter list posted on time, without wrong, missed or double entries)',
    stages: ['VOTER_REGISTRATION'],
    numbers: [],
    citation: 'seed 000 L48; seed 000 L293; seed 003:47',
  },
  {
    id: 'NOTICE_POSTED',
    text: '选举大会前5天张贴开会通知，公开选举日期、地点和投票时间 (notice of the election meeting posted at least 5 days before)',
    stages: ['CANDIDATE_PUBLICITY', 'ELECTION_MEETING'],
    numbers: [],
    citation: 'seed 000 L383; seed 000 L257',
  },
  {
    id: 'CANDIDATES_PUBLICISED',
    text: '提名候选人、正式候选人公开，考察公示 (nominees and formal candidates made public)',
    stages: ['NOMINATION', 'CANDIDATE_PUBLICITY'],
    numbers: [],
    citation: 'seed 000 L257; seed 000 L189; seed 004:32',
  },
  {
    id: 'MONITORING_INSTALLED',
    text: '会场安装监控设备 (monitoring equipment installed in the hall)',
    stages: ['ELECTION_MEETING', 'COUNTING'],
    numbers: [],
    citation: 'seed 003:5',
  },
  {
    id: 'ATTENDANCE_COUNTED',
    text: '清点人数，签到登记，应到与实到 (attendance counted: entitled and present)',
    stages: ['ELECTION_MEETING'],
    numbers: ['entitled', 'present'],
    citation: 'seed 000 L6; seed 000 L277; seed 003:8',
  },
  {
    id: 'BALLOT_BOX_SEALED',
    text: '清理票箱并封条 (ballot box shown empty and sealed)',
    stages: ['ELECTION_MEETING'],
    numbers: [],
    citation: 'seed 000 L6',
  },
  {
    id: 'SECRET_BOOTH',
    text: '设立秘密写票处并切实使用 (secret writing booth present and used)',
    stages: ['ELECTION_MEETING'],
    numbers: [],
    citation: 'seed 000 L48; seed 000 L189; seed 000 L295; seed 002:313',
  },
  {
    id: 'PROXIES_WRITTEN',
    text: '书面委托手续完备，受委托人数不超过规定 (proxies in writing, within the cap per holder)',
    stages: ['ELECTION_MEETING'],
    numbers: ['proxiesHeld', 'maxProxiesPerHolder'],
    citation: 'seed 000 L48; seed 002:309',
  },
  {
    id: 'MOBILE_BOX_ALLOWED',
    // The sources disagree: one county sends the box to voters who cannot attend, one province forbids it.
    text: '流动票箱仅在允许时、仅为因故不能到会的选民使用 (mobile ballot box only where allowed)',
    stages: ['ELECTION_MEETING'],
    numbers: [],
    citation: 'seed 000 L257; seed 002:313',
  },
  {
    id: 'BALLOTS_MATCH_PRESENT',
    text: '发出选票数与到会人数相符 (ballots issued equal voters present)',
    stages: ['ELECTION_MEETING'],
    numbers: ['ballotsIssued', 'present'],
    citation: 'DOMAIN.md "Supervision checklist"; seed 000 L6',
  },
  {
    id: 'PUBLIC_COUNTING',
    text: '公开唱票、计票，集中清点，不搞暗箱操作 (ballots called and counted in public)',
    stages: ['COUNTING'],
    numbers: ['ballotsIssued', 'ballotsReturned'],
    citation: 'seed 000 L48; seed 000 L189; seed 000 L278; seed 000 L295',
  },
  {
    id: 'RESULT_ANNOUNCED',
    text: '当场公布选举结果 (result announced on the spot)',
    stages: ['COUNTING', 'RESULT'],
    numbers: [],
    citation: 'seed 000 L257; seed 000 L295; seed 004:32',
  },
  {
    id: 'UPPER_SUPERVISOR_PRESENT',
    text: '党组织选举时上级党委派人到场监督与指导 (upper-level Party committee represented at a Party vote)',
    stages: ['ELECTION_MEETING', 'COUNTING'],
    numbers: [],
    citation: 'seed 000 L394; seed 000 L189',
  },
  {
    id: 'POLICE_STAFF_PRESENT',
    text: '警力和工作人员到场 (police and election staff present)',
    stages: ['ELECTION_MEETING', 'COUNTING'],
    numbers: [],
    citation: 'seed 000 L74; seed 000 L125; seed 003:8',
  },
  {
    id: 'HANDOVER_COMPLETED',
    text: '新老班子完成公章、账目、档案等交接 (seals, accounts and records handed over)',
    stages: ['HANDOVER'],
    numbers: [],
    citation: 'seed 000 L278',
  },
] as const satisfies readonly ChecklistItem[];

export type ChecklistItemId = (typeof CHECKLIST)[number]['id'];

const byId: ReadonlyMap<string, ChecklistItem> = new Map(CHECKLIST.map((item) => [item.id, item]));

export const isChecklistItemId = (id: string): id is ChecklistItemId => byId.has(id);

export function checklistItem(id: ChecklistItemId): ChecklistItem {
  const item = byId.get(id);
  if (!item) throw new RangeError(`Unknown checklist item ${id}`);
  return item;
}

/** The items to offer at a stage, in checklist order; OTHER offers them all. */
export function checklistForStage(stage: ObservedStage): readonly ChecklistItem[] {
  return stage === 'OTHER' ? CHECKLIST : CHECKLIST.filter((item) => (item.stages as readonly ObservedStage[]).includes(stage));
}
