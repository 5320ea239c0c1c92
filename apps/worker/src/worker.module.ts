import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, DatabaseModule, WorkflowModule, loggerModule, type AppConfig, type AppDatabase } from '@scrutineer/platform';

/**
 * The background worker on its own: fires deadlines, relays the outbox, anchors the audit trail.
 * Any number may run beside any number of API instances (set RUN_WORKER=false on those).
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, database: AppDatabase): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), loggerModule(config), DatabaseModule.forRoot(database), WorkflowModule.forRoot()],
    };
  }
}
