import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { badInput } from '@scrutineer/domain';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many items (1–${MAX_PAGE_SIZE}).` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string;
}

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field({ description: 'True when this page was asked for with `after`.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
  /** False when the count stopped at its cap (`countCap`): there are at least `totalCount` items. */
  totalCountExact?: boolean;
}

/** One key of a keyset ordering: the SQL expression, its kind, and how to read its value from a row. */
export interface KeysetKey<T> {
  expr: string;
  kind: 'text' | 'int' | 'uuid' | 'date';
  of: (row: T) => string | number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
  const day = new Date(`${value}T00:00:00Z`);
  return DATE.test(value) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

function fits(kind: KeysetKey<unknown>['kind'], value: unknown): boolean {
  if (kind === 'int') return Number.isInteger(value);
  if (typeof value !== 'string') return false;
  return kind === 'text' || (kind === 'uuid' ? UUID.test(value) : isDate(value));
}

const encodeCursor = (values: (string | number)[]): string => Buffer.from(JSON.stringify(values)).toString('base64url');

function decodeCursor(cursor: string, keys: KeysetKey<never>[]): (string | number)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === keys.length && values.every((v, i) => fits(keys[i]!.kind, v))) {
      return values as (string | number)[];
    }
  } catch {
    // fall through
  }
  throw badInput('The cursor is not valid: pass the endCursor of a previous page of the same query', { field: 'after' });
}

export interface KeysetOptions {
  /**
   * Count at most this many matches (then `totalCountExact` is false): a count costs one index entry
   * per match, and a page must not cost the size of the table.
   */
  countCap?: number;
}

/** How many rows the query matches, counting no further than `cap` (+1, to know it went beyond). */
async function cappedCount<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, cap: number): Promise<number> {
  const [text, params] = qb
    .clone()
    .select('1', 'one')
    .orderBy()
    .limit(cap + 1)
    .getQueryAndParameters();
  const [row] = (await qb.connection.query(`SELECT count(*)::int AS n FROM (${text}) capped`, params)) as { n: number }[];
  return row!.n;
}

/**
 * A page by keyset (no OFFSET): ordered by `keys` ascending, continuing after the row the cursor
 * names. The last key must be unique (an id) so the order is total.
 */
export async function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  keys: KeysetKey<T>[],
  options: KeysetOptions = {},
): Promise<Page<T>> {
  const { countCap } = options;
  const counted = countCap === undefined ? await qb.clone().getCount() : await cappedCount(qb, countCap);
  const totalCount = countCap === undefined ? counted : Math.min(counted, countCap);
  const page = qb.clone();
  if (args.after) {
    const values = decodeCursor(args.after, keys as KeysetKey<never>[]);
    const params = Object.fromEntries(values.map((v, i) => [`keyset${i}`, v]));
    const cursor = keys.map((k, i) => (k.kind === 'date' ? `CAST(:keyset${i} AS date)` : `:keyset${i}`));
    page.andWhere(`(${keys.map((k) => k.expr).join(', ')}) > (${cursor.join(', ')})`, params);
  }
  keys.forEach((k, i) => (i === 0 ? page.orderBy(k.expr, 'ASC') : page.addOrderBy(k.expr, 'ASC')));
  const rows = await page.limit(args.first + 1).getMany();
  const edges = rows.slice(0, args.first).map((node) => ({
    node,
    cursor: encodeCursor(keys.map((k) => k.of(node))),
  }));
  return {
    edges,
    totalCount,
    totalCountExact: counted === totalCount,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
