import { Inject, Injectable } from '@nestjs/common';
import { addYears, badInput, electionDayProblem, localDateOf, notFound, type Clock } from '@scrutineer/domain';
import { CampaignEntity, sql } from '@scrutineer/db';
import { CLOCK } from '@scrutineer/platform';
import { conflict } from '@scrutineer/workflow';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { PlatformAudit } from '../audit/platform-audit.service.js';
import { toWorkflowActor, type Actor } from '../auth/actor.js';
import { COMPLETED_STATES, stateLabel } from '../elections/state-labels.js';
import { keysetPage, type Page, type PageArgs } from '../graphql/pagination.js';
import { insertCampaign } from './insert-campaign.js';
import type { CreateCampaignInput, UpdateCampaignInput } from './dto/campaign.inputs.js';
import type { CampaignProgress } from './models/campaign.model.js';

/** A campaign is planned within reason: it starts after 2000 and within two years, and lasts at most three. */
function assertPlausible(startsOn: string, endsOn: string, today: string): void {
  const start = electionDayProblem('startsOn', startsOn, today);
  if (!start.ok) throw badInput(start.message, { field: 'startsOn', rule: start.rule });
  if (endsOn > addYears(startsOn, 3)) throw badInput(`A campaign lasts at most three years: ${startsOn} … ${endsOn}`, { field: 'endsOn' });
}

function assertWindow(startsOn: string, endsOn: string, targetOn: string): void {
  if (startsOn > endsOn) throw badInput(`The campaign cannot end (${endsOn}) before it starts (${startsOn})`, { field: 'endsOn' });
  if (targetOn < startsOn || targetOn > endsOn)
    throw badInput(`The target date ${targetOn} must fall within ${startsOn} … ${endsOn}`, { field: 'targetOn' });
}

@Injectable()
export class CampaignsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: PlatformAudit,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<CampaignEntity> {
    const qb = manager.createQueryBuilder(CampaignEntity, 'c').where('c.id = :id', { id });
    this.access.scope(qb, 'c.jurisdiction_id', actor);
    if (lock) qb.setLock('pessimistic_write');
    const campaign = await qb.getOne();
    if (!campaign) throw notFound('Campaign');
    return campaign;
  }

  list(actor: Actor, page: PageArgs): Promise<Page<CampaignEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(CampaignEntity, 'c');
    this.access.scope(qb, 'c.jurisdiction_id', actor);
    return keysetPage(qb, page, [
      { expr: 'c.name', kind: 'text', of: (c) => c.name },
      { expr: 'c.id', kind: 'uuid', of: (c) => c.id },
    ]);
  }

  async create(actor: Actor, input: CreateCampaignInput): Promise<CampaignEntity> {
    assertWindow(input.startsOn, input.endsOn, input.targetOn);
    assertPlausible(input.startsOn, input.endsOn, localDateOf(this.clock.now()));
    return this.dataSource.transaction(async (tx) => {
      await this.access.visibleJurisdiction(actor, input.jurisdictionId, tx);
      const { jurisdictionId, name, startsOn, endsOn, targetOn } = input;
      const campaign = await insertCampaign(tx, (t, e) => this.audit.record(t, e), toWorkflowActor(actor), this.clock.now(), {
        jurisdictionId,
        name,
        startsOn,
        endsOn,
        targetOn,
      });
      return campaign;
    });
  }

  async update(actor: Actor, input: UpdateCampaignInput): Promise<CampaignEntity> {
    return this.dataSource.transaction(async (tx) => {
      const campaign = await this.get(actor, input.id, tx, true);
      if (campaign.version !== input.expectedVersion) throw conflict('campaign', campaign.id, input.expectedVersion, campaign.version);
      const next = {
        name: input.name ?? campaign.name,
        endsOn: input.endsOn ?? campaign.endsOn,
        targetOn: input.targetOn ?? campaign.targetOn,
      };
      assertWindow(campaign.startsOn, next.endsOn, next.targetOn);
      const changes = Object.fromEntries(
        (Object.keys(next) as (keyof typeof next)[])
          .filter((k) => next[k] !== campaign[k])
          .map((k) => [k, { from: campaign[k], to: next[k] }]),
      );
      if (Object.keys(changes).length === 0) return campaign;
      Object.assign(campaign, next, { updatedAt: this.clock.now(), version: campaign.version + 1 });
      await tx.update(CampaignEntity, { id: campaign.id }, { ...next, updatedAt: campaign.updatedAt, version: campaign.version });
      await this.audit.record(tx, {
        subjectType: 'campaign',
        subjectId: campaign.id,
        action: 'campaign.update',
        actor: toWorkflowActor(actor),
        jurisdictionId: campaign.jurisdictionId,
        data: { changes },
      });
      return campaign;
    });
  }

  /** How many elections are in each state, and the completed share. */
  async progress(campaign: CampaignEntity): Promise<CampaignProgress> {
    const rows = await sql<{ state: string; count: number; overdue: number }>(
      this.dataSource.manager,
      'SELECT state, count(*)::int AS count, count(*) FILTER (WHERE overdue)::int AS overdue FROM elections WHERE campaign_id = $1 GROUP BY state ORDER BY state',
      [campaign.id],
    );
    const total = rows.reduce((n, r) => n + Number(r.count), 0);
    const completed = rows.filter((r) => COMPLETED_STATES.includes(r.state)).reduce((n, r) => n + Number(r.count), 0);
    return {
      total,
      byState: rows.map((r) => ({ state: r.state, label: stateLabel(r.state), count: Number(r.count) })),
      completed,
      completedShare: total === 0 ? 0 : completed / total,
      overdue: rows.reduce((n, r) => n + Number(r.overdue), 0),
    };
  }
}
