import { Module } from '@nestjs/common';
import { LateEntriesResolver } from './late-entries.resolver.js';
import { LateEntriesService } from './late-entries.service.js';

@Module({ providers: [LateEntriesService, LateEntriesResolver] })
export class LateEntriesModule {}
