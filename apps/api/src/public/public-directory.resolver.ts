import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { clipText } from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access-rule.decorator.js';
import { PublicElection, PublicPlace } from './public-directory.model.js';
import { ProofOfWork } from './proof-of-work.js';

/** Places one answer lists at most: a picker narrows by name or walks down the tree. */
const MAX_PLACES = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

interface PlaceRow {
  id: string;
  name: string;
  level: PublicPlace['level'];
  full_name: string;
  has_children: boolean;
}

/** A place's parent as jurisdictions_sibling_name_key indexes it (the top places under the zero id). */
const NO_PARENT = '00000000-0000-0000-0000-000000000000';
const PARENT = (alias: string) => `COALESCE(${alias}.parent_id, '${NO_PARENT}'::uuid)`;

/** The names of a place's ancestors and its own, from the top down (the ids in its path, by primary key); and whether it has children. */
const PLACE_COLUMNS = `j.id, j.name, j.level,
  (SELECT string_agg(a.name, ' / ' ORDER BY a.depth) FROM jurisdictions a
    WHERE a.id = ANY (string_to_array(btrim(j.path, '/'), '/')::uuid[])) AS full_name,
  EXISTS (SELECT 1 FROM jurisdictions c WHERE ${PARENT('c')} = j.id) AS has_children`;

/**
 * What the public pages need before filing, without an account: places by name or below a parent
 * (names and levels only: no codes, no people, no counts), the elections of a place by name, and a
 * proof-of-work challenge. Reads only: a picker typed into should not spend the filing's rate limit.
 */
@Resolver()
export class PublicDirectoryResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proofOfWork: ProofOfWork,
  ) {}

  @Query(() => [PublicPlace], {
    description: `Places for the public's picker: below parentId (the top places without it), or whose name contains nameContains; at most ${MAX_PLACES}, by name.`,
  })
  @Public()
  async publicPlaces(
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string,
    @Args('nameContains', { type: () => String, nullable: true }) nameContains?: string,
  ): Promise<PublicPlace[]> {
    const search = clipText(nameContains ?? '', 50).trim();
    if (parentId !== undefined && parentId !== null && !UUID.test(parentId)) return [];
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (search) {
      params.push(`%${escapeLike(search)}%`);
      conditions.push(`j.name LIKE $${params.length} ESCAPE '\\'`);
    }
    if (parentId) {
      params.push(parentId);
      conditions.push(`${PARENT('j')} = $${params.length}`);
    } else if (!search) conditions.push(`${PARENT('j')} = '${NO_PARENT}'::uuid`);
    params.push(MAX_PLACES);
    const rows = await sql<PlaceRow>(
      this.dataSource.manager,
      `SELECT ${PLACE_COLUMNS} FROM jurisdictions j WHERE ${conditions.join(' AND ')} ORDER BY j.depth, j.name, j.id LIMIT $${params.length}`,
      params,
    );
    return rows.map((r) => ({ id: r.id, name: r.name, level: r.level, fullName: r.full_name, hasChildren: r.has_children }));
  }

  @Query(() => [PublicElection], { description: 'The elections held in a place or below it, newest first, by name only.' })
  @Public()
  async publicElections(@Args('jurisdictionId', { type: () => ID }) jurisdictionId: string): Promise<PublicElection[]> {
    if (!UUID.test(jurisdictionId)) return [];
    const rows = await sql<{ id: string; name: string; year: number }>(
      this.dataSource.manager,
      `SELECT e.id, o.name, extract(year FROM e.election_day)::int AS year
         FROM elections e JOIN organizations o ON o.id = e.organization_id JOIN jurisdictions j ON j.id = e.jurisdiction_id
        WHERE starts_with(j.path, (SELECT p.path FROM jurisdictions p WHERE p.id = $1))
        ORDER BY e.election_day DESC, o.name, e.id LIMIT 50`,
      [jurisdictionId],
    );
    return rows.map((r) => ({ id: r.id, name: `${r.name} ${r.year}年换届选举` }));
  }

  @Query(() => String, {
    description:
      'A proof-of-work challenge (ALTCHA, JSON): solve it and send base64 of `{ challenge, solution }` as fileComplaint’s proofOfWork or an anonymous upload’s X-Proof-Of-Work header. Each solution is accepted once.',
  })
  @Public()
  async proofOfWorkChallenge(): Promise<string> {
    return JSON.stringify(await this.proofOfWork.challenge());
  }
}
