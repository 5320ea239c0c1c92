import { Injectable } from '@nestjs/common';
import { DEFAULT_TIME_ZONE } from '@scrutineer/domain';
import { LateEntryEntity } from '@scrutineer/db';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../auth/actor.js';
import { keysetPage, type Page, type PageArgs } from '../graphql/pagination.js';
import type { LateEntriesArgs } from './late-entry.model.js';

/** Dates entered late, where the actor may see them, in the order they were recorded. */
@Injectable()
export class LateEntriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(actor: Actor, filter: Omit<LateEntriesArgs, keyof PageArgs>, page: PageArgs): Promise<Page<LateEntryEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(LateEntryEntity, 'l');
    this.access.scope(qb, 'l.jurisdiction_id', actor);
    if (filter.withinJurisdictionId) {
      const within = await this.access.visibleJurisdiction(actor, filter.withinJurisdictionId);
      qb.andWhere('EXISTS (SELECT 1 FROM jurisdictions wj WHERE wj.id = l.jurisdiction_id AND starts_with(wj.path, :withinPath))', {
        withinPath: within.path,
      });
    }
    if (filter.subjectType) qb.andWhere('l.subject_type = :subjectType', { subjectType: filter.subjectType });
    if (filter.subjectId) qb.andWhere('l.subject_id = :subjectId', { subjectId: filter.subjectId });
    if (filter.recordedFrom) {
      qb.andWhere('(l.recorded_at AT TIME ZONE :zone)::date >= :from::date', { from: filter.recordedFrom, zone: DEFAULT_TIME_ZONE });
    }
    if (filter.recordedTo) {
      qb.andWhere('(l.recorded_at AT TIME ZONE :zone)::date <= :to::date', { to: filter.recordedTo, zone: DEFAULT_TIME_ZONE });
    }
    // In the order they were recorded (insertion order), ties included.
    return keysetPage(qb, page, [{ expr: 'l.position', kind: 'int', of: (l) => Number(l.position) }]);
  }
}
