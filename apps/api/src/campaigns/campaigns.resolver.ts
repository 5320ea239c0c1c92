import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { CampaignEntity, JurisdictionEntity } from '@scrutineer/db';
import { Allow } from '../auth/access-rule.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { ElectionsArgs } from '../elections/dto/election.inputs.js';
import { ElectionsService } from '../elections/elections.service.js';
import { ElectionConnection } from '../elections/models/election.model.js';
import { connectionComplexity } from '../graphql/connection.js';
import { IdArg } from '../graphql/id-arg.js';
import { PageArgs } from '../graphql/pagination.js';
import type { RequestContext } from '../graphql/request-context.js';
import { requireActor } from '../graphql/require-actor.js';
import { Jurisdiction } from '../jurisdictions/models/jurisdiction.model.js';
import { CampaignsService } from './campaigns.service.js';
import { CreateCampaignInput, UpdateCampaignInput } from './dto/campaign.inputs.js';
import { Campaign, CampaignConnection, CampaignProgress } from './models/campaign.model.js';

@Resolver(() => Campaign)
export class CampaignsResolver {
  constructor(
    private readonly service: CampaignsService,
    private readonly electionsService: ElectionsService,
  ) {}

  @Query(() => Campaign)
  @Allow('election.read')
  campaign(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<CampaignEntity> {
    return this.service.get(actor, id);
  }

  @Query(() => CampaignConnection, { complexity: connectionComplexity })
  @Allow('election.read')
  campaigns(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return this.service.list(actor, page);
  }

  @Mutation(() => Campaign, { description: 'Plan a 换届 over a jurisdiction, with its window and target date (ELECTION_OFFICE).' })
  @Allow('campaign.manage')
  createCampaign(@CurrentActor() actor: Actor, @Args('input') input: CreateCampaignInput): Promise<CampaignEntity> {
    return this.service.create(actor, input);
  }

  @Mutation(() => Campaign, { description: 'Rename a campaign or move its end and target dates (ELECTION_OFFICE).' })
  @Allow('campaign.manage')
  updateCampaign(@CurrentActor() actor: Actor, @Args('input') input: UpdateCampaignInput): Promise<CampaignEntity> {
    return this.service.update(actor, input);
  }

  @ResolveField(() => Jurisdiction)
  async jurisdiction(@Parent() c: CampaignEntity, @Context() ctx: RequestContext): Promise<JurisdictionEntity> {
    return (await ctx.loaders.jurisdiction.load(c.jurisdictionId))!;
  }

  @ResolveField(() => CampaignProgress, { complexity: 5 })
  progress(@Parent() c: CampaignEntity) {
    return this.service.progress(c);
  }

  @ResolveField(() => ElectionConnection, { complexity: connectionComplexity })
  elections(@Parent() c: CampaignEntity, @Context() ctx: RequestContext, @Args() args: ElectionsArgs) {
    const { state, overdue, organizationType } = args;
    return this.electionsService.list(requireActor(ctx), { campaignId: c.id, state, overdue, organizationType }, args);
  }
}
