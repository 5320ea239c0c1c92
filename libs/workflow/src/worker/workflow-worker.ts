import type { Clock } from '@scrutineer/domain';
import type { DataSource } from 'typeorm';
import { AnchorLockTimeout, type AuditLog } from '../audit/audit-log.js';
import type { DeadlineScheduler } from '../deadlines/deadline-scheduler.js';
import { silentLogger, type WorkflowLogger } from '../logger.js';
import type { OutboxRelay } from '../outbox/outbox-relay.js';

export interface WorkerOptions {
  /** Pause between passes of the scheduler and the relay. */
  pollIntervalMs: number;
  /** How often to anchor the audit chains; 0 turns anchoring off. */
  anchorIntervalMs: number;
  /** Upkeep run on every pass after the deliveries (e.g. folding counters); each returns how much it did. */
  upkeep?: WorkerUpkeep[];
}

export interface WorkerUpkeep {
  name: string;
  run: () => Promise<number>;
}

/**
 * The background loop: fires deadlines, relays the outbox, runs upkeep, anchors the audit trail.
 * One pass at a time; `stop()` lets the pass in flight finish (its transactions commit or roll back whole)
 * before it resolves, so shutdown never cuts a delivery in half.
 */
export class WorkflowWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly scheduler: DeadlineScheduler,
    private readonly relay: OutboxRelay,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly options: WorkerOptions,
    private readonly logger: WorkflowLogger = silentLogger,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
    this.logger.info({ pollIntervalMs: this.options.pollIntervalMs }, 'workflow worker started');
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
    this.logger.info({}, 'workflow worker stopped');
  }

  /** One pass of everything, as the loop runs it. */
  async runOnce(): Promise<void> {
    const deadlines = await this.scheduler.runDue();
    const outbox = await this.relay.runPending();
    if (deadlines.delivered + deadlines.rejected + deadlines.failed + outbox.delivered + outbox.failed > 0) {
      this.logger.info({ deadlines, outbox }, 'workflow worker pass');
    }
    for (const task of this.options.upkeep ?? []) {
      // One task failing (a lock conflict with another worker, say) leaves the others and the next pass.
      // Routine when it works (every pass), so only a failure is logged.
      await task.run().catch((err: unknown) => {
        this.logger.warn({ task: task.name, err: err instanceof Error ? err.message : String(err) }, 'worker upkeep failed');
      });
    }
    if (this.options.anchorIntervalMs > 0) {
      // The interval is measured from the last anchor in the database: restarts and other workers count.
      const anchor = await this.dataSource
        .transaction((tx) => this.audit.anchor(tx, this.clock.now(), this.options.anchorIntervalMs))
        .catch((err: unknown) => {
          if (!(err instanceof AnchorLockTimeout)) throw err;
          this.logger.warn({}, err.message);
          return null;
        });
      if (anchor) this.logger.info({ anchorId: anchor.id, heads: anchor.headCount }, 'audit trail anchored');
    }
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .catch((err: unknown) =>
          this.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'workflow worker pass failed'),
        )
        .finally(() => {
          this.running = undefined;
          this.schedule(this.options.pollIntervalMs);
        });
    }, delay);
    this.timer.unref?.();
  }
}
