import type { RuleSet, WorkflowActor } from '@scrutineer/domain';
import type { AnyStateMachine, EventObject, Snapshot } from 'xstate';
import type { EntityManager } from 'typeorm';

/** The columns every workflow aggregate row carries (ARCHITECTURE.md §1). */
export interface AggregateRow {
  id: string;
  jurisdiction_id: string | null;
  state: string;
  snapshot: Snapshot<unknown>;
  machine_version: number;
  version: number;
}

export interface FactsArgs {
  manager: EntityManager;
  row: AggregateRow;
  /** The event being sent; null when only listing available actions. */
  event: EventObject | null;
  actor: WorkflowActor;
  now: Date;
  /** The definition's `readWithRow` expressions, as read with the row. */
  withRow: Record<string, unknown>;
}

export interface EffectArgs<P = unknown> {
  manager: EntityManager;
  row: AggregateRow;
  params: P;
  actor: WorkflowActor;
  now: Date;
}

/**
 * One kind of workflow: its machine, where its rows live and how to gather the facts its guards
 * need. The machine is pure (libs/domain); everything that touches the database is here.
 */
export interface WorkflowDefinition<TMachine extends AnyStateMachine = AnyStateMachine> {
  /** Aggregate type, as recorded in the audit trail, deadlines and outbox: `election`, `case`. */
  type: string;
  /** The aggregate's table. It has the AggregateRow columns plus created_at and updated_at. */
  table: string;
  machine: TMachine;
  /** Stored with each snapshot; bump it when a change to the machine changes what snapshots mean. */
  version: number;
  /** Explanations of the machine's guards, by guard name: what availableActions reports. */
  rules?: RuleSet;
  /** Events only the runtime sends (deadlines, cross-workflow effects): not offered as actions. */
  internalEvents?: readonly string[];
  /**
   * Scalar SQL expressions over the aggregate row (alias `t`), read in the very statement that loads and
   * locks it: facts that need no lock of their own (the unit above), without a round trip of their own.
   * `loadFacts` gets them as `withRow`. Keys are SQL identifiers.
   */
  readWithRow?: Record<string, string>;
  /** Facts for the guards, read inside the transaction (counts, open blockers, …). */
  loadFacts?(args: FactsArgs): Promise<object>;
  /** Columns to keep in step with the snapshot (denormalised for queries), written in the same UPDATE. */
  columns?(snapshot: ReturnType<TMachine['resolveState']>): Record<string, unknown>;
  /** In-transaction handlers for custom effect actions, by action type. */
  effects?: Record<string, (args: EffectArgs) => Promise<void>>;
  /** Upgrade a snapshot written by an older machine version; without it such rows are refused. */
  migrateSnapshot?(snapshot: Snapshot<unknown>, fromVersion: number): Snapshot<unknown>;
}

export class WorkflowRegistry {
  private readonly definitions = new Map<string, WorkflowDefinition>();

  constructor(definitions: WorkflowDefinition[] = []) {
    for (const d of definitions) this.register(d);
  }

  register(definition: WorkflowDefinition): void {
    if (this.definitions.has(definition.type)) throw new Error(`Workflow ${definition.type} is already registered`);
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(definition.table)) throw new Error(`Unsafe table name ${definition.table}`);
    this.definitions.set(definition.type, definition);
  }

  get(type: string): WorkflowDefinition {
    const definition = this.definitions.get(type);
    if (!definition) throw new Error(`Unknown workflow type ${type}`);
    return definition;
  }

  has(type: string): boolean {
    return this.definitions.has(type);
  }

  /** The table of a workflow aggregate type; undefined for any other audit subject (a user, a team). */
  tableOf(type: string): string | undefined {
    return this.definitions.get(type)?.table;
  }

  types(): string[] {
    return [...this.definitions.keys()];
  }
}
