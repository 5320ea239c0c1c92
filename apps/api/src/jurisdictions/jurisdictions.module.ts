import { Module } from '@nestjs/common';
import { JurisdictionsResolver } from './jurisdictions.resolver.js';
import { JurisdictionsService } from './jurisdictions.service.js';

@Module({ providers: [JurisdictionsService, JurisdictionsResolver], exports: [JurisdictionsService] })
export class JurisdictionsModule {}
