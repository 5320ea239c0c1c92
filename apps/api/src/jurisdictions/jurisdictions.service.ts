import { CLOCK } from '@scrutineer/platform';
import { Inject, Injectable } from '@nestjs/common';
import { assertChildLevel, badInput, pathIds, type Clock, type JurisdictionLevel } from '@scrutineer/domain';
import { JurisdictionEntity, isUniqueViolation } from '@scrutineer/db';
import { conflict } from '@scrutineer/workflow';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { PlatformAudit } from '../audit/platform-audit.service.js';
import { toWorkflowActor, type Actor } from '../auth/actor.js';

import { keysetPage, type Page, type PageArgs } from '../graphql/pagination.js';
import type { CreateJurisdictionInput } from './dto/create-jurisdiction.input.js';
import { insertJurisdiction } from './insert-jurisdiction.js';
import type { UpdateJurisdictionInput } from './dto/update-jurisdiction.input.js';

export interface JurisdictionFilter {
  parentId?: string;
  level?: JurisdictionLevel;
  nameContains?: string;
}

@Injectable()
export class JurisdictionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: PlatformAudit,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  get(actor: Actor, id: string): Promise<JurisdictionEntity> {
    return this.access.visibleJurisdiction(actor, id);
  }

  /** Jurisdictions in the caller's subtree, by depth then name. */
  async list(actor: Actor, filter: JurisdictionFilter, page: PageArgs): Promise<Page<JurisdictionEntity>> {
    const qb = this.dataSource.getRepository(JurisdictionEntity).createQueryBuilder('j');
    this.access.scope(qb, 'j.id', actor);
    if (filter.parentId) {
      await this.access.visibleJurisdiction(actor, filter.parentId);
      qb.andWhere('j.parent_id = :parentId', { parentId: filter.parentId });
    }
    if (filter.level) qb.andWhere('j.level = :level', { level: filter.level });
    if (filter.nameContains) qb.andWhere('strpos(j.name, :name) > 0', { name: filter.nameContains });
    return keysetPage(qb, page, [
      { expr: 'j.depth', kind: 'int', of: (j) => j.depth },
      { expr: 'j.name', kind: 'text', of: (j) => j.name },
      { expr: 'j.id', kind: 'uuid', of: (j) => j.id },
    ]);
  }

  children(actor: Actor, parent: JurisdictionEntity, page: PageArgs): Promise<Page<JurisdictionEntity>> {
    return this.list(actor, { parentId: parent.id }, page);
  }

  /** Ancestors the caller may see, root first (a county user sees none above the county). */
  visibleAncestorIds(actor: Actor, jurisdiction: JurisdictionEntity): string[] {
    const ids = pathIds(jurisdiction.path).slice(0, -1);
    const own = pathIds(actor.scopePath).length;
    return ids.slice(own - 1);
  }

  async create(actor: Actor, input: CreateJurisdictionInput): Promise<JurisdictionEntity> {
    try {
      return await this.dataSource.transaction(async (tx) => {
        const parent = await this.access.visibleJurisdiction(actor, input.parentId, tx);
        assertChildLevel(parent.level, input.level);
        await this.assertNameFree(tx, parent.id, input.name);
        return insertJurisdiction(tx, (t, e) => this.audit.record(t, e), toWorkflowActor(actor), this.clock.now(), {
          parent,
          level: input.level,
          name: input.name,
          code: input.code ?? null,
        });
      });
    } catch (err) {
      throw this.explainUnique(err, input.code ?? null);
    }
  }

  async update(actor: Actor, input: UpdateJurisdictionInput): Promise<JurisdictionEntity> {
    try {
      return await this.dataSource.transaction(async (tx) => {
        const current = await this.access.visibleJurisdiction(actor, input.id, tx);
        await tx.query('SELECT id FROM jurisdictions WHERE id = $1 FOR UPDATE', [current.id]);
        const locked = await tx.findOneByOrFail(JurisdictionEntity, { id: current.id });
        if (input.expectedVersion !== undefined && input.expectedVersion !== locked.version) {
          throw conflict('jurisdiction', locked.id, input.expectedVersion, locked.version);
        }
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        if (input.name !== undefined && input.name !== locked.name) {
          if (locked.parentId) await this.assertNameFree(tx, locked.parentId, input.name);
          changes.name = { from: locked.name, to: input.name };
          locked.name = input.name;
        }
        const code = input.code === undefined ? undefined : input.code === '' ? null : input.code;
        if (code !== undefined && code !== locked.code) {
          changes.code = { from: locked.code, to: code };
          locked.code = code;
        }
        if (Object.keys(changes).length === 0) return locked;
        locked.updatedAt = this.clock.now();
        locked.version += 1;
        await tx.update(
          JurisdictionEntity,
          { id: locked.id },
          { name: locked.name, code: locked.code, updatedAt: locked.updatedAt, version: locked.version },
        );
        await this.audit.record(tx, {
          subjectType: 'jurisdiction',
          subjectId: locked.id,
          action: 'jurisdiction.update',
          actor: toWorkflowActor(actor),
          jurisdictionId: locked.id,
          data: { changes },
        });
        return locked;
      });
    } catch (err) {
      throw this.explainUnique(err, input.code ?? null);
    }
  }

  private async assertNameFree(tx: EntityManager, parentId: string, name: string): Promise<void> {
    if (await tx.existsBy(JurisdictionEntity, { parentId, name })) {
      throw badInput(`A jurisdiction named "${name}" already exists there`, { field: 'name' });
    }
  }

  private explainUnique(err: unknown, code: string | null): unknown {
    if (isUniqueViolation(err, 'jurisdictions_code_key'))
      return badInput(`The code ${code} is already used by another jurisdiction`, { field: 'code' });
    if (isUniqueViolation(err, 'jurisdictions_sibling_name_key'))
      return badInput('A jurisdiction with that name already exists there', { field: 'name' });
    return err;
  }
}
