import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import {
  APP_CONFIG,
  ConfigModule,
  DatabaseModule,
  WorkflowModule,
  loggerModule,
  type AppConfig,
  type AppDatabase,
  type WorkflowModuleOptions,
} from '@scrutineer/platform';
import { DataSource } from 'typeorm';
import { AccessModule } from './access/access.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AdminBootstrap } from './auth/admin-bootstrap.service.js';
import { AuthModule } from './auth/auth.module.js';
import { ERROR_LOG, type ErrorLog } from './errors/error-log.js';
import { ErrorsModule } from './errors/errors.module.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { inputValidationPipe } from './graphql/validation.pipe.js';
import { HealthModule } from './health/health.module.js';
import { JurisdictionsModule } from './jurisdictions/jurisdictions.module.js';
import { UsersModule } from './users/users.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { ElectionsModule } from './elections/elections.module.js';
import { CampaignsModule } from './campaigns/campaigns.module.js';
import { CasesModule } from './cases/cases.module.js';
import { SupervisionModule } from './supervision/supervision.module.js';
import { LateEntriesModule } from './late-entries/late-entries.module.js';
import { RateLimitsModule } from './rate-limits/rate-limits.module.js';
import { GraphiqlModule } from './graphiql/graphiql.module.js';

export interface AppOverrides extends WorkflowModuleOptions {
  /** The opened database (see `openDatabase`), or `{ external }` for one the caller keeps (tests). */
  database: AppDatabase;
  /** Where logs go instead of standard output (tests). */
  logStream?: NodeJS.WritableStream;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, overrides: AppOverrides): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        loggerModule(config, overrides.logStream),
        ErrorsModule,
        DatabaseModule.forRoot(overrides.database),
        WorkflowModule.forRoot(overrides),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [ErrorsModule],
          inject: [APP_CONFIG, DataSource, ERROR_LOG],
          useFactory: (cfg: AppConfig, dataSource: DataSource, log: ErrorLog) => graphqlOptions(cfg, dataSource, log),
        }),
        AccessModule,
        RateLimitsModule,
        AuditModule,
        AuthModule,
        JurisdictionsModule,
        UsersModule,
        OrganizationsModule,
        ElectionsModule,
        CampaignsModule,
        CasesModule,
        SupervisionModule,
        LateEntriesModule,
        HealthModule,
        ...(config.graphql.sandbox ? [GraphiqlModule] : []),
      ],
      providers: [{ provide: APP_PIPE, useValue: inputValidationPipe }, AdminBootstrap],
    };
  }
}
