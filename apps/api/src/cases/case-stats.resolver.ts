import { Args, Query, Resolver } from '@nestjs/graphql';
import { CaseStatisticsArgs } from './dto/case.inputs.js';
import { Allow } from '../auth/access-rule.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { CaseStatsService } from './case-stats.service.js';
import { CaseStatistics } from './models/case-stats.model.js';

@Resolver()
export class CaseStatsResolver {
  constructor(private readonly stats: CaseStatsService) {}

  @Query(() => CaseStatistics, {
    description:
      'Counts by channel, state and finding, on-time share per step, open vs resolved — for your jurisdiction or one in it (PETITION_HANDLER, INSPECTOR).',
  })
  @Allow('case.read')
  caseStatistics(@CurrentActor() actor: Actor, @Args() args: CaseStatisticsArgs) {
    return this.stats.statistics(actor, args.jurisdictionId, args.receivedFrom, args.receivedTo);
  }
}
