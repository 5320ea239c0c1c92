import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/access-rule.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { AvailableAction } from '../graphql/available-action.model.js';
import { IdArg } from '../graphql/id-arg.js';
import {
  ChangeOrderDueInput,
  IssueRectificationOrderInput,
  OrderReasonInput,
  OrderStepInput,
  RectifyOrderInput,
  VerifyOrderInput,
} from './dto/order.inputs.js';
import { RectificationOrder } from './models/supervision.model.js';
import { OrdersService, type OrderRow } from './orders.service.js';

const toOrder = (o: OrderRow) => {
  const c = o.snapshot.context as Record<string, unknown>;
  return {
    id: o.id,
    version: Number(o.version),
    electionId: o.election_id,
    observationId: o.observation_id,
    teamId: o.team_id,
    state: o.state,
    requirement: c.requirement as string,
    dueOn: o.due_on,
    overdue: o.overdue,
    blocking: o.blocking,
    rectification: (c.rectification as Record<string, unknown> | null) ?? null,
    verification: (c.verification as Record<string, unknown> | null) ?? null,
    rejections: (c.rejections as Record<string, unknown>[]) ?? [],
  };
};

const TEAM = ' (SUPERVISOR of the issuing team)';
const ELECTION_SIDE = ' (ELECTION_COMMITTEE, ELECTION_OFFICE)';

/** Rectification orders: one mutation per step, each taking the version you read. */
@Resolver(() => RectificationOrder)
export class OrdersResolver {
  constructor(private readonly orders: OrdersService) {}

  private async step(actor: Actor, input: OrderStepInput, type: string, payload: Record<string, unknown> = {}) {
    return toOrder(await this.orders.act(actor, input.id, input.expectedVersion, { type, ...payload }));
  }

  @Query(() => RectificationOrder)
  @Allow('election.read')
  async rectificationOrder(@CurrentActor() actor: Actor, @IdArg('id') id: string) {
    return toOrder(await this.orders.get(actor, id));
  }

  @Query(() => [RectificationOrder], { description: 'An election’s rectification orders, oldest first (its committee sees them too).' })
  @Allow('election.read')
  async rectificationOrders(@CurrentActor() actor: Actor, @IdArg('electionId') electionId: string) {
    return (await this.orders.list(actor, { electionId })).map(toOrder);
  }

  @Query(() => [RectificationOrder], { description: 'The rectification orders that follow from an observation.' })
  @Allow('election.read')
  async observationOrders(@CurrentActor() actor: Actor, @IdArg('observationId') observationId: string) {
    return (await this.orders.list(actor, { observationId })).map(toOrder);
  }

  @Query(() => [AvailableAction], { description: 'What can be done with the order now, and why not.' })
  @Allow('election.read')
  async rectificationOrderActions(@CurrentActor() actor: Actor, @IdArg('id') id: string) {
    await this.orders.get(actor, id);
    return this.orders.availableActions(actor, id);
  }

  @Mutation(() => RectificationOrder, {
    description: `Issue a rectification order (整改通知) to an election your team covers (SUPERVISOR).`,
  })
  @Allow('supervision.observe')
  async issueRectificationOrder(@CurrentActor() actor: Actor, @Args('input') input: IssueRectificationOrderInput) {
    return toOrder(await this.orders.issue(actor, input));
  }

  @Mutation(() => RectificationOrder, { description: `Acknowledge an order${ELECTION_SIDE}.` })
  @Allow('rectification.respond')
  acknowledgeRectificationOrder(@CurrentActor() a: Actor, @Args('input') i: OrderStepInput) {
    return this.step(a, i, 'ACKNOWLEDGE');
  }

  @Mutation(() => RectificationOrder, { description: `Report it put right, with the evidence${ELECTION_SIDE}.` })
  @Allow('rectification.respond')
  async rectifyRectificationOrder(@CurrentActor() a: Actor, @Args('input') i: RectifyOrderInput) {
    await this.orders.assertEvidence(a, i.attachmentIds);
    return this.step(a, i, 'RECTIFY', { evidence: i.evidence, attachmentIds: i.attachmentIds });
  }

  @Mutation(() => RectificationOrder, { description: `Verify the rectification: the order is done${TEAM}.` })
  @Allow('supervision.observe')
  verifyRectificationOrder(@CurrentActor() a: Actor, @Args('input') i: VerifyOrderInput) {
    return this.step(a, i, 'VERIFY', i.note ? { note: i.note } : {});
  }

  @Mutation(() => RectificationOrder, { description: `Reject the rectification: back to issued${TEAM}.` })
  @Allow('supervision.observe')
  rejectRectificationOrder(@CurrentActor() a: Actor, @Args('input') i: OrderReasonInput) {
    return this.step(a, i, 'REJECT', { reason: i.reason });
  }

  @Mutation(() => RectificationOrder, { description: `Move the due day${TEAM}.` })
  @Allow('supervision.observe')
  changeRectificationOrderDue(@CurrentActor() a: Actor, @Args('input') i: ChangeOrderDueInput) {
    return this.step(a, i, 'CHANGE_DUE', { dueOn: i.dueOn, reason: i.reason });
  }

  @Mutation(() => RectificationOrder, { description: `Withdraw the order${TEAM}.` })
  @Allow('supervision.observe')
  cancelRectificationOrder(@CurrentActor() a: Actor, @Args('input') i: OrderReasonInput) {
    return this.step(a, i, 'CANCEL', { reason: i.reason });
  }
}
