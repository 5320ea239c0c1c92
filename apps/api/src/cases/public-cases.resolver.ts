import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { clipText } from '@scrutineer/domain';
import { Public } from '../auth/access-rule.decorator.js';
import type { RequestContext } from '../graphql/request-context.js';
import { FileComplaintInput } from './dto/case.inputs.js';
import { FiledComplaint, PublicCaseStatus } from './models/public-case.model.js';
import { PublicCasesService } from './public-cases.service.js';

/** For the public, without an account; rate-limited per client address (PUBLIC_RATE_LIMIT). */
@Resolver()
export class PublicCasesResolver {
  constructor(private readonly service: PublicCasesService) {}

  @Mutation(() => FiledComplaint, {
    description: 'File a complaint, anonymously unless you give your identity (kept encrypted). Keep the tracking code and PIN.',
  })
  @Public()
  fileComplaint(@Args('input') input: FileComplaintInput, @Context() ctx: RequestContext) {
    return this.service.file(ctx.req.ip ?? null, input);
  }

  @Query(() => PublicCaseStatus, {
    description: 'Where your case stands, with its tracking code and PIN. An unknown code and a wrong PIN answer alike: NOT_FOUND.',
  })
  @Public()
  caseStatus(@Args('trackingCode') trackingCode: string, @Args('pin') pin: string, @Context() ctx: RequestContext) {
    return this.service.status(ctx.req.ip ?? null, clipText(trackingCode, 40), clipText(pin, 40));
  }
}
