import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/access-rule.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { connectionComplexity } from '../graphql/connection.js';
import { LateEntriesService } from './late-entries.service.js';
import { LateEntriesArgs, LateEntry, LateEntryConnection } from './late-entry.model.js';

@Resolver(() => LateEntry)
export class LateEntriesResolver {
  constructor(private readonly service: LateEntriesService) {}

  @Query(() => LateEntryConnection, {
    description:
      'Dates entered more than LATE_ENTRY_DAYS after the day they name (补录), with the reason given, in your subtree: elections, candidates, cases and observations. INSPECTOR, ADMIN.',
    complexity: connectionComplexity,
  })
  @Allow('audit.read')
  lateEntries(@CurrentActor() actor: Actor, @Args() args: LateEntriesArgs) {
    const { first, after, ...filter } = args;
    return this.service.list(actor, filter, { first, after });
  }
}
