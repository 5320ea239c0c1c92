import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { JurisdictionEntity, UserEntity } from '@scrutineer/db';
import { Allow } from '../auth/access-rule.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { IdArg } from '../graphql/id-arg.js';
import { connectionComplexity } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/request-context.js';
import { Jurisdiction } from '../jurisdictions/models/jurisdiction.model.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { ResetUserPasswordInput } from './dto/passwords.input.js';
import { UpdateUserInput } from './dto/update-user.input.js';
import { UsersArgs } from './dto/users.args.js';
import { User, UserConnection } from './models/user.model.js';
import { UsersService } from './users.service.js';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => User, { description: 'An account whose home lies in your subtree.' })
  @Allow('user.read')
  user(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<UserEntity> {
    return this.service.get(actor, id);
  }

  @Query(() => UserConnection, { description: 'Accounts in your subtree, by username.', complexity: connectionComplexity })
  @Allow('user.read')
  users(@CurrentActor() actor: Actor, @Args() args: UsersArgs) {
    const { role, withinJurisdictionId, active, search } = args;
    return this.service.list(actor, { role, withinJurisdictionId, active, search }, args);
  }

  @Mutation(() => User, { description: 'Create an account in your subtree (ADMIN).' })
  @Allow('user.manage')
  createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<UserEntity> {
    return this.service.create(actor, input);
  }

  @Mutation(() => User, { description: 'Change an account’s name, role, home jurisdiction or activity (ADMIN).' })
  @Allow('user.manage')
  updateUser(@CurrentActor() actor: Actor, @Args('input') input: UpdateUserInput): Promise<UserEntity> {
    return this.service.update(actor, input);
  }

  @Mutation(() => User, { description: 'Set a new password for an account and end its sessions (ADMIN).' })
  @Allow('user.manage')
  resetUserPassword(@CurrentActor() actor: Actor, @Args('input') input: ResetUserPasswordInput): Promise<UserEntity> {
    return this.service.resetPassword(actor, input);
  }

  @ResolveField(() => Jurisdiction, { description: 'Home jurisdiction.' })
  async jurisdiction(@Parent() user: UserEntity, @Context() ctx: RequestContext): Promise<JurisdictionEntity> {
    const found = await ctx.loaders.jurisdiction.load(user.jurisdictionId);
    if (!found) throw new Error(`User ${user.id} has no jurisdiction ${user.jurisdictionId}`);
    return found;
  }
}
