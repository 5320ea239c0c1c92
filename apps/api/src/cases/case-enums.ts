import { registerEnumType } from '@nestjs/graphql';
import { enumObject } from '../graphql/enums.js';
import {
  CASE_CATEGORIES,
  CASE_CHANNELS,
  CASE_KINDS,
  CASE_LEVELS,
  FINDINGS,
  REMEDIES,
  type CaseCategory,
  type CaseChannel,
  type CaseKind,
  type CaseLevel,
  type Finding,
  type Remedy,
} from '@scrutineer/domain';

export const CaseKindEnum = enumObject<CaseKind>(CASE_KINDS);
registerEnumType(CaseKindEnum, {
  name: 'CaseKind',
  description: '信访 PETITION, 举报 REPORT, 异议 OBJECTION, 咨询 ENQUIRY, 督导发现 SUPERVISION_FINDING.',
});

export const CaseChannelEnum = enumObject<CaseChannel>(CASE_CHANNELS);
registerEnumType(CaseChannelEnum, {
  name: 'CaseChannel',
  description: 'How the case came in: 热线, 来信, 来访, 网上, 举报箱, 意见箱, 监督电话, 当面, 督导组.',
});

export const CaseCategoryEnum = enumObject<CaseCategory>(CASE_CATEGORIES);
registerEnumType(CaseCategoryEnum, {
  name: 'CaseCategory',
  description: '贿选, 拉票, 宗族派性, 威胁, 程序, 资格, 选民登记, 计票, 财务审计, 征地款, 其他.',
});

export const CaseLevelEnum = enumObject<CaseLevel>(CASE_LEVELS);
registerEnumType(CaseLevelEnum, { name: 'CaseLevel', description: 'The petition ladder: 村 → 乡 → 县 → 市 → 省 → 京 (NATIONAL).' });

export const FindingEnum = enumObject<Finding>(FINDINGS);
registerEnumType(FindingEnum, { name: 'Finding', description: '查实, 部分属实, 不属实.' });

export const RemedyEnum = enumObject<Remedy>(REMEDIES);
registerEnumType(RemedyEnum, {
  name: 'Remedy',
  description: 'What a decision orders; DISQUALIFY_CANDIDATE (取消候选人资格) and ANNUL_ELECTION (选举无效) reach the election.',
});

export const CASE_QUEUES = ['MINE', 'MY_UNIT', 'OVERDUE_IN_MY_JURISDICTION'] as const;
export type CaseQueue = (typeof CASE_QUEUES)[number];
export const CaseQueueEnum = enumObject<CaseQueue>(CASE_QUEUES);
registerEnumType(CaseQueueEnum, {
  name: 'CaseQueue',
  description:
    'MINE: assigned to you; MY_UNIT: handled by your own unit; OVERDUE_IN_MY_JURISDICTION: overdue in your subtree or flagged to your unit.',
});

export const PUBLIC_CASE_KINDS = ['PETITION', 'REPORT', 'OBJECTION', 'ENQUIRY'] as const;
