import { randomUUID } from 'node:crypto';
import { DomainError, ENVELOPE_KEYS, notFound, type Clock, type DeadlineInfo, type WorkflowActor } from '@scrutineer/domain';
import { assertSqlIdentifier, sql } from '@scrutineer/db';
import { initialTransition, transition, type AnyMachineSnapshot, type EventObject, type Snapshot } from 'xstate';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditEntryRecord } from '../audit/audit-entry.js';
import { AuditLog } from '../audit/audit-log.js';
import { availableActions, type AvailableAction } from './available-actions.js';
import type { AggregateRow, WorkflowDefinition, WorkflowRegistry } from './definition.js';
import { applyEffects } from './effects.js';
import { conflict, refusal } from './errors.js';
import { lateEntriesOf } from './late-entries.js';
import { assertInTransaction, persistSnapshot, restoreSnapshot } from './snapshot.js';
import { stateToString } from './state-value.js';
import { retryingTransaction } from './transaction.js';

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
}

export interface TransitionResult {
  id: string;
  type: string;
  fromState: string | null;
  state: string;
  version: number;
  context: unknown;
  entry: AuditEntryRecord;
}

/** Dates entered late are named in the transition's own audit entry: its history shows them. */
const withLateEntries = (actions: readonly { type: string; params?: unknown }[]) => {
  const late = lateEntriesOf(actions);
  return late.length ? { lateEntries: late } : {};
};

const ROW_COLUMNS = 'id, jurisdiction_id, state, snapshot, machine_version, version';

/**
 * The one runtime every lifecycle goes through (ARCHITECTURE.md §2). One send is one transaction:
 * load and lock → facts → pure `transition()` → conditional UPDATE → audit entry → effects.
 * A refused event writes nothing.
 */
export class WorkflowEngine {
  constructor(
    private readonly dataSource: DataSource,
    readonly registry: WorkflowRegistry,
    private readonly clock: Clock,
    readonly audit: AuditLog = new AuditLog(),
  ) {}

  async create(type: string, input: CreateInput, actor: WorkflowActor, manager?: EntityManager): Promise<TransitionResult> {
    const definition = this.registry.get(type);
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
    return this.inTransaction(options.manager, async (tx) => {
      const row = await this.lockRow(tx, definition, ref.id);
      if (options.expectedVersion !== undefined && row.version !== options.expectedVersion) {
        throw conflict(ref.type, ref.id, options.expectedVersion, row.version);
      }
      const now = this.clock.now();
      const snapshot = this.restore(definition, row);
      const facts = ((await definition.loadFacts?.({ manager: tx, row, event: payload, actor, now })) ?? {}) as Record<string, unknown>;
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
      const updated = await sql<{ version: number }>(
        tx,
        `UPDATE ${definition.table}
         SET state = $3, snapshot = $4, machine_version = $5, version = version + 1, updated_at = $6${names.map((n, i) => `, ${n} = $${i + 7}`).join('')}
         WHERE id = $1 AND version = $2 RETURNING version`,
        [row.id, row.version, state, JSON.stringify(persisted), definition.version, now, ...Object.values(columns)],
      );
      if (updated.length === 0) throw conflict(ref.type, ref.id, row.version, row.version + 1);
      // A step that moves the aggregate (a case transferred) files its entry, and its effects, under the
      // new jurisdiction: readers see a trail where its newest entry says the subject is.
      const placed: AggregateRow =
        'jurisdiction_id' in columns ? { ...row, jurisdiction_id: (columns.jurisdiction_id as string | null) ?? null } : row;
      const { type, ...rest } = payload;
      const entry = await this.audit.append(tx, {
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
      });
      await applyEffects(tx, definition, placed, actions, actor, now, entry.id);
      return {
        id: row.id,
        type: ref.type,
        fromState: row.state,
        state,
        version: Number(updated[0]!.version),
        context: next.context,
        entry,
      };
    });
  }

  /** Every action the current state knows, allowed or not, with reasons (as the actor would see them). */
  async availableActions(ref: AggregateRef, actor: WorkflowActor, manager?: EntityManager): Promise<AvailableAction[]> {
    const definition = this.registry.get(ref.type);
    return this.inTransaction(manager, async (tx) => {
      const row = await this.loadRow(tx, definition, ref.id, false);
      const now = this.clock.now();
      const snapshot = this.restore(definition, row);
      const facts = ((await definition.loadFacts?.({ manager: tx, row, event: null, actor, now })) ?? {}) as Record<string, unknown>;
      return this.describe(definition, snapshot, facts, actor, now);
    });
  }

  /** The aggregate's row as stored. */
  async load(ref: AggregateRef, manager?: EntityManager): Promise<AggregateRow> {
    const definition = this.registry.get(ref.type);
    return this.inTransaction(manager, (tx) => this.loadRow(tx, definition, ref.id, false));
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

  private async lockRow(tx: EntityManager, definition: WorkflowDefinition, id: string): Promise<AggregateRow> {
    return this.loadRow(tx, definition, id, true);
  }

  private async loadRow(tx: EntityManager, definition: WorkflowDefinition, id: string, lock: boolean): Promise<AggregateRow> {
    const [row] = await sql<AggregateRow>(tx, `SELECT ${ROW_COLUMNS} FROM ${definition.table} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [
      id,
    ]);
    if (!row) throw notFound(definition.type);
    return { ...row, version: Number(row.version), machine_version: Number(row.machine_version) };
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
