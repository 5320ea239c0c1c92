import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  badInput,
  checkEligibility,
  getProfile,
  localDateOf,
  nominationAllowed,
  notFound,
  personDateProblems,
  type Clock,
  type EligibilityFinding,
  type ExclusionKind,
  type Person,
} from '@scrutineer/domain';
import { CandidateEntity, sql, type ElectionEntity } from '@scrutineer/db';
import { CLOCK } from '@scrutineer/platform';
import { WorkflowEngine, retryingTransaction, type AvailableAction } from '@scrutineer/workflow';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { toWorkflowActor, type Actor } from '../auth/actor.js';
import type { NominateCandidateInput, PersonInput } from './dto/candidate.inputs.js';
import { ElectionsService, contextOf } from './elections.service.js';

export function toPerson(input: PersonInput): Person {
  const records: Person['records'] = {};
  for (const r of input.records) records[r.kind as ExclusionKind] = r.endedOn ?? 'UNHANDLED';
  return {
    name: input.name.trim(),
    sex: input.sex,
    birthDate: input.birthDate,
    education: input.education,
    partyMember: input.partyMember,
    partyJoinedOn: input.partyJoinedOn ?? null,
    currentPosts: input.currentPosts,
    incumbent: input.incumbent,
    records,
  };
}

/** Candidates: nominated into an election that is nominating, then driven through their own lifecycle. */
@Injectable()
export class CandidatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly engine: WorkflowEngine,
    private readonly elections: ElectionsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<CandidateEntity> {
    const qb = manager.createQueryBuilder(CandidateEntity, 'c').where('c.id = :id', { id });
    this.access.scope(qb, 'c.jurisdiction_id', actor);
    const candidate = await qb.getOne();
    if (!candidate) throw notFound('Candidate');
    return candidate;
  }

  async nominate(actor: Actor, input: NominateCandidateInput): Promise<CandidateEntity> {
    const id = await retryingTransaction(this.dataSource, async (tx) => {
      const election = await this.elections.get(actor, input.electionId, tx);
      // Hold the election while nominating, so nomination cannot race its closing.
      await sql(tx, 'SELECT id FROM elections WHERE id = $1 FOR UPDATE', [election.id]);
      const locked = await this.elections.get(actor, input.electionId, tx);
      const context = contextOf(locked);
      const post = input.post.trim();
      // Self-nominees still in the running in this run; those already elected hold seats, not candidacies.
      const [self] = await sql<{ n: number }>(
        tx,
        `SELECT count(*)::int AS n FROM candidates
         WHERE election_id = $1 AND post = $2 AND route = 'SELF' AND created_at >= $3
           AND state IN ('nominated', 'underReview', 'approved', 'formal') AND NOT (id = ANY($4))`,
        [locked.id, post, context.runStartedAt, Object.values(context.elected).flat()],
      );
      const allowed = nominationAllowed(locked.state, context, post, input.route, {
        selfNominees: Number(self?.n ?? 0),
        massVoters: input.massVoters ?? null,
      });
      if (!allowed.ok) {
        throw new DomainError('RULE_VIOLATION', allowed.message, {
          rule: allowed.rule,
          citation: allowed.citation ?? null,
          values: allowed.values ?? {},
        });
      }
      const person = toPerson(input.person);
      const wrong = personDateProblems(person, localDateOf(this.clock.now()));
      if (wrong.length > 0)
        throw badInput(`Invalid input: ${wrong.map((w) => w.message).join('; ')}`, {
          fields: wrong.map((w) => ({ field: w.field, messages: [w.message] })),
        });
      const created = await this.engine.create(
        'candidate',
        {
          jurisdictionId: locked.jurisdictionId,
          input: {
            electionId: locked.id,
            profileId: locked.profileId,
            post,
            route: input.route,
            person,
            nominatedOn: localDateOf(this.clock.now()),
            ...(input.route === 'MASS' && input.massVoters !== undefined ? { massVoters: input.massVoters } : {}),
          },
          columns: { election_id: locked.id, post, route: input.route, name: person.name },
        },
        toWorkflowActor(actor),
        tx,
      );
      return created.id;
    });
    return this.get(actor, id);
  }

  async act(
    actor: Actor,
    id: string,
    expectedVersion: number,
    event: { type: string } & Record<string, unknown>,
  ): Promise<CandidateEntity> {
    await this.get(actor, id);
    await this.engine.send({ type: 'candidate', id }, event, toWorkflowActor(actor), { expectedVersion });
    return this.get(actor, id);
  }

  availableActions(actor: Actor, candidate: CandidateEntity): Promise<AvailableAction[]> {
    return this.engine.availableActions({ type: 'candidate', id: candidate.id }, toWorkflowActor(actor));
  }

  /** The eligibility findings for this person under the election's own profile, on its election day. */
  findings(candidate: CandidateEntity, election: ElectionEntity): EligibilityFinding[] {
    return checkEligibility(
      getProfile(election.profileId, election.profileVersion),
      candidate.snapshot.context.person,
      election.electionDay,
    );
  }
}
