import { Inject, Injectable } from '@nestjs/common';
import { badInput, notFound, type Clock } from '@scrutineer/domain';
import { OrganizationEntity, isUniqueViolation } from '@scrutineer/db';
import { CLOCK } from '@scrutineer/platform';
import { conflict } from '@scrutineer/workflow';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { PlatformAudit } from '../audit/platform-audit.service.js';
import { toWorkflowActor, type Actor } from '../auth/actor.js';
import { keysetPage, type Page, type PageArgs } from '../graphql/pagination.js';
import { insertOrganization } from './insert-organization.js';
import type { CreateOrganizationInput, OrganizationsArgs, UpdateOrganizationInput } from './dto/organization.inputs.js';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: PlatformAudit,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<OrganizationEntity> {
    const qb = manager.createQueryBuilder(OrganizationEntity, 'o').where('o.id = :id', { id });
    this.access.scope(qb, 'o.jurisdiction_id', actor);
    if (lock) qb.setLock('pessimistic_write');
    const organization = await qb.getOne();
    if (!organization) throw notFound('Organization');
    return organization;
  }

  async list(
    actor: Actor,
    filter: Pick<OrganizationsArgs, 'withinJurisdictionId' | 'type'>,
    page: PageArgs,
  ): Promise<Page<OrganizationEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(OrganizationEntity, 'o');
    this.access.scope(qb, 'o.jurisdiction_id', actor);
    if (filter.withinJurisdictionId) {
      const within = await this.access.visibleJurisdiction(actor, filter.withinJurisdictionId);
      qb.andWhere('EXISTS (SELECT 1 FROM jurisdictions wj WHERE wj.id = o.jurisdiction_id AND wj.path LIKE :withinPrefix)', {
        withinPrefix: `${within.path}%`,
      });
    }
    if (filter.type) qb.andWhere('o.type = :type', { type: filter.type });
    return keysetPage(qb, page, [
      { expr: 'o.name', kind: 'text', of: (o) => o.name },
      { expr: 'o.id', kind: 'uuid', of: (o) => o.id },
    ]);
  }

  async create(actor: Actor, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    try {
      return await this.dataSource.transaction(async (tx) => {
        await this.access.visibleJurisdiction(actor, input.jurisdictionId, tx);
        const { jurisdictionId, type, name, memberCount } = input;
        const organization = await insertOrganization(tx, (t, e) => this.audit.record(t, e), toWorkflowActor(actor), this.clock.now(), {
          jurisdictionId,
          type,
          name,
          memberCount,
        });
        return organization;
      });
    } catch (err) {
      if (isUniqueViolation(err, 'organizations_name_key'))
        throw badInput(`A ${input.type} named "${input.name}" already exists there`, { field: 'name' });
      throw err;
    }
  }

  async update(actor: Actor, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    try {
      return await this.dataSource.transaction(async (tx) => {
        const organization = await this.get(actor, input.id, tx, true);
        if (organization.version !== input.expectedVersion)
          throw conflict('organization', organization.id, input.expectedVersion, organization.version);
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        if (input.name !== undefined && input.name !== organization.name) changes.name = { from: organization.name, to: input.name };
        if (input.memberCount !== undefined && input.memberCount !== organization.memberCount) {
          changes.memberCount = { from: organization.memberCount, to: input.memberCount };
        }
        if (Object.keys(changes).length === 0) return organization;
        Object.assign(organization, {
          name: input.name ?? organization.name,
          memberCount: input.memberCount ?? organization.memberCount,
          updatedAt: this.clock.now(),
          version: organization.version + 1,
        });
        await tx.update(
          OrganizationEntity,
          { id: organization.id },
          {
            name: organization.name,
            memberCount: organization.memberCount,
            updatedAt: organization.updatedAt,
            version: organization.version,
          },
        );
        await this.audit.record(tx, {
          subjectType: 'organization',
          subjectId: organization.id,
          action: 'organization.update',
          actor: toWorkflowActor(actor),
          jurisdictionId: organization.jurisdictionId,
          data: { changes },
        });
        return organization;
      });
    } catch (err) {
      if (isUniqueViolation(err, 'organizations_name_key'))
        throw badInput(`That name is already used by another such body there`, { field: 'name' });
      throw err;
    }
  }
}
