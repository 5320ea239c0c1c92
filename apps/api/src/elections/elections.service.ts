import { Inject, Injectable } from '@nestjs/common';
import {
  badInput,
  bodySize,
  electionDayProblem,
  localDateOf,
  migrateElectionContext,
  notFound,
  parseLocalDate,
  profileFor,
  ruleViolation,
  withOptions,
  type Clock,
  type ElectionContext,
  type ElectionInput,
  type RuleResult,
} from '@scrutineer/domain';
import { CLOCK } from '@scrutineer/platform';
import { ElectionEntity, ElectionRoundEntity, sql } from '@scrutineer/db';
import { WorkflowEngine, retryingTransaction, type AvailableAction } from '@scrutineer/workflow';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { toWorkflowActor, type Actor } from '../auth/actor.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { keysetPage, type Page, type PageArgs } from '../graphql/pagination.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import type { CreateElectionInput, ElectionsArgs } from './dto/election.inputs.js';

export type ElectionFilter = Pick<
  ElectionsArgs,
  'state' | 'withinJurisdictionId' | 'campaignId' | 'organizationType' | 'overdue' | 'electionDayFrom' | 'electionDayTo'
>;

/** A rule's refusal as RULE_VIOLATION, with its rule id, citation and numbers. */
function refuseUnless(result: RuleResult, field: string): void {
  if (result.ok) return;
  throw ruleViolation(result.message + (result.citation ? ` (${result.citation})` : ''), {
    field,
    rule: result.rule,
    citation: result.citation ?? null,
    values: result.values ?? {},
  });
}

/** The election's context, brought up to the running machine's version (older rows are upgraded on their next step). */
export const contextOf = (e: ElectionEntity): ElectionContext => migrateElectionContext(e.snapshot.context, e.machineVersion);

/** Elections: reading in scope, creating, and every step through the workflow runtime. */
@Injectable()
export class ElectionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly engine: WorkflowEngine,
    private readonly organizations: OrganizationsService,
    private readonly campaigns: CampaignsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<ElectionEntity> {
    const qb = manager.createQueryBuilder(ElectionEntity, 'e').where('e.id = :id', { id });
    this.access.scope(qb, 'e.jurisdiction_id', actor);
    const election = await qb.getOne();
    if (!election) throw notFound('Election');
    return election;
  }

  async list(actor: Actor, filter: ElectionFilter, page: PageArgs): Promise<Page<ElectionEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(ElectionEntity, 'e');
    this.access.scope(qb, 'e.jurisdiction_id', actor);
    if (filter.state) {
      if (filter.state.endsWith('.')) qb.andWhere('starts_with(e.state, :state)', { state: filter.state });
      else qb.andWhere('e.state = :state', { state: filter.state });
    }
    if (filter.withinJurisdictionId) {
      const within = await this.access.visibleJurisdiction(actor, filter.withinJurisdictionId);
      qb.andWhere('EXISTS (SELECT 1 FROM jurisdictions wj WHERE wj.id = e.jurisdiction_id AND wj.path LIKE :withinPrefix)', {
        withinPrefix: `${within.path}%`,
      });
    }
    if (filter.campaignId) qb.andWhere('e.campaign_id = :campaignId', { campaignId: filter.campaignId });
    if (filter.organizationType) {
      qb.andWhere('EXISTS (SELECT 1 FROM organizations o WHERE o.id = e.organization_id AND o.type = :orgType)', {
        orgType: filter.organizationType,
      });
    }
    if (filter.overdue !== undefined) qb.andWhere('e.overdue = :overdue', { overdue: filter.overdue });
    if (filter.electionDayFrom) qb.andWhere('e.election_day >= :from', { from: filter.electionDayFrom });
    if (filter.electionDayTo) qb.andWhere('e.election_day <= :to', { to: filter.electionDayTo });
    return keysetPage(qb, page, [
      { expr: 'e.election_day::text', kind: 'text', of: (e) => e.electionDay },
      { expr: 'e.id', kind: 'uuid', of: (e) => e.id },
    ]);
  }

  async create(actor: Actor, input: CreateElectionInput): Promise<ElectionEntity> {
    const posts = input.posts.map((p) => ({ post: p.post.trim(), seats: p.seats }));
    if (new Set(posts.map((p) => p.post)).size !== posts.length) throw badInput('Each post may appear only once', { field: 'posts' });
    const electionDay = parseLocalDate(input.electionDay, 'electionDay');
    const id = await retryingTransaction(this.dataSource, async (tx) => {
      const organization = await this.organizations.get(actor, input.organizationId, tx);
      if (input.campaignId) {
        const campaign = await this.campaigns.get(actor, input.campaignId, tx);
        const inCampaign = await sql(
          tx,
          `SELECT 1 FROM jurisdictions c, jurisdictions o WHERE c.id = $1 AND o.id = $2 AND starts_with(o.path, c.path)`,
          [campaign.jurisdictionId, organization.jurisdictionId],
        );
        if (inCampaign.length === 0) throw badInput('The organisation lies outside the campaign’s jurisdiction', { field: 'campaignId' });
      }
      const profile = withOptions(profileFor(organization.type), input.profileOptions ?? []);
      // What the rules forbid outright is refused now, not at submission: the seats for this body and membership.
      const today = localDateOf(this.clock.now());
      refuseUnless(electionDayProblem('electionDay', electionDay, today), 'electionDay');
      if (electionDay < today) {
        throw ruleViolation(`Election day ${electionDay} is in the past (today is ${today})`, {
          field: 'electionDay',
          rule: 'election-day-past',
          citation: null,
          values: { electionDay, today },
        });
      }
      refuseUnless(
        bodySize(
          profile,
          organization.type,
          organization.memberCount,
          posts.reduce((n, p) => n + p.seats, 0),
        ),
        'posts',
      );
      const machineInput: ElectionInput = {
        profile,
        organizationType: organization.type,
        memberCount: organization.memberCount,
        electionDay,
        posts,
      };
      const created = await this.engine.create(
        'election',
        {
          jurisdictionId: organization.jurisdictionId,
          input: machineInput as unknown as Record<string, unknown>,
          columns: {
            organization_id: organization.id,
            campaign_id: input.campaignId ?? null,
            profile_id: profile.id,
            profile_version: profile.version,
            profile_options: profile.options ?? [],
          },
        },
        toWorkflowActor(actor),
        tx,
      );
      return created.id;
    });
    return this.get(actor, id);
  }

  /** One step of the lifecycle; refused steps leave nothing behind and say why. */
  async act(actor: Actor, id: string, expectedVersion: number, event: { type: string } & Record<string, unknown>): Promise<ElectionEntity> {
    await this.get(actor, id);
    await this.engine.send({ type: 'election', id }, event, toWorkflowActor(actor), { expectedVersion });
    return this.get(actor, id);
  }

  availableActions(actor: Actor, election: ElectionEntity): Promise<AvailableAction[]> {
    return this.engine.availableActions({ type: 'election', id: election.id }, toWorkflowActor(actor));
  }

  rounds(electionId: string): Promise<ElectionRoundEntity[]> {
    return this.dataSource.manager.find(ElectionRoundEntity, { where: { electionId }, order: { number: 'ASC' } });
  }
}
