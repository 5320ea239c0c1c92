import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PROFILES, describeProfile, type ProfileOption, type ReviewLevel, type RuleProfile as Profile } from '@scrutineer/domain';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Allow } from '../auth/access-rule.decorator.js';
import { ProfileOptionEnum, ReviewLevelEnum } from '../graphql/enums.js';
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

  @ResolveField(() => [ProfileOptionEnum], { description: 'Readings chosen for an election (empty for the published profile).' })
  options(@Parent() profile: Profile): readonly ProfileOption[] {
    return profile.options ?? [];
  }

  @ResolveField(() => String, {
    description:
      'Every rule written out, one a line, with its source and basis: e.g. the 差额 with its rounding and both citations (seed 002:289 不低于20%; seed 000 L244 多于20%).',
  })
  description(@Parent() profile: Profile): string {
    return describeProfile(profile);
  }

  @ResolveField(() => GraphQLJSONObject, {
    description: 'The whole profile: thresholds, margins, sizes, ages, schedule, steps; each number with `citation` and `basis` (S/P/X/D).',
    complexity: 5,
  })
  data(@Parent() profile: Profile): Record<string, unknown> {
    return profile as unknown as Record<string, unknown>;
  }
}
