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
      'Cases received in a date range, in your jurisdiction or one in it: 办结 (resolved: written reply recorded), outstanding, resolution rate, on-time share per step, counts by channel, category, level, state and finding (PETITION_HANDLER, INSPECTOR).',
  })
  @Allow('case.read')
  caseStatistics(@CurrentActor() actor: Actor, @Args() args: CaseStatisticsArgs) {
    return this.stats.statistics(actor, args.jurisdictionId, args.receivedFrom, args.receivedTo);
  }
}
