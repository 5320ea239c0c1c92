import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { conflicts, siteSummary } from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import { DataSource } from 'typeorm';
import { Allow } from '../auth/access-rule.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { connectionComplexity } from '../graphql/connection.js';
import { IdArg } from '../graphql/id-arg.js';
import { CoverageService } from './coverage.service.js';
import { ObservationBatchPipe, type ObservationBatch } from './dto/observation-batch.pipe.js';
import { AmendObservationInput, ObservationsArgs, SubmitObservationsInput } from './dto/observation.inputs.js';
import { AssignTeamInput, CoverageArgs, CreateTeamInput, TeamMemberInput } from './dto/team.inputs.js';
import {
  Observation,
  ObservationAmendment,
  ObservationAttachment,
  ObservationConnection,
  SiteSummary,
  SubmissionResult,
  SupervisionCoverage,
  SupervisionTeam,
} from './models/supervision.model.js';
import { ObservationsService, siteKey, type ObservationRow } from './observations.service.js';
import { SupervisionAccess } from './supervision-access.js';
import { TeamsService, type TeamRow } from './teams.service.js';

export const toObservation = (o: ObservationRow) => ({
  id: o.id,
  electionId: o.election_id,
  teamId: o.team_id,
  observerId: o.observer_id,
  stage: o.stage,
  channel: o.channel,
  site: o.site,
  observedAt: new Date(o.observed_at),
  submittedAt: new Date(o.submitted_at),
  recordedLate: o.recorded_late ?? false,
  lateReason: o.late_reason ?? null,
  checklist: o.checklist,
  violations: o.violations,
  flags: o.flags,
  narrative: o.narrative,
  maxSeverity: o.max_severity,
});

const SUPERVISOR = ' (SUPERVISOR)';
const READERS = ' (SUPERVISOR within the assignment; ELECTION_OFFICE, INSPECTOR)';

@Resolver()
export class SupervisionResolver {
  constructor(
    private readonly teams: TeamsService,
    private readonly observations: ObservationsService,
    private readonly coverageService: CoverageService,
    private readonly supervision: SupervisionAccess,
    private readonly dataSource: DataSource,
  ) {}

  private async team(t: TeamRow) {
    return {
      id: t.id,
      kind: t.kind,
      name: t.name,
      jurisdictionId: t.jurisdiction_id,
      leaderId: t.leader_id,
      members: (await this.teams.members(t.id)).map((m) => ({ id: m.id, username: m.username, displayName: m.display_name })),
      assignments: (await this.teams.assignments(t.id)).map((a) => ({ electionId: a.election_id, jurisdictionId: a.jurisdiction_id })),
    };
  }

  @Query(() => [SupervisionTeam], { description: `Teams: yours, or those your jurisdiction sent${READERS}.` })
  @Allow('supervision.read')
  async supervisionTeams(@CurrentActor() actor: Actor) {
    return Promise.all((await this.teams.list(actor)).map((t) => this.team(t)));
  }

  @Mutation(() => SupervisionTeam, { description: 'Set up a supervision team (ELECTION_OFFICE).' })
  @Allow('supervision.manage')
  async createSupervisionTeam(@CurrentActor() actor: Actor, @Args('input') input: CreateTeamInput) {
    return this.team(await this.teams.create(actor, input));
  }

  @Mutation(() => SupervisionTeam, { description: 'Add a supervisor to a team (ELECTION_OFFICE).' })
  @Allow('supervision.manage')
  async addSupervisionTeamMember(@CurrentActor() actor: Actor, @Args('input') input: TeamMemberInput) {
    return this.team(await this.teams.addMember(actor, input.teamId, input.userId));
  }

  @Mutation(() => SupervisionTeam, { description: 'Take a supervisor off a team (ELECTION_OFFICE).' })
  @Allow('supervision.manage')
  async removeSupervisionTeamMember(@CurrentActor() actor: Actor, @Args('input') input: TeamMemberInput) {
    return this.team(await this.teams.removeMember(actor, input.teamId, input.userId));
  }

  @Mutation(() => SupervisionTeam, { description: 'Give a team an election, or a jurisdiction’s subtree, to cover (ELECTION_OFFICE).' })
  @Allow('supervision.manage')
  async assignSupervisionTeam(@CurrentActor() actor: Actor, @Args('input') input: AssignTeamInput) {
    return this.team(await this.teams.assign(actor, input));
  }

  @Mutation(() => SupervisionTeam, { description: 'Name another team leader (ELECTION_OFFICE).' })
  @Allow('supervision.manage')
  async setSupervisionTeamLeader(@CurrentActor() actor: Actor, @Args('input') input: TeamMemberInput) {
    return this.team(await this.teams.setLeader(actor, input.teamId, input.userId));
  }

  @Mutation(() => SupervisionTeam, { description: 'Take an election or jurisdiction off a team’s assignment (ELECTION_OFFICE).' })
  @Allow('supervision.manage')
  async unassignSupervisionTeam(@CurrentActor() actor: Actor, @Args('input') input: AssignTeamInput) {
    return this.team(await this.teams.unassign(actor, input));
  }

  @Mutation(() => [SubmissionResult], {
    description: `Submit up to 1,000 observations, each with the id your device gave it. Sending the same again creates nothing new; invalid ones are reported one by one while the valid ones are stored${SUPERVISOR}.`,
  })
  @Allow('supervision.observe')
  async submitObservations(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => SubmitObservationsInput }, ObservationBatchPipe) input: ObservationBatch,
  ) {
    const results = await this.observations.submit(actor, input.observations);
    return results.map((r) => ({
      ...r,
      problems: r.problems.map((p) => ({ rule: p.field, message: p.message, citation: null, values: {} })),
    }));
  }

  @Mutation(() => Observation, {
    description: `Record a correction: the original stays as submitted (the observer or the team leader)${SUPERVISOR}.`,
  })
  @Allow('supervision.observe')
  async amendObservation(@CurrentActor() actor: Actor, @Args('input') input: AmendObservationInput) {
    return toObservation(await this.observations.amend(actor, input));
  }

  @Query(() => Observation)
  @Allow('supervision.read')
  async observation(@CurrentActor() actor: Actor, @IdArg('id') id: string) {
    return toObservation(await this.observations.get(actor, id));
  }

  @Query(() => [ObservationAmendment], { description: 'An observation’s amendments, oldest first.' })
  @Allow('supervision.read')
  async observationAmendments(@CurrentActor() actor: Actor, @IdArg('id') id: string) {
    await this.observations.get(actor, id);
    return (await this.observations.amendments(id)).map((a) => ({
      id: a.id,
      amendedBy: a.amended_by,
      amendedAt: new Date(a.amended_at),
      reason: a.reason,
      changes: a.changes,
    }));
  }

  @Query(() => [ObservationAttachment], { description: 'The photos and scans attached to an observation.' })
  @Allow('supervision.read')
  async observationAttachments(@CurrentActor() actor: Actor, @IdArg('id') id: string) {
    await this.observations.get(actor, id);
    const rows = await sql<{
      id: string;
      name: string;
      media_type: string;
      size: string;
      sha256: string | null;
      completed_at: Date | null;
    }>(
      this.dataSource.manager,
      'SELECT id, name, media_type, size, sha256, completed_at FROM observation_attachments WHERE observation_id = $1 ORDER BY created_at',
      [id],
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      mediaType: r.media_type,
      size: Number(r.size),
      sha256: r.sha256,
      complete: r.completed_at !== null,
    }));
  }

  @Query(() => [ID], { description: 'Cases opened from an observation (a serious violation opens one).' })
  @Allow('supervision.read')
  async observationCases(@CurrentActor() actor: Actor, @IdArg('id') id: string) {
    await this.observations.get(actor, id);
    return (await sql<{ id: string }>(this.dataSource.manager, 'SELECT id FROM cases WHERE observation_id = $1', [id])).map((r) => r.id);
  }

  @Query(() => ObservationConnection, {
    name: 'observations',
    description: `Observations, latest observed last${READERS}.`,
    complexity: connectionComplexity,
  })
  @Allow('supervision.read')
  observations_(@CurrentActor() actor: Actor, @Args() args: ObservationsArgs) {
    const { first, after, ...filter } = args;
    return this.observations.list(actor, filter, { first, after }).then((page) => ({
      ...page,
      edges: page.edges.map((e) => ({ ...e, node: toObservation(e.node) })),
    }));
  }

  /** One site and stage across its observers, each observation as it reads now (amendments applied). */
  private async summarize(actor: Actor, electionId: string, site: string, stage: string) {
    const rows = await sql<{ id: string; username: string }>(
      this.dataSource.manager,
      `SELECT o.id, u.username FROM observations o JOIN users u ON u.id = o.observer_id
        WHERE o.election_id = $1 AND o.site_key = $2 AND o.stage = $3`,
      [electionId, siteKey(site), stage],
    );
    const current = await Promise.all(
      rows.map(async (r) => ({
        observationId: r.id,
        observer: r.username,
        checklist: (await this.observations.current(this.dataSource.manager, await this.observations.get(actor, r.id))).checklist,
      })),
    );
    const items = siteSummary(current);
    return {
      site,
      stage,
      observers: new Set(current.map((c) => c.observer)).size,
      conflicts: conflicts(items).length,
      items: items.map((i) => ({ item: i.item, status: i.status, differs: i.differs, answers: i.answers })),
    };
  }

  @Query(() => SiteSummary, {
    description: `Where the observers of one site and stage agree and where they conflict (conflicts are for the team leader to resolve)${READERS}.`,
  })
  @Allow('supervision.read')
  async siteSummary(
    @CurrentActor() actor: Actor,
    @IdArg('electionId') electionId: string,
    @Args('site') site: string,
    @Args('stage') stage: string,
  ) {
    await this.supervision.assertElection(actor, electionId);
    return this.summarize(actor, electionId, site, stage);
  }

  @Query(() => [SiteSummary], {
    description: `Every site and stage of an election that more than one observer reported, conflicts first: the team leader's list${READERS}.`,
  })
  @Allow('supervision.read')
  async siteSummaries(@CurrentActor() actor: Actor, @IdArg('electionId') electionId: string) {
    await this.supervision.assertElection(actor, electionId);
    const sites = await sql<{ name: string; stage: string }>(
      this.dataSource.manager,
      `SELECT min(o.site->>'name') AS name, o.stage FROM observations o WHERE o.election_id = $1
        GROUP BY o.site_key, o.stage HAVING count(DISTINCT o.observer_id) > 1 ORDER BY 1, 2 LIMIT 200`,
      [electionId],
    );
    const summaries = await Promise.all(sites.map((s) => this.summarize(actor, electionId, s.name, s.stage)));
    return summaries.sort((a, b) => b.conflicts - a.conflicts);
  }

  @Query(() => SupervisionCoverage, {
    description: 'Elections observed on polling day, observations, violations, open and overdue orders.',
  })
  @Allow('supervision.read')
  supervisionCoverage(@CurrentActor() actor: Actor, @Args() args: CoverageArgs) {
    return this.coverageService.coverage(actor, args.jurisdictionId, args.campaignId);
  }
}
