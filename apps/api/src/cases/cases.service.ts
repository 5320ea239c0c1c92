import { Inject, Injectable } from '@nestjs/common';
import {
  badInput,
  blockingByDefault,
  caseLevelOf,
  competentLevelFor,
  isDomainError,
  notFound,
  ruleViolation,
  type CaseLevel,
  type CaseSubject,
  type Clock,
} from '@scrutineer/domain';
import { CaseEntity, hydrate, JurisdictionEntity, sql, UserEntity } from '@scrutineer/db';
import { APP_CONFIG, CLOCK, IdentityCipher, normalizeTrackingCode, type AppConfig } from '@scrutineer/platform';
import { WorkflowEngine, retryingTransaction, type AvailableAction, type SendOptions } from '@scrutineer/workflow';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { unlessNotFound } from '../access/not-found.js';
import { ScopedReader } from '../access/scoped-reader.js';
import { caseColumnsFor } from './case-columns.js';
import { PlatformAudit } from '../audit/platform-audit.service.js';
import { toWorkflowActor, type Actor } from '../auth/actor.js';
import { keysetPage, type Page, type PageArgs } from '../graphql/pagination.js';
import { CASE_COUNT_CAP, SEARCH_COUNT_CAP } from './case-count.js';
import type { CasesArgs, RegisterCaseInput } from './dto/case.inputs.js';
import { identityGiven, openIdentity, type ComplainantIdentity } from './identity.js';
import { openTrackedCase } from './open-case.js';

export type CaseFilter = Omit<CasesArgs, keyof PageArgs>;

const NO_DUE_DAY = '9999-12-31';
/** The list order's first key, exactly as the queue indexes spell it (migration CaseQueues1764288000000). */
const DUE_KEY = `coalesce(c.due_on, '${NO_DUE_DAY}'::date)`;
/** LIKE wildcards typed by the user match literally. */
const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * The paths under `path` (a path ends in "/"), as a range of the "C"-collated `cases.jurisdiction_path`:
 * from the path itself to the path with its last character's successor. An index range with nothing
 * left to test row by row (a LIKE would be tested again on every row).
 */
function subtree(path: string, name: string): { condition: string; parameters: Record<string, string> } {
  const to = path.slice(0, -1) + String.fromCharCode(path.charCodeAt(path.length - 1) + 1);
  return {
    condition: `(c.jurisdiction_path >= :${name}From AND c.jurisdiction_path < :${name}To)`,
    parameters: { [`${name}From`]: path, [`${name}To`]: to },
  };
}

/** Cases: reading in scope, staff intake, every step through the workflow runtime, audited identity reveals. */
@Injectable()
export class CasesService {
  private readonly reader: ScopedReader<CaseEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly engine: WorkflowEngine,
    private readonly audit: PlatformAudit,
    private readonly cipher: IdentityCipher,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.reader = new ScopedReader(dataSource, CaseEntity, 'Case', access);
  }

  /** The case if it is in the actor's subtree; otherwise NOT_FOUND, as for a case that does not exist. */
  get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<CaseEntity> {
    return this.reader.get(actor, id, manager);
  }

  /**
   * The case for a GraphQL selection: only the columns its fields read when that is known (a state
   * without the 2 KB snapshot), the whole row otherwise.
   */
  getForFields(actor: Actor, id: string, fields: ReadonlySet<string>): Promise<CaseEntity> {
    return this.reader.get(actor, id, this.dataSource.manager, caseColumnsFor(fields));
  }

  /**
   * A page of cases in scope, due first. Every list is `ORDER BY due key, id LIMIT n` under a subtree
   * scope on the case's own `jurisdiction_path`, which the queue indexes serve in that order (migration
   * CaseQueues1764288000000; plans in docs/performance/case-queues.md). The snapshot is not read: the
   * fields that need it load it per page when asked (CasesResolver).
   */
  async list(actor: Actor, filter: CaseFilter, page: PageArgs): Promise<Page<CaseEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(CaseEntity, 'c').select(this.listColumns());
    const scope = subtree(actor.scopePath, 'scope');
    if (filter.queue === 'OVERDUE_IN_MY_JURISDICTION') {
      // Overdue in the subtree, or flagged up to a unit in it (the level above the one that is late).
      qb.andWhere('c.overdue').andWhere(
        `(${scope.condition} OR c.supervising_jurisdiction_id IN (SELECT q.id FROM jurisdictions q WHERE q.path LIKE :scopePrefix ESCAPE '\\'))`,
        { ...scope.parameters, ...this.access.scopeParameters(actor) },
      );
    } else if (filter.queue === 'MY_UNIT') {
      // The actor's own unit (the top of their subtree): its path, one key of the scope index.
      qb.andWhere('c.jurisdiction_path = :unitPath', { unitPath: actor.scopePath });
    } else {
      qb.andWhere(scope.condition, scope.parameters);
    }
    if (filter.queue === 'MINE') qb.andWhere('c.assignee_id = :me', { me: actor.userId });
    if (filter.state) {
      if (filter.state.endsWith('.')) qb.andWhere('starts_with(c.state, :state)', { state: filter.state });
      else qb.andWhere('c.state = :state', { state: filter.state });
    }
    for (const [key, column] of [
      ['kind', 'kind'],
      ['channel', 'channel'],
      ['category', 'category'],
      ['level', 'level'],
      ['electionId', 'election_id'],
      ['assigneeId', 'assignee_id'],
    ] as const) {
      if (filter[key] !== undefined) qb.andWhere(`c.${column} = :${key}`, { [key]: filter[key] });
    }
    // Written as the overdue index's predicate, so the planner sees it applies.
    if (filter.overdue !== undefined) qb.andWhere(filter.overdue ? 'c.overdue' : 'NOT c.overdue');
    if (filter.dueBefore) qb.andWhere(`c.due_on IS NOT NULL AND ${DUE_KEY} <= :dueBefore`, { dueBefore: filter.dueBefore });
    if (filter.withinJurisdictionId) {
      const within = subtree((await this.access.visibleJurisdiction(actor, filter.withinJurisdictionId)).path, 'within');
      qb.andWhere(within.condition, within.parameters);
    }
    if (filter.trackingCode) qb.andWhere('c.tracking_code = :trackingCode', { trackingCode: normalizeTrackingCode(filter.trackingCode) });
    // Each word (split on spaces) must appear in the title or the text; LIKE wildcards typed by the user match literally.
    // No index finds words (pg_trgm needs three characters, and most Chinese words have two): the page
    // walks the due order and stops at n matches.
    filter.search
      ?.split(/\s+/)
      .filter(Boolean)
      .slice(0, 10)
      .forEach((word, i) =>
        qb.andWhere(`(c.title ILIKE :word${i} ESCAPE '\\' OR c.body ILIKE :word${i} ESCAPE '\\')`, {
          [`word${i}`]: `%${escapeLike(word)}%`,
        }),
      );
    // Due first: the queue a handler works from. Cases with no running clock come last.
    return keysetPage(
      qb,
      page,
      [
        { expr: DUE_KEY, kind: 'date', of: (c) => c.dueOn ?? NO_DUE_DAY },
        { expr: 'c.id', kind: 'uuid', of: (c) => c.id },
      ],
      { countCap: filter.search ? SEARCH_COUNT_CAP : CASE_COUNT_CAP },
    );
  }

  /** Every column of the case but its snapshot (the bulk of the row). */
  private listColumns(): string[] {
    return this.dataSource
      .getMetadata(CaseEntity)
      .columns.filter((column) => column.propertyName !== 'snapshot')
      .map((column) => `c.${column.propertyName}`);
  }

  /**
   * Staff intake (登记): the case is received and registered in one transaction. Like a public filing it
   * gets a tracking code and a PIN: the PIN is returned this once (to hand over or print on the
   * acceptance notice) and kept only as its hash.
   */
  async register(actor: Actor, input: RegisterCaseInput): Promise<{ case: CaseEntity; pin: string }> {
    const { id, pin } = await retryingTransaction(this.dataSource, async (tx) => {
      const unit = await this.access.visibleJurisdiction(actor, input.unitJurisdictionId ?? actor.jurisdictionId, tx);
      const { subject, competentLevel } = await this.resolveSubject(actor, input.subject, tx);
      const sameMatterAs = input.sameMatterAsCaseId ? await this.get(actor, input.sameMatterAsCaseId, tx) : null;
      const workflowActor = toWorkflowActor(actor);
      const opened = await openTrackedCase(tx, this.engine, this.cipher, this.config.cases, workflowActor, this.clock.now(), {
        kind: input.kind,
        channel: input.channel,
        category: input.category,
        title: input.title.trim(),
        body: input.body,
        subject,
        unit: { id: unit.id, level: caseLevelOf(unit.level) },
        competentLevel: competentLevel ?? competentLevelFor(caseLevelOf(unit.level)),
        blocking: input.blocking ?? blockingByDefault(input.kind, input.category, subject),
        identity: identityGiven(input.identity),
        filedByPublic: false,
        sameMatterAs: sameMatterAs && { id: sameMatterAs.id, state: sameMatterAs.state, trackingCode: sameMatterAs.trackingCode },
        roll: await this.roll(subject.electionId, tx),
        lateEntryDays: this.config.dates.lateEntryDays,
        ...(input.receivedOn ? { receivedOn: input.receivedOn } : {}),
        ...(input.lateReason ? { lateReason: input.lateReason } : {}),
      });
      await this.engine.send({ type: 'case', id: opened.id }, { type: 'REGISTER' }, workflowActor, { manager: tx });
      return { id: opened.id, pin: opened.pin };
    });
    return { case: await this.get(actor, id), pin };
  }

  /**
   * The subject's rows, checked to be in scope and consistent (a candidate of that election), and the
   * level competent for it (libs/domain competentLevelFor: a village matter is the township's).
   */
  async resolveSubject(
    actor: Actor | null,
    input: { electionId?: string; candidateId?: string; organizationId?: string; jurisdictionId?: string },
    tx: EntityManager,
  ): Promise<{ subject: CaseSubject; competentLevel: CaseLevel | null }> {
    const subject: CaseSubject = {
      electionId: input.electionId ?? null,
      candidateId: input.candidateId ?? null,
      organizationId: input.organizationId ?? null,
      jurisdictionId: input.jurisdictionId ?? null,
    };
    const where = async (table: string, id: string, what: string, extra = '') => {
      const [row] = await sql<{ jurisdiction_id: string; election_id?: string; organization_id?: string }>(
        tx,
        `SELECT jurisdiction_id${extra} FROM ${table} WHERE id = $1`,
        [id],
      );
      if (!row) throw notFound(what);
      if (actor) await this.access.assertVisible(actor, row.jurisdiction_id, what, tx);
      return row;
    };
    if (subject.candidateId) {
      const candidate = await where('candidates', subject.candidateId, 'Candidate', ', election_id');
      if (subject.electionId && subject.electionId !== candidate.election_id) {
        throw badInput('The candidate stands in another election', { field: 'subject.candidateId' });
      }
      subject.electionId = candidate.election_id!;
    }
    if (subject.electionId) {
      const election = await where('elections', subject.electionId, 'Election', ', organization_id');
      subject.organizationId ??= election.organization_id!;
      subject.jurisdictionId ??= election.jurisdiction_id;
    }
    if (subject.organizationId)
      subject.jurisdictionId ??= (await where('organizations', subject.organizationId, 'Organization')).jurisdiction_id;
    if (!subject.jurisdictionId) return { subject, competentLevel: null };
    const place = await tx.findOne(JurisdictionEntity, { where: { id: subject.jurisdictionId } });
    if (!place) throw notFound('Jurisdiction');
    if (actor && !this.access.canSeePath(actor, place.path)) throw notFound('Jurisdiction');
    return { subject, competentLevel: competentLevelFor(caseLevelOf(place.level)) };
  }

  /**
   * The election's voter roll: the day published (null: not yet) and the last day to object; undefined
   * without an election.
   */
  async roll(
    electionId: string | null,
    tx: EntityManager,
  ): Promise<{ publishedOn: string | null; objectionsUntil: string | null } | undefined> {
    if (!electionId) return undefined;
    const [row] = await sql<{ published_on: string | null; objections_until: string | null }>(
      tx,
      `SELECT snapshot->'context'->'roll'->>'publishedOn' AS published_on, snapshot->'context'->'roll'->>'objectionsUntil' AS objections_until
         FROM elections WHERE id = $1`,
      [electionId],
    );
    return { publishedOn: row?.published_on ?? null, objectionsUntil: row?.objections_until ?? null };
  }

  /** One step of the case; refused steps leave nothing behind and say why. */
  act(actor: Actor, id: string, expectedVersion: number, event: { type: string } & Record<string, unknown>): Promise<CaseEntity> {
    return this.step(actor, id, event, { expectedVersion });
  }

  /**
   * Send a step with the access rule checked on the row the engine locks (no read before it), and
   * answer the case as the step left it (the UPDATE's own row, no read after it).
   */
  private async step(
    actor: Actor,
    id: string,
    event: { type: string } & Record<string, unknown>,
    options: Pick<SendOptions, 'expectedVersion' | 'manager'>,
  ): Promise<CaseEntity> {
    let checkedAt: string | null = null;
    const rule = this.access.rowAuthorizer(actor, 'Case');
    const result = await this.engine
      .send({ type: 'case', id }, event, toWorkflowActor(actor), {
        ...options,
        returnRow: true,
        authorize: {
          columns: rule.columns,
          check: (row, columns) => {
            rule.check(row, columns);
            checkedAt = row.jurisdiction_id;
          },
        },
      })
      .catch((error: unknown) => {
        // A case that does not exist answers as one out of scope does (the engine names its type `case`).
        throw isDomainError(error) && error.code === 'NOT_FOUND' ? notFound('Case') : error;
      });
    const stepped = hydrate(this.dataSource.manager, CaseEntity, result.row!);
    // A step that moved the case elsewhere is answered only if the actor still sees it there.
    return stepped.jurisdictionId === checkedAt ? stepped : this.get(actor, id, options.manager);
  }

  /** Assign to a handler of the unit handling the case (or above it). */
  /**
   * Whom the case may be assigned to (the assign step's choices): active petition handlers whose home
   * covers the unit handling it, among the accounts in the caller's subtree, by name.
   */
  async assigneeCandidates(actor: Actor, c: CaseEntity): Promise<{ id: string; name: string }[]> {
    return sql<{ id: string; name: string }>(
      this.dataSource.manager,
      `SELECT u.id, u.display_name AS name
         FROM users u JOIN jurisdictions h ON h.id = u.jurisdiction_id, jurisdictions unit
        WHERE unit.id = $1 AND u.role = 'PETITION_HANDLER' AND u.active
          AND starts_with(unit.path, h.path) AND starts_with(h.path, $2)
        ORDER BY u.display_name, u.id`,
      [c.jurisdictionId, actor.scopePath],
    );
  }

  async assign(actor: Actor, id: string, expectedVersion: number, assigneeId: string): Promise<CaseEntity> {
    const found = await this.get(actor, id);
    const user = await this.dataSource.manager.findOne(UserEntity, { where: { id: assigneeId } });
    if (!user || user.role !== 'PETITION_HANDLER' || !user.active)
      throw badInput('Assign the case to an active petition handler', { field: 'assigneeId' });
    const [covers] = await sql(
      this.dataSource.manager,
      'SELECT 1 FROM jurisdictions u, jurisdictions c WHERE u.id = $1 AND c.id = $2 AND starts_with(c.path, u.path)',
      [user.jurisdictionId, found.jurisdictionId],
    );
    if (!covers) throw badInput('The handler’s jurisdiction does not cover the unit handling the case', { field: 'assigneeId' });
    return this.act(actor, id, expectedVersion, { type: 'ASSIGN', assigneeId: user.id, assigneeName: user.displayName });
  }

  /**
   * Accept the case (受理). Naming an earlier case on the same matter links the two, and is refused when
   * that one was finally decided after re-review (第三十六条): reject the new one instead.
   */
  async accept(
    actor: Actor,
    id: string,
    expectedVersion: number,
    reason: string | undefined,
    sameMatterAsCaseId: string | undefined,
    dated: { decidedOn?: string; lateReason?: string } = {},
  ): Promise<CaseEntity> {
    const event = { type: 'ACCEPT', ...(reason ? { reason } : {}), ...dated };
    if (!sameMatterAsCaseId) return this.step(actor, id, event, { expectedVersion });
    return retryingTransaction(this.dataSource, async (tx) => {
      // The earlier case is locked with this one: it cannot become final (复核) between the check and the link.
      await this.lockCases(tx, [id, sameMatterAsCaseId]);
      await this.get(actor, id, tx);
      if (sameMatterAsCaseId) {
        const earlier = await this.get(actor, sameMatterAsCaseId, tx);
        if (earlier.id === id) throw badInput('A case is not the same matter as itself', { field: 'sameMatterAsCaseId' });
        if (earlier.state === 'final') {
          throw ruleViolation(
            `Case ${earlier.trackingCode} on this matter was finally decided after re-review (复核); reject this one instead`,
            {
              rule: 'matter-final',
              citation: '信访工作条例 (2022) 第三十六条',
              values: { trackingCode: earlier.trackingCode },
            },
          );
        }
        await sql(
          tx,
          `INSERT INTO case_links (case_id, linked_case_id, kind, created_at, created_by) VALUES ($1, $2, 'SAME_MATTER', $3, $4)`,
          [id, earlier.id, this.clock.now(), actor.userId],
        );
      }
      return this.step(actor, id, event, { manager: tx, expectedVersion });
    });
  }

  /** Hand the case to another unit: up the ladder (上报, also beyond your own jurisdiction), back down (交办), or across. */
  async transfer(actor: Actor, id: string, expectedVersion: number, jurisdictionId: string, reason: string): Promise<CaseEntity> {
    const found = await this.get(actor, id);
    const target = await this.dataSource.manager.findOne(JurisdictionEntity, { where: { id: jurisdictionId } });
    const [unitRow] = await sql<{ path: string }>(this.dataSource.manager, 'SELECT path FROM jurisdictions WHERE id = $1', [
      found.jurisdictionId,
    ]);
    const above = target !== null && unitRow !== undefined && unitRow.path.startsWith(target.path);
    if (!target || (!above && !this.access.canSeePath(actor, target.path))) throw notFound('Jurisdiction');
    const unit = target;
    if (unit.id === found.jurisdictionId) throw badInput('The case is already handled there', { field: 'jurisdictionId' });
    const event = { type: 'TRANSFER', jurisdictionId: unit.id, level: caseLevelOf(unit.level), reason };
    await this.engine.send({ type: 'case', id }, event, toWorkflowActor(actor), { expectedVersion });
    // Sent up beyond your jurisdiction, the case is no longer yours to read: this answer is its last state you see.
    return (await unlessNotFound(this.get(actor, id))) ?? this.dataSource.manager.findOneByOrFail(CaseEntity, { id });
  }

  /** Merge a duplicate into the case it repeats: both linked, the duplicate closed (never done by the system itself). */
  async merge(
    actor: Actor,
    id: string,
    expectedVersion: number,
    intoId: string,
    reason: string,
    dated: { decidedOn?: string; lateReason?: string } = {},
  ): Promise<CaseEntity> {
    if (id === intoId) throw badInput('A case cannot be merged into itself', { field: 'intoCaseId' });
    await retryingTransaction(this.dataSource, async (tx) => {
      // Both locked, in one order: of two merges A→B and B→A the second sees the first and is refused,
      // and a case being merged into another cannot at the same moment be merged itself.
      await this.lockCases(tx, [id, intoId]);
      await this.get(actor, id, tx);
      const into = await this.get(actor, intoId, tx);
      if (into.state === 'merged') {
        throw ruleViolation(`Case ${into.trackingCode} was itself merged; merge into the case it follows`, {
          rule: 'merge-into-merged',
          values: { trackingCode: into.trackingCode },
        });
      }
      if (!into.state.startsWith('open.') && into.state !== 'final') {
        throw ruleViolation(`Case ${into.trackingCode} is ${into.state}: its complainant would follow a case that no longer moves`, {
          rule: 'merge-into-ended',
          values: { trackingCode: into.trackingCode, state: into.state },
        });
      }
      await this.engine.send(
        { type: 'case', id },
        { type: 'MERGE', mergedInto: into.id, reason, ...dated } as { type: string },
        toWorkflowActor(actor),
        {
          manager: tx,
          expectedVersion,
        },
      );
      await sql(
        tx,
        `INSERT INTO case_links (case_id, linked_case_id, kind, note, created_at, created_by) VALUES ($1, $2, 'DUPLICATE', $3, $4, $5)`,
        [id, into.id, reason, this.clock.now(), actor.userId],
      );
    });
    return this.get(actor, id);
  }

  /**
   * A complainant's identity, for the handlers of the case's unit (and those above) and inspectors in
   * scope; each reveal is an audit entry with its reason, in the same transaction.
   */
  async revealIdentity(actor: Actor, id: string, reason: string): Promise<ComplainantIdentity | null> {
    return this.dataSource.transaction(async (tx) => {
      const found = await this.get(actor, id, tx);
      const [secret] = await sql<{ identity_sealed: string | null }>(tx, 'SELECT identity_sealed FROM case_secrets WHERE case_id = $1', [
        found.id,
      ]);
      await this.audit.record(tx, {
        subjectType: 'case',
        subjectId: found.id,
        action: 'case.identity_revealed',
        actor: toWorkflowActor(actor),
        jurisdictionId: found.jurisdictionId,
        data: { reason, anonymous: found.anonymous },
      });
      return secret?.identity_sealed ? openIdentity(this.cipher, found.id, secret.identity_sealed) : null;
    });
  }

  /**
   * Lock these cases for the rest of the transaction, always in id order (the engine then locks the one it
   * steps again, which it already holds): two steps that each touch the same two cases cannot deadlock.
   */
  private async lockCases(tx: EntityManager, ids: (string | undefined)[]): Promise<void> {
    const wanted = ids.filter((id): id is string => id !== undefined);
    await sql(tx, 'SELECT id FROM cases WHERE id = ANY($1) ORDER BY id FOR UPDATE', [wanted]);
  }

  availableActions(actor: Actor, found: CaseEntity): Promise<AvailableAction[]> {
    return this.engine.availableActions({ type: 'case', id: found.id }, toWorkflowActor(actor));
  }
}
