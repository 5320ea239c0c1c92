import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { JURISDICTION_LEVEL_LABELS } from '@scrutineer/domain';
import type { JurisdictionEntity } from '@scrutineer/db';
import { AccessService } from '../access/access.service.js';
import { Allow } from '../auth/access-rule.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { connectionComplexity } from '../graphql/connection.js';
import { IdArg } from '../graphql/id-arg.js';
import { PageArgs } from '../graphql/pagination.js';
import type { RequestContext } from '../graphql/request-context.js';
import { requireActor } from '../graphql/require-actor.js';
import { CreateJurisdictionInput } from './dto/create-jurisdiction.input.js';
import { JurisdictionsArgs } from './dto/jurisdictions.args.js';
import { UpdateJurisdictionInput } from './dto/update-jurisdiction.input.js';
import { JurisdictionsService } from './jurisdictions.service.js';
import { Jurisdiction, JurisdictionConnection } from './models/jurisdiction.model.js';

@Resolver(() => Jurisdiction)
export class JurisdictionsResolver {
  constructor(
    private readonly service: JurisdictionsService,
    private readonly access: AccessService,
  ) {}

  @Query(() => Jurisdiction, { description: 'One jurisdiction in your subtree.' })
  @Allow('jurisdiction.read')
  jurisdiction(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<JurisdictionEntity> {
    return this.service.get(actor, id);
  }

  @Query(() => JurisdictionConnection, {
    description: 'Jurisdictions in your subtree, by depth then name.',
    complexity: connectionComplexity,
  })
  @Allow('jurisdiction.read')
  jurisdictions(@CurrentActor() actor: Actor, @Args() args: JurisdictionsArgs) {
    const { parentId, level, nameContains } = args;
    return this.service.list(actor, { parentId, level, nameContains }, args);
  }

  @Mutation(() => Jurisdiction, { description: 'Add a jurisdiction under one in your subtree (ADMIN).' })
  @Allow('jurisdiction.manage')
  createJurisdiction(@CurrentActor() actor: Actor, @Args('input') input: CreateJurisdictionInput): Promise<JurisdictionEntity> {
    return this.service.create(actor, input);
  }

  @Mutation(() => Jurisdiction, { description: 'Rename a jurisdiction or change its code (ADMIN).' })
  @Allow('jurisdiction.manage')
  updateJurisdiction(@CurrentActor() actor: Actor, @Args('input') input: UpdateJurisdictionInput): Promise<JurisdictionEntity> {
    return this.service.update(actor, input);
  }

  @ResolveField(() => String, { description: 'The level in Chinese: 省, 市, 县(区), 乡(镇, 街道), 村(社区).' })
  levelLabel(@Parent() j: JurisdictionEntity): string {
    return JURISDICTION_LEVEL_LABELS[j.level];
  }

  @ResolveField(() => Jurisdiction, { nullable: true, description: 'The parent, if it lies in your subtree.' })
  async parent(@Parent() j: JurisdictionEntity, @Context() ctx: RequestContext): Promise<JurisdictionEntity | null> {
    if (!j.parentId) return null;
    const parent = await ctx.loaders.jurisdiction.load(j.parentId);
    return parent && ctx.req.actor && this.access.canSeePath(ctx.req.actor, parent.path) ? parent : null;
  }

  @ResolveField(() => [Jurisdiction], { description: 'Ancestors within your subtree, top first.' })
  async ancestors(@Parent() j: JurisdictionEntity, @Context() ctx: RequestContext): Promise<JurisdictionEntity[]> {
    if (!ctx.req.actor) return [];
    const found = await ctx.loaders.jurisdiction.loadMany(this.service.visibleAncestorIds(ctx.req.actor, j));
    return found.filter((x): x is JurisdictionEntity => x !== null && !(x instanceof Error));
  }

  @ResolveField(() => JurisdictionConnection, { complexity: connectionComplexity })
  children(@Parent() j: JurisdictionEntity, @Context() ctx: RequestContext, @Args() page: PageArgs) {
    return this.service.children(requireActor(ctx), j, page);
  }
}
