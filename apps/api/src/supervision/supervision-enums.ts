import { registerEnumType } from '@nestjs/graphql';
import { enumObject } from '../graphql/enums.js';
import {
  CHECKLIST_ANSWERS,
  OBSERVATION_CHANNELS,
  OBSERVED_STAGES,
  SEVERITIES,
  TEAM_KINDS,
  VIOLATION_CODES,
  type ChecklistAnswerValue,
  type ObservationChannel,
  type ObservedStage,
  type Severity,
  type TeamKind,
  type ViolationCode,
} from '@scrutineer/domain';

export const TeamKindEnum = enumObject<TeamKind>(TEAM_KINDS);
registerEnumType(TeamKindEnum, {
  name: 'TeamKind',
  description: '督导组 SUPERVISION, 指导组 GUIDANCE, 巡查组 INSPECTION, 观察员 OBSERVERS.',
});

export const ObservedStageEnum = enumObject<ObservedStage>(OBSERVED_STAGES);
registerEnumType(ObservedStageEnum, { name: 'ObservedStage', description: 'The step of the election observed.' });

export const ObservationChannelEnum = enumObject<ObservationChannel>(OBSERVATION_CHANNELS);
registerEnumType(ObservationChannelEnum, {
  name: 'ObservationChannel',
  description: 'WEB, MOBILE_OFFLINE (sent later in a batch) or API.',
});

export const ChecklistAnswerEnum = enumObject<ChecklistAnswerValue>(CHECKLIST_ANSWERS);
registerEnumType(ChecklistAnswerEnum, { name: 'ChecklistAnswer', description: 'YES, NO, NOT_APPLICABLE or NOT_SEEN.' });

export const ViolationCodeEnum = enumObject<ViolationCode>(VIOLATION_CODES);
registerEnumType(ViolationCodeEnum, {
  name: 'ViolationCode',
  description: '贿选, 拉票, 宗族控制, 威胁, 暗箱操作, 委托投票违规, 流动票箱违规, 跳格, 工作人员失误, 其他.',
});

export const SeverityEnum = enumObject<Severity>(SEVERITIES);
registerEnumType(SeverityEnum, { name: 'Severity', description: 'INFO, MINOR, MAJOR, CRITICAL; MAJOR and CRITICAL open a case.' });
