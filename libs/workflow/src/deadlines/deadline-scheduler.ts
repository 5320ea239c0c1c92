import { isDomainError, systemActor, type Clock } from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { WorkflowEngine } from '../runtime/engine.js';
import { silentLogger, type WorkflowLogger } from '../logger.js';

export interface DeadlineRow {
  id: string;
  aggregate_type: string;
  aggregate_id: string;
  kind: string;
  due_at: Date;
  event: { type: string } & Record<string, unknown>;
  attempts: number;
}

export type DeadlineOutcome = 'delivered' | 'rejected' | 'skipped' | 'failed';

export interface SchedulerPass {
  delivered: number;
  rejected: number;
  failed: number;
}

export interface DeadlineSchedulerOptions {
  /** Deadlines looked at per pass. */
  batchSize?: number;
  /** After this many failed deliveries a deadline is given up (outcome `failed`) and logged. */
  maxAttempts?: number;
}

const SCHEDULER = systemActor('scheduler');

/**
 * Fires due deadlines through the ordinary send path (ARCHITECTURE.md §4). Each delivery is one
 * transaction that locks the aggregate row, then claims the deadline with FOR UPDATE SKIP LOCKED
 * and marks it fired: with any number of schedulers a deadline fires exactly once, and a deadline
 * that fell due while every process was down fires on the first pass after start. Locking the
 * aggregate first keeps the lock order of an ordinary send (aggregate, then its deadlines).
 */
export class DeadlineScheduler {
  private readonly batchSize: number;
  private readonly maxAttempts: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: WorkflowEngine,
    private readonly clock: Clock,
    private readonly logger: WorkflowLogger = silentLogger,
    options: DeadlineSchedulerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 50;
    this.maxAttempts = options.maxAttempts ?? 10;
  }

  /** Deliver what is due now, one pass. */
  async runDue(): Promise<SchedulerPass> {
    const pass: SchedulerPass = { delivered: 0, rejected: 0, failed: 0 };
    const now = this.clock.now();
    // Only workflows this process knows: another process (a newer release) may own the rest.
    const due = await sql<Pick<DeadlineRow, 'id' | 'aggregate_type' | 'aggregate_id'>>(
      this.dataSource.manager,
      `SELECT id, aggregate_type, aggregate_id FROM deadlines
       WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= $1 AND (next_attempt_at IS NULL OR next_attempt_at <= $1)
         AND aggregate_type = ANY($2)
       ORDER BY due_at, id LIMIT ${this.batchSize}`,
      [now, this.engine.registry.types()],
    );
    for (const candidate of due) {
      const outcome = await this.deliver(candidate);
      if (outcome === 'delivered') pass.delivered += 1;
      else if (outcome === 'rejected') pass.rejected += 1;
      else if (outcome === 'failed') pass.failed += 1;
    }
    return pass;
  }

  private async deliver(candidate: Pick<DeadlineRow, 'id' | 'aggregate_type' | 'aggregate_id'>): Promise<DeadlineOutcome> {
    try {
      return await this.dataSource.transaction(async (tx) => {
        const now = this.clock.now();
        const { table } = this.engine.registry.get(candidate.aggregate_type);
        await sql(tx, `SELECT id FROM ${table} WHERE id = $1 FOR UPDATE`, [candidate.aggregate_id]);
        const [deadline] = await sql<DeadlineRow>(
          tx,
          `SELECT id, aggregate_type, aggregate_id, kind, due_at, event, attempts FROM deadlines
           WHERE id = $1 AND fired_at IS NULL AND cancelled_at IS NULL AND due_at <= $2
             AND (next_attempt_at IS NULL OR next_attempt_at <= $2)
           FOR UPDATE SKIP LOCKED`,
          [candidate.id, now],
        );
        if (!deadline) return 'skipped';
        await sql(tx, `UPDATE deadlines SET fired_at = $2, attempts = attempts + 1, outcome = 'delivered' WHERE id = $1 RETURNING id`, [
          deadline.id,
          now,
        ]);
        return this.sendInSavepoint(tx, deadline, now);
      });
    } catch (err) {
      await this.recordFailure(candidate.id, err);
      return 'failed';
    }
  }

  /** A refusal (the aggregate moved on, or is gone) is an answer, not a failure: keep it and move on. */
  private async sendInSavepoint(tx: EntityManager, deadline: DeadlineRow, now: Date): Promise<DeadlineOutcome> {
    await sql(tx, 'SAVEPOINT deadline_delivery');
    try {
      await this.engine.send({ type: deadline.aggregate_type, id: deadline.aggregate_id }, deadline.event, SCHEDULER, {
        manager: tx,
        deadline: { id: deadline.id, kind: deadline.kind, dueAt: new Date(deadline.due_at).toISOString() },
      });
      await sql(tx, 'RELEASE SAVEPOINT deadline_delivery');
      this.logger.info({ deadlineId: deadline.id, kind: deadline.kind, aggregateId: deadline.aggregate_id }, 'deadline delivered');
      return 'delivered';
    } catch (err) {
      // Any refusal by the domain is final; only unexpected faults are retried.
      if (!isDomainError(err)) throw err;
      await sql(tx, 'ROLLBACK TO SAVEPOINT deadline_delivery');
      await sql(tx, `UPDATE deadlines SET outcome = 'rejected', last_error = $2 WHERE id = $1 RETURNING id`, [deadline.id, err.message]);
      this.logger.info({ deadlineId: deadline.id, kind: deadline.kind, at: now, reason: err.message }, 'deadline rejected by its workflow');
      return 'rejected';
    }
  }

  private async recordFailure(id: string, err: unknown): Promise<void> {
    const message = err instanceof Error ? err.message : String(err);
    const now = this.clock.now();
    const [row] = await sql<{ attempts: number }>(
      this.dataSource.manager,
      `UPDATE deadlines SET attempts = attempts + 1, last_error = $2,
         next_attempt_at = $3::timestamptz + make_interval(secs => least(3600, power(2, attempts + 1)::int)),
         cancelled_at = CASE WHEN attempts + 1 >= $4 THEN $3::timestamptz END,
         outcome = CASE WHEN attempts + 1 >= $4 THEN 'failed' END
       WHERE id = $1 AND fired_at IS NULL AND cancelled_at IS NULL RETURNING attempts`,
      [id, message, now, this.maxAttempts],
    );
    this.logger.error({ deadlineId: id, attempts: row?.attempts, err: message }, 'deadline delivery failed');
  }
}
