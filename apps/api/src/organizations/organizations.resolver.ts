import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { profileFor } from '@scrutineer/domain';
import type { JurisdictionEntity, OrganizationEntity } from '@scrutineer/db';
import { Allow } from '../auth/access-rule.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { connectionComplexity } from '../graphql/connection.js';
import { IdArg } from '../graphql/id-arg.js';
import type { RequestContext } from '../graphql/request-context.js';
import { Jurisdiction } from '../jurisdictions/models/jurisdiction.model.js';
import { RuleProfile } from '../elections/models/rule-profile.model.js';
import { CreateOrganizationInput, OrganizationsArgs, UpdateOrganizationInput } from './dto/organization.inputs.js';
import { Organization, OrganizationConnection } from './models/organization.model.js';
import { OrganizationsService } from './organizations.service.js';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Query(() => Organization)
  @Allow('election.read')
  organization(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<OrganizationEntity> {
    return this.service.get(actor, id);
  }

  @Query(() => OrganizationConnection, { description: 'Bodies to be elected in your subtree, by name.', complexity: connectionComplexity })
  @Allow('election.read')
  organizations(@CurrentActor() actor: Actor, @Args() args: OrganizationsArgs) {
    const { withinJurisdictionId, type } = args;
    return this.service.list(actor, { withinJurisdictionId, type }, args);
  }

  @Mutation(() => Organization, { description: 'Register a body to be elected (ADMIN, ELECTION_OFFICE).' })
  @Allow('organization.manage')
  createOrganization(@CurrentActor() actor: Actor, @Args('input') input: CreateOrganizationInput): Promise<OrganizationEntity> {
    return this.service.create(actor, input);
  }

  @Mutation(() => Organization, { description: 'Rename a body or change its member count (ADMIN, ELECTION_OFFICE).' })
  @Allow('organization.manage')
  updateOrganization(@CurrentActor() actor: Actor, @Args('input') input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    return this.service.update(actor, input);
  }

  @ResolveField(() => Jurisdiction)
  async jurisdiction(@Parent() o: OrganizationEntity, @Context() ctx: RequestContext): Promise<JurisdictionEntity> {
    return (await ctx.loaders.jurisdiction.load(o.jurisdictionId))!;
  }

  @ResolveField(() => RuleProfile, { description: 'The rules a new election of this body is created under.' })
  profile(@Parent() o: OrganizationEntity) {
    return profileFor(o.type);
  }
}
