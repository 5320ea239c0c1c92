import { Module } from '@nestjs/common';
import { APP_CONFIG, IdentityCipher, createIdentityCipher, type AppConfig } from '@scrutineer/platform';
import { ElectionsModule } from '../elections/elections.module.js';
import { PublicModule } from '../public/public.module.js';
import { CaseStatsResolver } from './case-stats.resolver.js';
import { CaseStatsService } from './case-stats.service.js';
import { CaseStepsResolver } from './case-steps.resolver.js';
import { CasesResolver } from './cases.resolver.js';
import { CasesService } from './cases.service.js';
import { Open311Controller } from './open311.controller.js';
import { Open311FilingController } from './open311-filing.controller.js';
import { PublicCasesResolver } from './public-cases.resolver.js';
import { PublicCasesService } from './public-cases.service.js';
import { RelatedCasesService } from './related-cases.service.js';

@Module({
  imports: [ElectionsModule, PublicModule],
  controllers: [Open311Controller, Open311FilingController],
  providers: [
    { provide: IdentityCipher, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createIdentityCipher(config) },
    CasesService,
    RelatedCasesService,
    PublicCasesService,
    CaseStatsService,
    CasesResolver,
    CaseStepsResolver,
    PublicCasesResolver,
    CaseStatsResolver,
  ],
})
export class CasesModule {}
