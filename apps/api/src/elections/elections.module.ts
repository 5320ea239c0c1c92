import { Module } from '@nestjs/common';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { CandidatesResolver } from './candidates.resolver.js';
import { CandidatesService } from './candidates.service.js';
import { ElectionStepsResolver } from './election-steps.resolver.js';
import { ElectionsResolver } from './elections.resolver.js';
import { ElectionsService } from './elections.service.js';
import { RuleProfilesResolver } from './rule-profiles.resolver.js';

@Module({
  imports: [OrganizationsModule],
  providers: [
    CampaignsService,
    ElectionsService,
    CandidatesService,
    ElectionsResolver,
    ElectionStepsResolver,
    CandidatesResolver,
    RuleProfilesResolver,
  ],
  exports: [ElectionsService, CampaignsService],
})
export class ElectionsModule {}
