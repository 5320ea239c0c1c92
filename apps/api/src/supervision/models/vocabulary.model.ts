import { Field, ObjectType } from '@nestjs/graphql';
import {
  ChecklistAnswerEnum,
  ObservationChannelEnum,
  ObservedStageEnum,
  SeverityEnum,
  TeamKindEnum,
  ViolationCodeEnum,
} from '../supervision-enums.js';

@ObjectType({ description: 'A stage of the election an observation can be about.' })
export class ObservedStageTerm {
  @Field(() => ObservedStageEnum)
  code!: string;

  @Field({ description: 'In Chinese, e.g. 唱票计票.' })
  label!: string;
}

@ObjectType({ description: 'One item of the standard checklist an observer fills in on site.' })
export class ChecklistItemDefinition {
  @Field({ description: 'e.g. SECRET_BOOTH: what ChecklistAnswerInput.item takes.' })
  id!: string;

  @Field({ description: 'In Chinese, then a short English gloss.' })
  text!: string;

  @Field(() => [ObservedStageEnum], { description: 'The stages at which it can be seen (any under OTHER).' })
  stages!: readonly string[];

  @Field(() => [String], {
    description: 'The numbers it carries: entitled, present, ballotsIssued, ballotsReturned, proxiesHeld, maxProxiesPerHolder.',
  })
  numbers!: readonly string[];

  @Field()
  citation!: string;
}

@ObjectType({ description: 'A violation an observer may record.' })
export class ViolationTerm {
  @Field(() => ViolationCodeEnum)
  code!: string;

  @Field({ description: 'In Chinese, e.g. 贿选.' })
  label!: string;

  @Field({ description: 'The case category a MAJOR or CRITICAL one opens a case under.' })
  caseCategory!: string;
}

@ObjectType({
  description:
    'Every value an observation takes, as a device needs them offline: stages, channels, answers, the checklist, violation codes and severities, team kinds.',
})
export class SupervisionVocabulary {
  @Field(() => [ObservedStageTerm])
  stages!: ObservedStageTerm[];

  @Field(() => [ObservationChannelEnum])
  channels!: readonly string[];

  @Field(() => [ChecklistAnswerEnum])
  answers!: readonly string[];

  @Field(() => [ChecklistItemDefinition])
  checklist!: ChecklistItemDefinition[];

  @Field(() => [ViolationTerm])
  violationCodes!: ViolationTerm[];

  @Field(() => [SeverityEnum], { description: 'Least to most serious; MAJOR and CRITICAL open a case.' })
  severities!: readonly string[];

  @Field(() => [TeamKindEnum])
  teamKinds!: readonly string[];
}
