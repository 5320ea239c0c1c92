import { Injectable } from '@nestjs/common';
import { notFound } from '@scrutineer/domain';
import { AuditEntryEntity } from '@scrutineer/db';
import { AuditLog, type AnchorVerification, type ChainVerification } from '@scrutineer/workflow';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../auth/actor.js';
import { keysetPage, type Page, type PageArgs } from '../graphql/pagination.js';

/** Reading the audit trail: a subject's entries are visible where the subject now is. */
@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditLog,
  ) {}

  async trail(actor: Actor, subjectId: string, page: PageArgs): Promise<Page<AuditEntryEntity>> {
    await this.assertVisible(actor, subjectId);
    const qb = this.dataSource.manager.createQueryBuilder(AuditEntryEntity, 'a').where('a.subject_id = :subjectId', { subjectId });
    return keysetPage(qb, page, [{ expr: 'a.seq', kind: 'int', of: (a) => a.seq }]);
  }

  async verify(actor: Actor, subjectId: string): Promise<ChainVerification> {
    await this.assertVisible(actor, subjectId);
    return this.dataSource.transaction('REPEATABLE READ', (tx) => this.audit.verify(tx, subjectId));
  }

  async verifyAnchors(): Promise<AnchorVerification> {
    return this.dataSource.transaction('REPEATABLE READ', (tx) => this.audit.verifyAnchors(tx));
  }

  /**
   * The subject's jurisdiction is the one its newest entry records. A subject whose entries are all
   * gone but that an anchor vouches for is still verifiable (that is how the deletion shows), by
   * actors at the root of the tree, since its jurisdiction went with the entries.
   */
  private async assertVisible(actor: Actor, subjectId: string): Promise<void> {
    const latest = await this.dataSource.manager.findOne(AuditEntryEntity, {
      where: { subjectId },
      order: { seq: 'DESC' },
      select: { id: true, jurisdictionId: true },
    });
    if (!latest && !(await this.audit.isAnchored(this.dataSource.manager, subjectId))) throw notFound('Audit trail');
    await this.access.assertVisible(actor, latest?.jurisdictionId ?? null, 'Audit trail');
  }
}
