import { Module } from '@nestjs/common';
import { PublicModule } from '../public/public.module.js';
import { AttachmentUploads } from './attachment-uploads.js';
import { CoverageService } from './coverage.service.js';
import { ObservationsService } from './observations.service.js';
import { OrdersResolver } from './orders.resolver.js';
import { OrdersService } from './orders.service.js';
import { SupervisionAccess } from './supervision-access.js';
import { SupervisionResolver } from './supervision.resolver.js';
import { TeamsService } from './teams.service.js';
import { VocabularyResolver } from './vocabulary.resolver.js';

@Module({
  imports: [PublicModule],
  providers: [
    AttachmentUploads,
    SupervisionAccess,
    TeamsService,
    ObservationsService,
    OrdersService,
    CoverageService,
    SupervisionResolver,
    OrdersResolver,
    VocabularyResolver,
  ],
})
export class SupervisionModule {}

export { AttachmentUploads };
