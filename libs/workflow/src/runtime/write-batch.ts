import { sql } from '@scrutineer/db';
import type { EntityManager } from 'typeorm';

export interface Statement {
  text: string;
  params: unknown[];
}

/** One statement's `$n` placeholders moved up by `offset` (statements here are the runtime's own: no `$n` in literals). */
const renumber = (text: string, offset: number): string => text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);

/**
 * Statements as the named WITH clauses of one statement ending in `select`: one round trip instead of
 * one each. The clauses share the statement's snapshot and none sees the rows another writes.
 */
export function withClauses(clauses: readonly { name: string; statement: Statement }[], select: string): Statement {
  const params: unknown[] = [];
  const parts = clauses.map(({ name, statement }) => {
    const part = `${name} AS (${renumber(statement.text, params.length)})`;
    params.push(...statement.params);
    return part;
  });
  return { text: `WITH ${parts.join(',\n')}\n${renumber(select, params.length)}`, params };
}

/** Writes that need nothing back, as one statement. */
export function combine(statements: readonly Statement[]): Statement {
  if (statements.length === 1) return statements[0]!;
  return withClauses(
    statements.map((statement, i) => ({ name: `w${i}`, statement })),
    'SELECT 1',
  );
}

export async function run(manager: EntityManager, statement: Statement): Promise<Record<string, unknown>[]> {
  return sql(manager, statement.text, statement.params);
}
