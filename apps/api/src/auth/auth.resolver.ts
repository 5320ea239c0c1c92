import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UserEntity } from '@scrutineer/db';
import type { RequestContext } from '../graphql/request-context.js';
import { SelectedFields } from '../graphql/selected-fields.js';
import { ChangeMyPasswordInput } from '../users/dto/passwords.input.js';
import { User } from '../users/models/user.model.js';
import { UsersService } from '../users/users.service.js';
import { Allow, Public } from './access-rule.decorator.js';
import type { Actor } from './actor.js';
import { AuthService, type Session } from './auth.service.js';
import { CurrentActor } from './current-actor.decorator.js';
import { LoginInput } from './dto/login.input.js';
import { LoginPayload } from './models/login-payload.model.js';

/** User fields the signed-in actor carries. */
const SESSION_FIELDS = new Set(['id', 'username', 'role']);

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => LoginPayload, { description: 'Sign in. Repeated failures lock the account for a while.' })
  @Public()
  async login(@Args('input') input: LoginInput, @Context() ctx: RequestContext): Promise<Session> {
    const session = await this.auth.login(input.username, input.password, ctx.req.ip ?? null);
    // Fields of the payload (user.jurisdiction, …) are resolved as the new session.
    ctx.req.actor = session.actor;
    return session;
  }

  @Query(() => User, { description: 'Your own account.' })
  @Allow('session.self')
  me(@CurrentActor() actor: Actor, @SelectedFields() fields: Set<string>): Promise<UserEntity> {
    // The session's own fields need no read: they are the account as this very request was authorized
    // (read at most SESSION_CACHE_SECONDS ago, at once after a change made in this process).
    if ([...fields].every((f) => SESSION_FIELDS.has(f))) {
      return Promise.resolve(Object.assign(new UserEntity(), { id: actor.userId, username: actor.username, role: actor.role }));
    }
    return this.users.get(actor, actor.userId);
  }

  @Mutation(() => LoginPayload, { description: 'Change your password; your other sessions end and a new token is returned.' })
  @Allow('session.self')
  changeMyPassword(@CurrentActor() actor: Actor, @Args('input') input: ChangeMyPasswordInput): Promise<Session> {
    return this.auth.changeMyPassword(actor, input.currentPassword, input.newPassword);
  }
}
