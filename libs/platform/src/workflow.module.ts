import {
  Global,
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import type { Clock } from '@scrutineer/domain';
import {
  AuditLog,
  DeadlineScheduler,
  OutboxRelay,
  SystemClock,
  WorkflowEngine,
  WorkflowRegistry,
  WorkflowWorker,
  type OutboxHandler,
  type WorkflowDefinition,
} from '@scrutineer/workflow';
import { compactCaseCounters } from '@scrutineer/db';
import { PinoLogger } from './logging/pino-logger.js';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG } from './config/config.module.js';
import { outboxHandlers, workflowDefinitions, workflowSettings } from './workflows/index.js';

export const CLOCK = Symbol('CLOCK');

/** Starts the in-process worker (embedded mode, or RUN_WORKER=true) and stops it before the database closes. */
@Injectable()
class WorkerLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly worker: WorkflowWorker,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.worker.enabled) this.worker.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.stop();
  }
}

export interface WorkflowModuleOptions {
  clock?: Clock;
  /** Defaults to the shared set in workflows.ts; tests pass their own. */
  definitions?: WorkflowDefinition[];
  outboxHandlers?: (engine: WorkflowEngine) => OutboxHandler[];
}

/** The workflow runtime for the app: engine, audit log, clock, and the background worker. */
@Global()
@Module({})
export class WorkflowModule {
  static forRoot(options: WorkflowModuleOptions = {}): DynamicModule {
    return {
      module: WorkflowModule,
      providers: [
        { provide: CLOCK, useValue: options.clock ?? new SystemClock() },
        {
          provide: WorkflowRegistry,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => new WorkflowRegistry(options.definitions ?? workflowDefinitions(workflowSettings(config))),
        },
        // Knows the aggregates' tables: an entry on a case's chain (a reveal) takes the case's row lock.
        { provide: AuditLog, inject: [WorkflowRegistry], useFactory: (registry: WorkflowRegistry) => new AuditLog(registry) },
        {
          provide: WorkflowEngine,
          inject: [DataSource, WorkflowRegistry, CLOCK, AuditLog],
          useFactory: (ds: DataSource, registry: WorkflowRegistry, clock: Clock, audit: AuditLog) =>
            new WorkflowEngine(ds, registry, clock, audit),
        },
        {
          provide: WorkflowWorker,
          inject: [DataSource, WorkflowEngine, AuditLog, CLOCK, APP_CONFIG, PinoLogger],
          useFactory: (ds: DataSource, engine: WorkflowEngine, audit: AuditLog, clock: Clock, config: AppConfig, logger: PinoLogger) => {
            logger.setContext('WorkflowWorker');
            const log = {
              info: (obj: object, msg?: string) => logger.info(obj, msg),
              warn: (obj: object, msg?: string) => logger.warn(obj, msg),
              error: (obj: object, msg?: string) => logger.error(obj, msg),
            };
            return new WorkflowWorker(
              ds,
              new DeadlineScheduler(ds, engine, clock, log),
              new OutboxRelay(
                ds,
                options.outboxHandlers ? options.outboxHandlers(engine) : outboxHandlers(engine, workflowSettings(config)),
                clock,
                log,
              ),
              audit,
              clock,
              {
                pollIntervalMs: config.worker.pollIntervalMs,
                anchorIntervalMs: config.worker.anchorIntervalMs,
                upkeep: [{ name: 'case counters', run: () => compactCaseCounters(ds.manager) }],
              },
              log,
            );
          },
        },
        WorkerLifecycle,
      ],
      exports: [CLOCK, AuditLog, WorkflowRegistry, WorkflowEngine, WorkflowWorker],
    };
  }
}
