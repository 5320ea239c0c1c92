import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule, PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AccessModule } from './access/access.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AdminBootstrap } from './auth/admin-bootstrap.service.js';
import { AuthModule } from './auth/auth.module.js';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG, ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { inputValidationPipe } from './graphql/validation.pipe.js';
import { HealthModule } from './health/health.module.js';
import { JurisdictionsModule } from './jurisdictions/jurisdictions.module.js';
import { UsersModule } from './users/users.module.js';
import { WorkflowModule, type WorkflowModuleOptions } from './workflow/workflow.module.js';

export interface AppOverrides extends WorkflowModuleOptions {
  /** Use this DataSource instead of opening the configured database (tests). */
  dataSource?: DataSource;
}

/** JSON logs; the token and cookies never reach them. */
export const loggerModule = (config: AppConfig) =>
  LoggerModule.forRoot({
    pinoHttp: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
    },
  });

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, overrides: AppOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        loggerModule(config),
        DatabaseModule.forRoot(overrides.dataSource),
        WorkflowModule.forRoot(overrides),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG, DataSource, PinoLogger],
          useFactory: (cfg: AppConfig, dataSource: DataSource, logger: PinoLogger) => {
            logger.setContext('GraphQL');
            return graphqlOptions(cfg, dataSource, (err, reference) => logger.error({ err, reference }, 'unexpected error in a GraphQL request'));
          },
        }),
        AccessModule,
        AuditModule,
        AuthModule,
        JurisdictionsModule,
        UsersModule,
        HealthModule,
      ],
      providers: [{ provide: APP_PIPE, useValue: inputValidationPipe }, AdminBootstrap],
    };
  }
}
