import { Module } from '@nestjs/common';
import { ElectionsModule } from '../elections/elections.module.js';
import { CampaignsResolver } from './campaigns.resolver.js';

@Module({ imports: [ElectionsModule], providers: [CampaignsResolver] })
export class CampaignsModule {}
