import { Injectable } from '@nestjs/common';
import { CaseEntity } from '@scrutineer/db';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../auth/actor.js';
import { DUPLICATE_WINDOW_DAYS, rankDuplicates } from './duplicates.js';

export interface CaseLinkView {
  kind: string;
  direction: 'TO' | 'FROM';
  note: string;
  case: CaseEntity;
}

export type DuplicateView = ReturnType<typeof rankDuplicates>[number];

interface LinkRef {
  owner: string;
  kind: string;
  note: string;
  direction: 'TO' | 'FROM';
  at: string;
}

/** Candidates drawn per case before ranking: the closest in time first. */
const DUPLICATE_CANDIDATES = 200;

/**
 * The cases related to a page of cases — their links and likely duplicates — in one query each for the
 * whole page, with the reader's scope applied in SQL. Cases outside the subtree are simply not there;
 * any database error propagates.
 */
@Injectable()
export class RelatedCasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Linked cases the actor may see, either way round, for each id: links it made first, then links to it, oldest first. */
  async links(actor: Actor, ids: readonly string[]): Promise<CaseLinkView[][]> {
    const pairs = `SELECT l.case_id AS owner, l.linked_case_id AS other, l.kind, l.note, 'TO' AS direction, l.created_at FROM case_links l WHERE l.case_id = ANY(:ids)
      UNION ALL
      SELECT l.linked_case_id, l.case_id, l.kind, l.note, 'FROM', l.created_at FROM case_links l WHERE l.linked_case_id = ANY(:ids)`;
    const qb = this.dataSource.manager
      .createQueryBuilder(CaseEntity, 'c')
      .comment('case-links')
      .innerJoin(
        `(SELECT p.other, jsonb_agg(jsonb_build_object('owner', p.owner, 'kind', p.kind, 'note', p.note, 'direction', p.direction, 'at', p.created_at)) AS refs
          FROM (${pairs}) p GROUP BY p.other)`,
        'm',
        'm.other = c.id',
      )
      .addSelect('m.refs', 'refs')
      .setParameters({ ids: [...ids] });
    this.access.scope(qb, 'c.jurisdiction_id', actor);
    const { entities, raw } = await qb.getRawAndEntities<{ c_id: string; refs: LinkRef[] }>();
    const byId = new Map(entities.map((e) => [e.id, e]));
    const found = new Map<string, (CaseLinkView & { at: string })[]>();
    for (const row of raw) {
      const other = byId.get(row.c_id)!;
      for (const ref of row.refs) {
        const list = found.get(ref.owner) ?? [];
        list.push({ kind: ref.kind, direction: ref.direction, note: ref.note, case: other, at: ref.at });
        found.set(ref.owner, list);
      }
    }
    const order = (a: { direction: string; at: string }, b: { direction: string; at: string }) =>
      a.direction === b.direction ? a.at.localeCompare(b.at) : a.direction === 'TO' ? -1 : 1;
    return ids.map((id) => (found.get(id) ?? []).sort(order).map(({ at: _at, ...link }) => link));
  }

  /**
   * Likely duplicates of each case (duplicates.ts ranks them): cases the actor may see of the same category,
   * election or place, received within the window, not merged.
   */
  async duplicates(actor: Actor, subjects: readonly CaseEntity[]): Promise<DuplicateView[][]> {
    const candidates = `SELECT o.id FROM cases o
      WHERE o.id <> s.id AND o.category = s.category AND o.state <> 'merged'
        AND o.received_on BETWEEN s.received_on - :days::int AND s.received_on + :days::int
        AND (o.election_id = s.election_id OR o.subject_jurisdiction_id = s.subject_jurisdiction_id)
        AND ${this.access.scopeCondition('o.jurisdiction_id')}
      ORDER BY abs(o.received_on - s.received_on), o.id LIMIT ${DUPLICATE_CANDIDATES}`;
    const qb = this.dataSource.manager
      .createQueryBuilder(CaseEntity, 'c')
      .comment('duplicate-suggestions')
      .innerJoin(
        `(SELECT d.id, array_agg(s.id::text) AS subject_ids FROM cases s CROSS JOIN LATERAL (${candidates}) d WHERE s.id = ANY(:ids) GROUP BY d.id)`,
        'm',
        'm.id = c.id',
      )
      .addSelect('m.subject_ids', 'subject_ids')
      .setParameters({ ids: subjects.map((s) => s.id), days: DUPLICATE_WINDOW_DAYS, ...this.access.scopeParameters(actor) });
    const { entities, raw } = await qb.getRawAndEntities<{ c_id: string; subject_ids: string[] }>();
    const byId = new Map(entities.map((e) => [e.id, e]));
    return subjects.map((subject) => {
      const others = raw.filter((r) => r.subject_ids.includes(subject.id)).map((r) => byId.get(r.c_id)!);
      return rankDuplicates(subject, others);
    });
  }
}
