import { randomUUID } from 'node:crypto';
import { DomainError, ENVELOPE_KEYS, notFound, type Clock, type DeadlineInfo, type WorkflowActor } from '@scrutineer/domain';
import { assertSqlIdentifier, sql } from '@scrutineer/db';
import { initialTransition, transition, type AnyMachineSnapshot, type EventObject, type Snapshot } from 'xstate';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditEntryRecord } from '../audit/audit-entry.js';
import { AuditLog, chainHeadColumns, chainHeadQuery, entryInsert, entryInsertOnHead, type ChainHead } from '../audit/audit-log.js';
import { availableActions, type AvailableAction } from './available-actions.js';
import type { AggregateRow, WorkflowDefinition, WorkflowRegistry } from './definition.js';
import { applyEffects, planEffects, runEffects } from './effects.js';
import { conflict, refusal } from './errors.js';
import { lateEntriesOf } from './late-entries.js';
import { assertInTransaction, persistSnapshot, restoreSnapshot } from './snapshot.js';
import { stateToString } from './state-value.js';
import { retryingTransaction } from './transaction.js';
import { run, withClauses } from './write-batch.js';

export interface AggregateRef {
  type: string;
  id: string;
}

export interface CreateInput {
  id?: string;
  jurisdictionId: string | null;
  /** The machine's input; the runtime adds `now` (ISO 8601) and `actor`, for entry effects of the first state. */
  input?: Record<string, unknown>;
  /** Further columns of the aggregate's own table. */
  columns?: Record<string, unknown>;
}

export interface SendOptions {
  /** Refuse with CONFLICT unless the aggregate is still at this version. */
  expectedVersion?: number;
  /** Join the caller's transaction instead of opening one. */
  manager?: EntityManager;
  /** Set by the scheduler only: the deadline this event fires (never taken from a caller's event). */
  deadline?: DeadlineInfo;
  /** The caller's access rule, run on the row as locked, before anything else: who may step it. */
  authorize?: RowAuthorizer;
  /** Return the updated row, all its columns as stored (`TransitionResult.row`): no read after the step. */
  returnRow?: boolean;
}

/**
 * An access rule the engine runs on the row it has just loaded and locked. The decision is the
 * caller's; the engine only reads `columns` with the row (in the same statement) and calls `check`.
 */
export interface RowAuthorizer {
  /** Scalar SQL expressions over the aggregate row (alias `t`), no parameters; keys are SQL identifiers. */
  columns?: Record<string, string>;
  /** Throw to refuse (NOT_FOUND for a row the caller may not see). Nothing is written before it passes. */
  check(row: AggregateRow, columns: Record<string, unknown>): void | Promise<void>;
}

export interface TransitionResult {
  id: string;
  type: string;
  fromState: string | null;
  state: string;
  version: number;
  context: unknown;
  entry: AuditEntryRecord;
  /** The updated row's columns as stored, when asked for (`SendOptions.returnRow`). */
  row?: Record<string, unknown>;
}

interface LoadedRow {
  row: AggregateRow;
  /** The definition's `readWithRow` values. */
  withRow: Record<string, unknown>;
  /** The authorizer's `columns` values. */
  authorized: Record<string, unknown>;
  /** The head of the aggregate's audit chain as the locking statement saw it (locked reads only): a guess. */
  head: ChainHead | null;
}

/** Dates entered late are named in the transition's own audit entry: its history shows them. */
const withLateEntries = (actions: readonly { type: string; params?: unknown }[]) => {
  const late = lateEntriesOf(actions);
  return late.length ? { lateEntries: late } : {};
};

const ROW_COLUMNS = 't.id, t.jurisdiction_id, t.state, t.snapshot, t.machine_version, t.version';

/** Read-along expressions as `expr AS prefix_key`, and the values back by key. */
const readAlong = (prefix: string, columns: Record<string, string> = {}) => ({
  select: Object.entries(columns).map(([key, expr]) => `, ${expr} AS ${prefix}_${assertSqlIdentifier(key)}`),
  values: (raw: Record<string, unknown>) => Object.fromEntries(Object.keys(columns).map((key) => [key, raw[`${prefix}_${key}`]])),
});

/**
 * The one runtime every lifecycle goes through (ARCHITECTURE.md §2). One send is one transaction:
 * load and lock → facts → pure `transition()` → conditional UPDATE → audit entry → effects.
 * A refused event writes nothing. Its round trips: the locking SELECT (with the caller's access columns
 * and the facts that need no lock), the UPDATE (with the audit chain's head, read now that the row lock
 * serialises the chain), then one statement for the audit entry and the plain effects.
 */
export class WorkflowEngine {
  constructor(
    private readonly dataSource: DataSource,
    readonly registry: WorkflowRegistry,
    private readonly clock: Clock,
    readonly audit: AuditLog = new AuditLog(registry),
  ) {}

  async create(type: string, input: CreateInput, actor: WorkflowActor, manager?: EntityManager): Promise<TransitionResult> {
    const definition = this.registry.get(type);
    this.assertChainLockedByRow(definition);
    return this.inTransaction(manager, async (tx) => {
      const now = this.clock.now();
      const id = input.id ?? randomUUID();
      const [snapshot, actions] = initialTransition(definition.machine, { ...(input.input ?? {}), now: now.toISOString(), actor });
      const state = stateToString(snapshot.value);
      const columns: Record<string, unknown> = { ...(input.columns ?? {}), ...(definition.columns?.(snapshot) ?? {}) };
      // The new row's jurisdiction is the one given; a definition that keeps it in step (cases move) says the same.
      delete columns.jurisdiction_id;
      const names = Object.keys(columns).map(assertSqlIdentifier);
      const values = Object.values(columns);
      await sql(
        tx,
        `INSERT INTO ${definition.table} (id, jurisdiction_id, state, snapshot, machine_version, version, created_at, updated_at${names.map((n) => `, ${n}`).join('')})
         VALUES ($1, $2, $3, $4, $5, 1, $6, $6${names.map((_, i) => `, $${i + 7}`).join('')}) RETURNING id`,
        [id, input.jurisdictionId, state, JSON.stringify(this.persist(definition, snapshot)), definition.version, now, ...values],
      );
      const row: AggregateRow = {
        id,
        jurisdiction_id: input.jurisdictionId,
        state,
        snapshot: this.persist(definition, snapshot),
        machine_version: definition.version,
        version: 1,
      };
      const entry = await this.audit.append(tx, {
        subjectType: type,
        subjectId: id,
        action: 'create',
        fromState: null,
        toState: state,
        data: { input: input.input ?? {}, columns, ...withLateEntries(actions) },
        actor,
        jurisdictionId: input.jurisdictionId,
        machineVersion: definition.version,
        at: now,
      });
      await applyEffects(tx, definition, row, actions, actor, now, entry.id);
      return { id, type, fromState: null, state, version: 1, context: snapshot.context, entry };
    });
  }

  async send(ref: AggregateRef, event: EventObject, actor: WorkflowActor, options: SendOptions = {}): Promise<TransitionResult> {
    const definition = this.registry.get(ref.type);
    const payload = this.validateEvent(event);
    this.assertChainLockedByRow(definition);
    return this.inTransaction(options.manager, async (tx) => {
      const { row, withRow, authorized, head: guessedHead } = await this.loadRow(tx, definition, ref.id, true, options.authorize);
      if (options.authorize) await options.authorize.check(row, authorized);
      if (options.expectedVersion !== undefined && row.version !== options.expectedVersion) {
        throw conflict(ref.type, ref.id, options.expectedVersion, row.version);
      }
      const now = this.clock.now();
      const snapshot = this.restore(definition, row);
      const facts = ((await definition.loadFacts?.({ manager: tx, row, event: payload, actor, now, withRow })) ?? {}) as Record<
        string,
        unknown
      >;
      const envelope = { ...payload, facts, actor, now: now.toISOString(), ...(options.deadline ? { deadline: options.deadline } : {}) };
      if (!snapshot.can(envelope)) {
        const actions = this.describe(definition, snapshot, facts, actor, now, envelope);
        throw refusal(row.state, payload.type, actions);
      }
      const [next, actions] = transition(definition.machine, snapshot, envelope);
      const state = stateToString(next.value);
      const persisted = this.persist(definition, next);
      const columns = definition.columns?.(next) ?? {};
      const names = Object.keys(columns).map(assertSqlIdentifier);
      // A step that moves the aggregate (a case transferred) files its entry, and its effects, under the
      // new jurisdiction: readers see a trail where its newest entry says the subject is.
      const placed: AggregateRow =
        'jurisdiction_id' in columns ? { ...row, jurisdiction_id: (columns.jurisdiction_id as string | null) ?? null } : row;
      const { type, ...rest } = payload;
      const input = {
        subjectType: ref.type,
        subjectId: row.id,
        action: type,
        fromState: row.state,
        toState: state,
        data: { event: rest, facts, ...(options.deadline ? { deadline: options.deadline } : {}), ...withLateEntries(actions) },
        actor,
        jurisdictionId: placed.jurisdiction_id,
        machineVersion: definition.version,
        at: now,
      };
      // Linked to the head read with the lock: a guess, checked in the statement that writes it.
      let entry = this.audit.next(input, guessedHead);
      const effects = planEffects(tx, definition, placed, actions, actor, now, entry.id);
      const lead = effects[0];
      const first = lead && 'writes' in lead ? (effects.shift(), lead.writes) : [];
      // One statement: the UPDATE, the chain's head (read now that the row lock is ours, so every entry of
      // the chain is in this statement's snapshot: each appender holds that lock, AuditLog.lockChain), the
      // entry if the guess holds, and the first plain effects.
      const update = {
        text: `UPDATE ${definition.table}
           SET state = $3, snapshot = $4, machine_version = $5, version = version + 1, updated_at = $6${names.map((n, i) => `, ${n} = $${i + 7}`).join('')}
           WHERE id = $1 AND version = $2 RETURNING ${options.returnRow ? '*' : 'id, version'}`,
        params: [row.id, row.version, state, JSON.stringify(persisted), definition.version, now, ...Object.values(columns)],
      };
      const [updated] = await run(
        tx,
        withClauses(
          [
            { name: 'updated', statement: update },
            { name: 'chain_head', statement: chainHeadQuery(row.id) },
            { name: 'linked', statement: entryInsertOnHead(entry) },
            ...first.map((statement, i) => ({ name: `w${i}`, statement })),
          ],
          `SELECT updated.*, (SELECT seq FROM chain_head) AS chain_seq, (SELECT hash FROM chain_head) AS chain_hash,
             EXISTS (SELECT 1 FROM linked) AS chain_linked FROM updated`,
        ),
      );
      // Cannot happen while the row lock is held; should it, the caller's transaction is not to commit.
      if (!updated) throw conflict(ref.type, ref.id, row.version, row.version + 1);
      const { chain_seq: headSeq, chain_hash: headHash, chain_linked: linked, ...stored } = updated;
      if (!linked) {
        // The guess was stale (another writer of this chain committed while this one waited for the lock).
        entry = this.audit.next(input, headSeq === null ? null : { seq: Number(headSeq), hash: headHash as string }, entry.id);
        await run(tx, entryInsert(entry));
      }
      await runEffects(tx, effects);
      return {
        id: row.id,
        type: ref.type,
        fromState: row.state,
        state,
        version: Number(updated.version),
        context: next.context,
        entry,
        ...(options.returnRow ? { row: stored } : {}),
      };
    });
  }

  /** Every action the current state knows, allowed or not, with reasons (as the actor would see them). */
  async availableActions(ref: AggregateRef, actor: WorkflowActor, manager?: EntityManager): Promise<AvailableAction[]> {
    const definition = this.registry.get(ref.type);
    return this.inTransaction(manager, async (tx) => {
      const { row, withRow } = await this.loadRow(tx, definition, ref.id, false);
      const now = this.clock.now();
      const snapshot = this.restore(definition, row);
      const facts = ((await definition.loadFacts?.({ manager: tx, row, event: null, actor, now, withRow })) ?? {}) as Record<
        string,
        unknown
      >;
      return this.describe(definition, snapshot, facts, actor, now);
    });
  }

  /** The aggregate's row as stored. */
  async load(ref: AggregateRef, manager?: EntityManager): Promise<AggregateRow> {
    const definition = this.registry.get(ref.type);
    return this.inTransaction(manager, async (tx) => (await this.loadRow(tx, definition, ref.id, false)).row);
  }

  private describe(
    definition: WorkflowDefinition,
    snapshot: AnyMachineSnapshot,
    facts: Record<string, unknown>,
    actor: WorkflowActor,
    now: Date,
    sent?: EventObject,
  ): AvailableAction[] {
    if (snapshot.status === 'done') return [];
    const internal = new Set(definition.internalEvents ?? []);
    return availableActions(snapshot, (type) => ({ type, facts, actor, now: now.toISOString() }), definition.rules, sent).filter(
      (a) => !internal.has(a.event) || a.event === sent?.type,
    );
  }

  private validateEvent(event: EventObject): EventObject {
    if (typeof event !== 'object' || event === null || typeof event.type !== 'string' || event.type.length === 0) {
      throw new DomainError('BAD_USER_INPUT', 'An event needs a non-empty string type');
    }
    if (event.type.startsWith('xstate.')) throw new DomainError('BAD_USER_INPUT', `Event type ${event.type} is reserved`);
    const payload: Record<string, unknown> = { ...event };
    for (const key of ENVELOPE_KEYS) delete payload[key];
    return payload as EventObject;
  }

  /**
   * The row, locked or not, with the definition's and the authorizer's read-along columns, and when
   * locked the head of its audit chain (a guess: see `send`). They are scalar subqueries of the target
   * list: when the lock had to wait for another writer, PostgreSQL evaluates them again on the row's new
   * version (a join would keep the old partner row), though in the statement's first snapshot.
   */
  private async loadRow(
    tx: EntityManager,
    definition: WorkflowDefinition,
    id: string,
    lock: boolean,
    authorize?: RowAuthorizer,
  ): Promise<LoadedRow> {
    const facts = readAlong('f', definition.readWithRow);
    const access = readAlong('a', authorize?.columns);
    const head = lock ? `, ${chainHeadColumns('t.id')}` : '';
    const [raw] = await sql<AggregateRow & Record<string, unknown>>(
      tx,
      `SELECT ${ROW_COLUMNS}${facts.select.join('')}${access.select.join('')}${head} FROM ${definition.table} t WHERE t.id = $1${lock ? ' FOR UPDATE OF t' : ''}`,
      [id],
    );
    if (!raw) throw notFound(definition.type);
    const { id: rowId, jurisdiction_id, state, snapshot, machine_version, version, chain_seq, chain_hash } = raw;
    return {
      row: { id: rowId, jurisdiction_id, state, snapshot, machine_version: Number(machine_version), version: Number(version) },
      withRow: facts.values(raw),
      authorized: access.values(raw),
      head: chain_seq === null || chain_seq === undefined ? null : { seq: Number(chain_seq), hash: chain_hash as string },
    };
  }

  /** Appends to this aggregate's chain take its row lock (AuditLog.lockChain): an engine whose audit log does not know the table would race them. */
  private assertChainLockedByRow(definition: WorkflowDefinition): void {
    if (this.audit.aggregates.tableOf(definition.type) !== definition.table) {
      throw new Error(
        `The audit log of this engine does not lock ${definition.type} chains by their ${definition.table} rows: build it with the registry`,
      );
    }
  }

  private restore(definition: WorkflowDefinition, row: AggregateRow): AnyMachineSnapshot {
    let persisted: Snapshot<unknown> = row.snapshot;
    if (row.machine_version !== definition.version) {
      if (!definition.migrateSnapshot || row.machine_version > definition.version) {
        throw new Error(
          `${definition.type} ${row.id} was written by machine version ${row.machine_version}; this server runs version ${definition.version} and cannot read it`,
        );
      }
      persisted = definition.migrateSnapshot(persisted, row.machine_version);
    }
    return restoreSnapshot(definition.machine, persisted);
  }

  private persist(definition: WorkflowDefinition, snapshot: AnyMachineSnapshot): Snapshot<unknown> {
    return persistSnapshot(definition.machine, snapshot);
  }

  /** Its own transaction, retried once after a deadlock or serialization failure; or the caller's (who retries). */
  private inTransaction<T>(manager: EntityManager | undefined, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    if (!manager) return retryingTransaction(this.dataSource, work);
    assertInTransaction(manager, 'A workflow step');
    return work(manager);
  }
}
