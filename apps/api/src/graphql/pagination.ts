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
}

/** One key of a keyset ordering: the SQL expression, its kind, and how to read its value from a row. */
export interface KeysetKey<T> {
  expr: string;
  kind: 'text' | 'int' | 'uuid';
  of: (row: T) => string | number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const fits = (kind: KeysetKey<unknown>['kind'], value: unknown): boolean =>
  kind === 'int' ? Number.isInteger(value) : typeof value === 'string' && (kind === 'text' || UUID.test(value));

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

/**
 * A page by keyset (no OFFSET): ordered by `keys` ascending, continuing after the row the cursor
 * names. The last key must be unique (an id) so the order is total.
 */
export async function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  keys: KeysetKey<T>[],
): Promise<Page<T>> {
  const totalCount = await qb.clone().getCount();
  const page = qb.clone();
  if (args.after) {
    const values = decodeCursor(args.after, keys as KeysetKey<never>[]);
    const params = Object.fromEntries(values.map((v, i) => [`keyset${i}`, v]));
    page.andWhere(`(${keys.map((k) => k.expr).join(', ')}) > (${keys.map((_, i) => `:keyset${i}`).join(', ')})`, params);
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
    pageInfo: {
      hasNextPage: rows.length > args.first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
