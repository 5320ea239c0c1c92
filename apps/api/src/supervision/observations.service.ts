import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_TIME_ZONE,
  DomainError,
  badInput,
  contradictions,
  getProfile,
  highestSeverity,
  localDateOf,
  isSerious,
  notFound,
  observationLateness,
  observationProblems,
  observationTimingProblems,
  SEVERITIES,
  severityRank,
  type ChecklistAnswer,
  type Clock,
  type ElectionContext,
  type Flag,
  type ObservationDraft,
  type ObservationProblem,
  type ProfileId,
  type RecordedNumbers,
  type Severity,
  type ViolationInput,
} from '@scrutineer/domain';
import { jsonbParam, ObservationEntity, sql } from '@scrutineer/db';
import { APP_CONFIG, CLOCK, type AppConfig } from '@scrutineer/platform';
import { enqueueOutbox, insertLateEntry, type PlannedEntries } from '@scrutineer/workflow';
import canonicalize from 'canonicalize';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { PlatformAudit } from '../audit/platform-audit.service.js';
import { toWorkflowActor, type Actor } from '../auth/actor.js';
import { keysetPage, type Page, type PageArgs } from '../graphql/pagination.js';
import type { AmendObservationInput, ObservationInput, ObservationsArgs } from './dto/observation.inputs.js';
import { contentHash } from './content-hash.js';
import { SupervisionAccess } from './supervision-access.js';

export interface ObservationRow {
  id: string;
  election_id: string;
  jurisdiction_id: string;
  team_id: string;
  observer_id: string;
  stage: string;
  channel: string;
  site_key: string;
  site: ObservationDraft['site'];
  observed_at: Date;
  submitted_at: Date;
  recorded_late: boolean;
  late_reason: string | null;
  checklist: ChecklistAnswer[];
  violations: ViolationInput[];
  flags: Flag[];
  narrative: string;
  max_severity: Severity | null;
  content_hash: string;
}

export interface SubmissionResult {
  id: string;
  status: 'CREATED' | 'DUPLICATE' | 'REJECTED';
  problems: ObservationProblem[];
  flags: Flag[];
}

/** What a batch needs to know of an election: its place, its own numbers, and when its campaign began. */
interface Recorded {
  numbers: RecordedNumbers;
  jurisdictionId: string;
  startsOn: string;
  startsWhat: string;
}

/** An observation of a batch that passed every check, as it is to be inserted. */
interface Accepted {
  row: Omit<ObservationRow, 'submitted_at'>;
  draft: ObservationDraft;
  daysBack: number;
}

/** Let pending I/O go out (a statement just sent) before a stretch of computing. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The columns a submission writes (besides submitted_at), as jsonb_to_recordset reads them. */
const INSERT_COLUMNS: [keyof ObservationRow, string][] = [
  ['id', 'uuid'],
  ['election_id', 'uuid'],
  ['jurisdiction_id', 'uuid'],
  ['team_id', 'uuid'],
  ['observer_id', 'uuid'],
  ['stage', 'text'],
  ['channel', 'text'],
  ['site_key', 'text'],
  ['site', 'jsonb'],
  ['observed_at', 'timestamptz'],
  ['checklist', 'jsonb'],
  ['violations', 'jsonb'],
  ['flags', 'jsonb'],
  ['narrative', 'text'],
  ['max_severity', 'text'],
  ['content_hash', 'text'],
  ['recorded_late', 'boolean'],
  ['late_reason', 'text'],
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Several observers write one site's name differently: compare it without case or spaces. */
export const siteKey = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

// Built member by member, not by spreading: a batch makes a thousand of each, and spreads allocate twice.
function siteOf(s: ObservationInput['site'] | undefined): ObservationDraft['site'] {
  const site: ObservationDraft['site'] = { name: s?.name ?? '', kind: s?.kind as ObservationDraft['site']['kind'] };
  if (s?.latitude != null) site.latitude = s.latitude;
  if (s?.longitude != null) site.longitude = s.longitude;
  return site;
}

function answerOf(a: ObservationInput['checklist'][number]): ChecklistAnswer {
  const answer: ChecklistAnswer = { item: a.item as ChecklistAnswer['item'], answer: a.answer as ChecklistAnswer['answer'] };
  if (a.numbers) {
    const numbers: Record<string, number> = {};
    for (const key of Object.keys(a.numbers)) {
      const value = (a.numbers as Record<string, number | null | undefined>)[key];
      if (value != null) numbers[key] = value;
    }
    answer.numbers = numbers;
  }
  if (a.note) answer.note = a.note;
  return answer;
}

/** The draft as stored and hashed: what the observer sent, without the transport's empty extras. */
function draftOf(o: ObservationInput): ObservationDraft {
  return {
    stage: o.stage as ObservationDraft['stage'],
    observedAt: o.observedAt,
    channel: o.channel as ObservationDraft['channel'],
    site: siteOf(o.site),
    checklist: (o.checklist ?? []).map(answerOf),
    violations: (o.violations ?? []).map((v) => ({
      code: v.code as ViolationInput['code'],
      severity: v.severity as Severity,
      description: v.description,
    })),
    narrative: o.narrative ?? '',
  };
}

/**
 * Observations: a batch from a device (up to 1,000, each with the device's id) stores the valid ones,
 * reports each invalid one with its reasons, and recognises a re-sent observation by its id. Once
 * submitted an observation is never edited (a trigger refuses it); amendments are kept beside it.
 */
@Injectable()
export class ObservationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly supervision: SupervisionAccess,
    private readonly audit: PlatformAudit,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async submit(actor: Actor, batch: ObservationInput[]): Promise<SubmissionResult[]> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const ids = batch.map((o) => o.id).filter((id) => UUID.test(id));
      const stored = new Map(
        (
          await sql<{ id: string; content_hash: string; observer_id: string }>(
            tx,
            'SELECT id, content_hash, observer_id FROM observations WHERE id = ANY($1)',
            [ids],
          )
        ).map((r) => [r.id, r]),
      );
      const teamsByElection = new Map<string, string[]>();
      const recordedByElection = new Map<string, Recorded | null>();
      const results: SubmissionResult[] = [];
      const accepted: Accepted[] = [];
      const seen = new Map<string, string>();

      for (const input of batch) {
        const id = String(input.id ?? '');
        const reject = (problems: ObservationProblem[]) => results.push({ id, status: 'REJECTED', problems, flags: [] });
        if (!UUID.test(id)) {
          reject([{ field: 'id', message: 'id must be a UUID made on the device' }]);
          continue;
        }
        const draft = draftOf(input);
        const hash = contentHash(input.electionId, draft);
        const earlier = stored.get(id) ?? (seen.has(id) ? { content_hash: seen.get(id)!, observer_id: actor.userId } : undefined);
        if (earlier) {
          if (earlier.content_hash === hash && earlier.observer_id === actor.userId)
            results.push({ id, status: 'DUPLICATE', problems: [], flags: [] });
          else
            reject([
              {
                field: 'id',
                message: 'An observation with this id was already submitted: a submitted observation is never edited; record an amendment',
              },
            ]);
          continue;
        }
        const problems = observationProblems(draft, now);
        if (!UUID.test(String(input.electionId ?? '')))
          problems.push({ field: 'electionId', message: 'electionId must be an election id (a UUID)' });
        let teamId: string | null = null;
        let recorded: Recorded | null = null;
        if (problems.length === 0) {
          if (!teamsByElection.has(input.electionId))
            teamsByElection.set(input.electionId, await this.supervision.teamsCovering(actor, input.electionId, tx));
          const teams = teamsByElection.get(input.electionId)!;
          if (teams.length === 0) problems.push({ field: 'electionId', message: 'Election not found among those your teams cover' });
          else if (input.teamId && !teams.includes(input.teamId))
            problems.push({ field: 'teamId', message: 'That team of yours does not cover this election' });
          else if (!input.teamId && teams.length > 1)
            problems.push({ field: 'teamId', message: 'Several of your teams cover this election: say which one' });
          else teamId = input.teamId ?? teams[0]!;
          if (!recordedByElection.has(input.electionId))
            recordedByElection.set(input.electionId, await this.recorded(tx, input.electionId));
          recorded = recordedByElection.get(input.electionId) ?? null;
          if (recorded) {
            problems.push(
              ...observationTimingProblems({
                observedAt: draft.observedAt,
                now,
                startsOn: recorded.startsOn,
                startsWhat: recorded.startsWhat,
                lateEntryDays: this.config.dates.lateEntryDays,
                lateReason: input.lateReason,
              }),
            );
          }
        }
        if (problems.length > 0 || !teamId || !recorded) {
          reject(problems);
          continue;
        }
        const flags = contradictions(draft, recorded.numbers);
        const lateness = observationLateness(draft.observedAt, now, this.config.dates.lateEntryDays);
        seen.set(id, hash);
        accepted.push({
          draft,
          row: {
            id,
            election_id: input.electionId,
            jurisdiction_id: recorded.jurisdictionId,
            team_id: teamId,
            observer_id: actor.userId,
            stage: draft.stage,
            channel: draft.channel,
            site_key: siteKey(draft.site.name),
            site: draft.site,
            observed_at: new Date(draft.observedAt),
            checklist: draft.checklist,
            violations: draft.violations,
            flags,
            narrative: draft.narrative,
            max_severity: highestSeverity(draft.violations.map((v) => v.severity)),
            content_hash: hash,
            recorded_late: lateness.late,
            late_reason: lateness.late ? input.lateReason!.trim() : null,
          },
          daysBack: lateness.daysBack,
        });
        results.push({ id, status: 'CREATED', problems: [], flags });
      }

      // Inserted only where the id is still free: a concurrent re-send of the same batch is told DUPLICATE, not failed.
      const batchId = randomUUID();
      const batchEntryId = randomUUID();
      const insertion = this.insert(
        tx,
        accepted.map((a) => a.row),
        now,
      );
      // The audit entries are hashed while the database inserts the rows (on the server, they take as long):
      // the statement leaves first, and the entries are hashed again should some row not be inserted.
      // Awaited below: should hashing throw first, its failure must not go unhandled.
      insertion.catch(() => undefined);
      await nextTurn();
      let planned = accepted.length > 0 ? this.auditEntries(actor, accepted, batchId, batchEntryId) : null;
      const inserted = await insertion;
      const lost = accepted.filter((a) => !inserted.has(a.row.id)).map((a) => a.row.id);
      if (lost.length > 0) {
        const acceptedById = new Map(accepted.map((a) => [a.row.id, a]));
        const winners = new Map(
          (
            await sql<{ id: string; content_hash: string; observer_id: string }>(
              tx,
              'SELECT id, content_hash, observer_id FROM observations WHERE id = ANY($1)',
              [lost],
            )
          ).map((r) => [r.id, r]),
        );
        for (const r of results) {
          const w = r.status === 'CREATED' ? winners.get(r.id) : undefined;
          if (!w) continue;
          const mine = acceptedById.get(r.id)!.row;
          if (w.content_hash === mine.content_hash && w.observer_id === mine.observer_id)
            Object.assign(r, { status: 'DUPLICATE', flags: [] });
          else
            Object.assign(r, {
              status: 'REJECTED',
              flags: [],
              problems: [{ field: 'id', message: 'An observation with this id was already submitted' }],
            });
        }
      }
      const created = accepted.filter((a) => inserted.has(a.row.id));
      if (created.length > 0) {
        if (created.length < accepted.length) planned = this.auditEntries(actor, created, batchId, batchEntryId);
        const entryOf = new Map((await this.audit.writeFirst(tx, planned!)).map((e) => [e.subjectId, e.id]));
        // Observed more than LATE_ENTRY_DAYS before submission: listed for inspectors with the reason.
        for (const a of created) {
          if (!a.row.recorded_late) continue;
          await insertLateEntry(tx, {
            subjectType: 'observation',
            subjectId: a.row.id,
            jurisdictionId: a.row.jurisdiction_id,
            entry: {
              step: 'SUBMIT_OBSERVATION',
              field: 'observedAt',
              date: localDateOf(a.row.observed_at),
              recordedAt: now.toISOString(),
              daysBack: a.daysBack,
              reason: a.row.late_reason,
            },
            actor: toWorkflowActor(actor),
            auditEntryId: entryOf.get(a.row.id) ?? batchEntryId,
          });
        }
      }
      for (const { row, draft } of created) await this.reportSerious(tx, row, draft, now);
      // Photos may follow the text: a re-send naming attachments ties them to the stored observation.
      const attachments = new Map<string, string[]>();
      for (const b of batch) if (b.attachmentIds?.length && !attachments.has(b.id)) attachments.set(b.id, b.attachmentIds);
      for (const r of results) {
        const ids = r.status === 'REJECTED' ? undefined : attachments.get(r.id);
        if (ids) await this.linkAttachments(tx, actor, r.id, ids);
      }
      return results;
    });
  }

  /**
   * The audit entries of the observations created: one for the batch, naming each observation and its
   * content hash (the rows themselves never change), then each observation's own first entry, under its
   * election's jurisdiction and naming the batch: auditTrail(observationId) finds it, and its amendments
   * follow on the same chain. Every chain is new (ids made just now, or just inserted): no lock is needed.
   */
  private auditEntries(actor: Actor, created: Accepted[], batchId: string, batchEntryId: string): PlannedEntries {
    const late = created.filter((a) => a.row.recorded_late);
    const by = toWorkflowActor(actor);
    return this.audit.planFirst([
      {
        id: batchEntryId,
        subjectType: 'observation_batch',
        subjectId: batchId,
        action: 'observation.submit_batch',
        actor: by,
        jurisdictionId: created[0]!.row.jurisdiction_id,
        data: {
          observations: created.map((a) => ({ id: a.row.id, electionId: a.row.election_id, contentHash: a.row.content_hash })),
          ...(late.length ? { recordedLate: late.map((a) => a.row.id) } : {}),
        },
      },
      ...created.map((a) => ({
        subjectType: 'observation' as const,
        subjectId: a.row.id,
        action: 'observation.submit',
        actor: by,
        jurisdictionId: a.row.jurisdiction_id,
        data: {
          electionId: a.row.election_id,
          contentHash: a.row.content_hash,
          batchId,
          batchEntryId,
          ...(a.row.recorded_late ? { recordedLate: [a.row.id], lateReason: a.row.late_reason } : {}),
        },
      })),
    ]);
  }

  /**
   * The election's own numbers the checklist is compared with (attendance, ballots issued, the proxy cap),
   * and the day its campaign started (or it was created): an observation may not lie long before it.
   */
  private async recorded(tx: EntityManager, electionId: string): Promise<Recorded | null> {
    const [e] = await sql<{
      jurisdiction_id: string;
      context: ElectionContext;
      profile_id: ProfileId;
      profile_version: number;
      campaign_starts_on: string | null;
      created_at: Date;
    }>(
      tx,
      `SELECT e.jurisdiction_id, e.snapshot->'context' AS context, e.profile_id, e.profile_version, e.created_at,
              c.starts_on::text AS campaign_starts_on
         FROM elections e LEFT JOIN campaigns c ON c.id = e.campaign_id WHERE e.id = $1`,
      [electionId],
    );
    if (!e) return null;
    const [round] = await sql<{ issued: number }>(
      tx,
      `SELECT (input->>'ballotsIssued')::int AS issued FROM election_rounds WHERE election_id = $1 ORDER BY number DESC LIMIT 1`,
      [electionId],
    );
    const proxy = getProfile(e.profile_id, Number(e.profile_version)).voting.proxy;
    return {
      jurisdictionId: e.jurisdiction_id,
      startsOn: e.campaign_starts_on ?? localDateOf(e.created_at),
      startsWhat: e.campaign_starts_on ? 'its campaign started' : 'its election was created',
      numbers: {
        entitled: e.context.attendance?.entitled ?? null,
        present: e.context.attendance?.present ?? null,
        ballotsIssued: round ? Number(round.issued) : null,
        maxProxiesPerHolder: proxy.value.allowed ? proxy.value.maxPerHolder : null,
      },
    };
  }

  /**
   * One statement for the whole batch: the rows travel as one JSON array (one parameter, not 19 per row)
   * and jsonb_to_recordset turns them back into rows. Returns the ids actually inserted (an id already
   * taken is skipped).
   */
  private async insert(tx: EntityManager, rows: Omit<ObservationRow, 'submitted_at'>[], now: Date): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const done = await sql<{ id: string }>(
      tx,
      `INSERT INTO observations (${INSERT_COLUMNS.map(([name]) => name).join(', ')}, submitted_at)
       SELECT ${INSERT_COLUMNS.map(([name]) => name).join(', ')}, $2::timestamptz
         FROM jsonb_to_recordset($1::jsonb) AS r(${INSERT_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ')})
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [jsonbParam(rows), now],
    );
    return new Set(done.map((d) => d.id));
  }

  /** Attachments uploaded before the observation arrived are tied to it now (only the uploader's own). */
  private async linkAttachments(tx: EntityManager, actor: Actor, observationId: string, attachmentIds: string[]): Promise<void> {
    const ids = attachmentIds.filter((id) => UUID.test(id));
    if (ids.length === 0) return;
    await sql(
      tx,
      'UPDATE observation_attachments SET observation_id = $1 WHERE id = ANY($2) AND uploaded_by = $3 AND observation_id IS NULL RETURNING id',
      [observationId, ids, actor.userId],
    );
  }

  /** A MAJOR or CRITICAL violation becomes a case, through the outbox (the handler opens it exactly once). */
  private async reportSerious(
    tx: EntityManager,
    row: { id: string; election_id: string; team_id: string },
    draft: ObservationDraft,
    now: Date,
  ) {
    const serious = draft.violations.filter((v) => isSerious(v.severity));
    if (serious.length === 0) return;
    await enqueueOutbox(tx, {
      aggregateType: 'observation',
      aggregateId: row.id,
      topic: 'observation.serious_violation',
      payload: {
        observationId: row.id,
        electionId: row.election_id,
        teamId: row.team_id,
        violations: [...serious].sort((a, b) => severityRank(b.severity) - severityRank(a.severity)),
        narrative: draft.narrative,
      },
      now,
    });
  }

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<ObservationRow> {
    const [row] = await sql<ObservationRow>(manager, 'SELECT * FROM observations WHERE id = $1', [id]);
    return this.access.scoped('Observation', row, (o) => this.supervision.assertElection(actor, o.election_id, manager));
  }

  async list(actor: Actor, filter: Omit<ObservationsArgs, keyof PageArgs>, page: PageArgs): Promise<Page<ObservationRow>> {
    const qb = this.dataSource.manager.createQueryBuilder(ObservationEntity, 'o');
    if (actor.role === 'SUPERVISOR') qb.andWhere(SupervisionAccess.coveredBy('o.election_id', ':me'), { me: actor.userId });
    else this.access.scope(qb, 'o.jurisdiction_id', actor);
    if (filter.electionId) qb.andWhere('o.election_id = :electionId', { electionId: filter.electionId });
    if (filter.teamId) qb.andWhere('o.team_id = :teamId', { teamId: filter.teamId });
    if (filter.site) qb.andWhere('o.site_key = :site', { site: siteKey(filter.site) });
    if (filter.stage) qb.andWhere('o.stage = :stage', { stage: filter.stage });
    if (filter.violationCode) qb.andWhere(`o.violations @> :code::jsonb`, { code: JSON.stringify([{ code: filter.violationCode }]) });
    if (filter.severity) {
      const floor = severityRank(filter.severity as Severity);
      qb.andWhere('o.max_severity = ANY(:severities)', { severities: SEVERITIES.filter((v) => severityRank(v) >= floor) });
    }
    // Days are local days (the election's zone), not UTC ones.
    if (filter.observedFrom) {
      qb.andWhere(`(o.observed_at AT TIME ZONE :zone)::date >= :from::date`, { from: filter.observedFrom, zone: DEFAULT_TIME_ZONE });
    }
    if (filter.observedTo)
      qb.andWhere(`(o.observed_at AT TIME ZONE :zone)::date <= :to::date`, { to: filter.observedTo, zone: DEFAULT_TIME_ZONE });
    const found = await keysetPage(qb, page, [
      { expr: 'o.observed_at', kind: 'text', of: (o) => new Date(o.observed_at).toISOString() },
      { expr: 'o.id', kind: 'uuid', of: (o) => o.id },
    ]);
    return found as unknown as Page<ObservationRow>;
  }

  /** A correction by the observer or their team's leader: the original stays; this says who changed what and why. */
  async amend(actor: Actor, input: AmendObservationInput) {
    return this.dataSource.transaction(async (tx) => {
      const row = await this.get(actor, input.id, tx);
      // One amendment at a time per observation: each reads what the last one left.
      await sql(tx, 'SELECT id FROM observations WHERE id = $1 FOR UPDATE', [row.id]);
      const [leader] = await sql(tx, 'SELECT 1 FROM supervision_teams WHERE id = $1 AND leader_id = $2', [row.team_id, actor.userId]);
      if (row.observer_id !== actor.userId && !leader) throw notFound('Observation');
      const current = await this.current(tx, row);
      const next: ObservationDraft = {
        ...current,
        ...(input.checklist
          ? { checklist: draftOf({ ...({} as ObservationInput), checklist: input.checklist } as ObservationInput).checklist }
          : {}),
        ...(input.violations ? { violations: draftOf({ violations: input.violations } as ObservationInput).violations } : {}),
        ...(input.narrative !== undefined ? { narrative: input.narrative } : {}),
      };
      const problems = observationProblems(next, new Date(8.64e15));
      if (problems.length > 0) {
        throw new DomainError('BAD_USER_INPUT', 'The amendment would make the observation invalid', {
          fields: problems.map((p) => ({ field: p.field, messages: [p.message] })),
        });
      }
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const key of ['checklist', 'violations', 'narrative'] as const) {
        if (canonicalize(current[key]) !== canonicalize(next[key])) changes[key] = { from: current[key], to: next[key] };
      }
      if (Object.keys(changes).length === 0) {
        throw badInput('The amendment changes nothing', { field: 'id' });
      }
      const id = randomUUID();
      const now = this.clock.now();
      await sql(
        tx,
        'INSERT INTO observation_amendments (id, observation_id, amended_by, amended_at, reason, changes) VALUES ($1, $2, $3, $4, $5, $6)',
        [id, row.id, actor.userId, now, input.reason, JSON.stringify(changes)],
      );
      await this.audit.record(tx, {
        subjectType: 'observation',
        subjectId: row.id,
        action: 'observation.amend',
        actor: toWorkflowActor(actor),
        jurisdictionId: row.jurisdiction_id,
        data: { amendmentId: id, reason: input.reason, fields: Object.keys(changes) },
      });
      // A serious violation added by a correction is reported too (still one case per observation).
      if (changes.violations) await this.reportSerious(tx, row, next, now);
      return row;
    });
  }

  /** The observation as it reads now: the original with every amendment applied in order. */
  async current(manager: EntityManager, row: ObservationRow): Promise<ObservationDraft> {
    const amendments = await this.amendments(row.id, manager);
    const draft: ObservationDraft = {
      stage: row.stage as ObservationDraft['stage'],
      observedAt: new Date(row.observed_at).toISOString(),
      channel: row.channel as ObservationDraft['channel'],
      site: row.site,
      checklist: row.checklist,
      violations: row.violations,
      narrative: row.narrative,
    };
    for (const a of amendments) {
      for (const [key, change] of Object.entries(a.changes)) (draft as unknown as Record<string, unknown>)[key] = change.to;
    }
    return draft;
  }

  amendments(observationId: string, manager: EntityManager = this.dataSource.manager) {
    return sql<{
      id: string;
      amended_by: string;
      amended_at: Date;
      reason: string;
      changes: Record<string, { from: unknown; to: unknown }>;
    }>(manager, 'SELECT id, amended_by, amended_at, reason, changes FROM observation_amendments WHERE observation_id = $1 ORDER BY seq', [
      observationId,
    ]);
  }
}
