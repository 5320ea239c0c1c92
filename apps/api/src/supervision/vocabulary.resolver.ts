import { Query, Resolver } from '@nestjs/graphql';
import {
  CHECKLIST,
  CHECKLIST_ANSWERS,
  OBSERVATION_CHANNELS,
  OBSERVED_STAGE_LABELS,
  OBSERVED_STAGES,
  SEVERITIES,
  TEAM_KINDS,
  VIOLATION_CASE_CATEGORY,
  VIOLATION_CODE_LABELS,
  VIOLATION_CODES,
} from '@scrutineer/domain';
import { Allow } from '../auth/access-rule.decorator.js';
import { SupervisionVocabulary } from './models/vocabulary.model.js';

/** The supervision vocabulary, straight from libs/domain: what the offline app caches and what inputs take. */
@Resolver(() => SupervisionVocabulary)
export class VocabularyResolver {
  @Query(() => SupervisionVocabulary, {
    description: 'Stages, channels, checklist items, violation codes and severities an observation takes (everyone on staff).',
  })
  @Allow('election.read')
  supervisionVocabulary(): SupervisionVocabulary {
    return {
      stages: OBSERVED_STAGES.map((code) => ({ code, label: OBSERVED_STAGE_LABELS[code] })),
      channels: OBSERVATION_CHANNELS,
      answers: CHECKLIST_ANSWERS,
      checklist: CHECKLIST.map((item) => ({ ...item })),
      violationCodes: VIOLATION_CODES.map((code) => ({
        code,
        label: VIOLATION_CODE_LABELS[code],
        caseCategory: VIOLATION_CASE_CATEGORY[code],
      })),
      severities: SEVERITIES,
      teamKinds: TEAM_KINDS,
    };
  }
}
