import { Injectable } from '@nestjs/common';
import { isDomainError, isWithinScope, notFound } from '@scrutineer/domain';
import { JurisdictionEntity } from '@scrutineer/db';
import type { RowAuthorizer } from '@scrutineer/workflow';
import { DataSource, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../auth/actor.js';

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The one place that decides what an actor may see (ARCHITECTURE.md §11): the subtree of their
 * home jurisdiction. Queries add `scope()`; lookups of single objects go through `visible...()`,
 * which answer NOT_FOUND for objects outside the subtree, exactly as for objects that do not exist.
 */
@Injectable()
export class AccessService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The one way to load an object and check it is in scope: a missing object and one the actor may not
   * see answer the same NOT_FOUND, naming the object asked for — never the election or place behind it.
   * Other failures (a database error) pass through untouched.
   */
  async scoped<T>(what: string, row: T | null | undefined, inScope: (row: T) => Promise<unknown>): Promise<T> {
    if (row === null || row === undefined) throw notFound(what);
    try {
      await inScope(row);
    } catch (error) {
      if (isDomainError(error) && error.code === 'NOT_FOUND') throw notFound(what);
      throw error;
    }
    return row;
  }

  /** Restrict a query to rows whose jurisdiction (the column `jurisdictionIdExpr`) is in the actor's subtree. */
  scope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, jurisdictionIdExpr: string, actor: Actor): SelectQueryBuilder<T> {
    return qb.andWhere(this.scopeCondition(jurisdictionIdExpr), this.scopeParameters(actor));
  }

  /**
   * The same restriction as SQL text, for conditions inside a subquery (applied before its LIMIT);
   * the query builder that runs it takes `scopeParameters(actor)`. Raw SQL names its own placeholder
   * (`$2`) and passes `scopeParameters(actor).scopePrefix` there.
   */
  scopeCondition(jurisdictionIdExpr: string, alias = 'scope_j', placeholder = ':scopePrefix'): string {
    return `EXISTS (SELECT 1 FROM jurisdictions ${alias} WHERE ${alias}.id = ${jurisdictionIdExpr} AND ${alias}.path LIKE ${placeholder} ESCAPE '\\')`;
  }

  scopeParameters(actor: Actor): { scopePrefix: string } {
    return { scopePrefix: `${escapeLike(actor.scopePath)}%` };
  }

  /** Whether an object at this jurisdiction path is within the actor's subtree. */
  canSeePath(actor: Actor, path: string): boolean {
    return isWithinScope(path, actor.scopePath);
  }

  /** The jurisdiction, if it exists and lies in the actor's subtree; otherwise NOT_FOUND. */
  async visibleJurisdiction(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<JurisdictionEntity> {
    const jurisdiction = await manager.findOne(JurisdictionEntity, { where: { id } });
    if (!jurisdiction || !this.canSeePath(actor, jurisdiction.path)) throw notFound('Jurisdiction');
    return jurisdiction;
  }

  /** NOT_FOUND unless the jurisdiction id (of some object) lies in the actor's subtree. */
  async assertVisible(actor: Actor, jurisdictionId: string | null, what: string, manager?: EntityManager): Promise<void> {
    if (jurisdictionId === null) {
      if (!this.seesUnplaced(actor)) throw notFound(what);
      return;
    }
    await this.scoped(what, jurisdictionId, (id) => this.visibleJurisdiction(actor, id, manager));
  }

  /**
   * The same rule for a workflow step, run by the engine on the aggregate's row as it locked it
   * (SendOptions.authorize): its jurisdiction's path is read in that statement, not looked up after.
   */
  rowAuthorizer(actor: Actor, what: string): RowAuthorizer {
    return {
      columns: { jurisdiction_path: '(SELECT path FROM jurisdictions WHERE id = t.jurisdiction_id)' },
      check: (row, { jurisdiction_path: path }) => {
        const visible = row.jurisdiction_id === null ? this.seesUnplaced(actor) : typeof path === 'string' && this.canSeePath(actor, path);
        if (!visible) throw notFound(what);
      },
    };
  }

  /** Objects with no jurisdiction belong to the whole installation: only root-level actors see them. */
  private seesUnplaced(actor: Actor): boolean {
    return (actor.scopePath.match(/\//g) ?? []).length === 2;
  }
}
