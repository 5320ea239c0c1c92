import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PROFILES, type ReviewLevel, type RuleProfile as Profile } from '@scrutineer/domain';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Allow } from '../auth/access-rule.decorator.js';
import { ReviewLevelEnum } from '../graphql/enums.js';
import { RuleProfile } from './models/rule-profile.model.js';

@Resolver(() => RuleProfile)
export class RuleProfilesResolver {
  @Query(() => [RuleProfile], { description: 'Every version of every rule profile.' })
  @Allow('election.read')
  ruleProfiles(): Profile[] {
    return Object.values(PROFILES).flat();
  }

  @ResolveField(() => [ReviewLevelEnum], { description: 'The qualification review levels a nominee passes, in order, before approval.' })
  reviewLevels(@Parent() profile: Profile): readonly ReviewLevel[] {
    return profile.candidates.reviewLevels.value;
  }

  @ResolveField(() => GraphQLJSONObject, {
    description: 'The whole profile: thresholds, margins, sizes, ages, schedule, steps; each number with `citation` and `basis` (S/P/X/D).',
    complexity: 5,
  })
  data(@Parent() profile: Profile): Record<string, unknown> {
    return profile as unknown as Record<string, unknown>;
  }
}
