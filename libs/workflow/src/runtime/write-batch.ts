import { sql } from '@scrutineer/db';
import type { EntityManager } from 'typeorm';

export interface Statement {
  text: string;
  params: unknown[];
}

/** One statement's `$n` placeholders moved up by `offset` (statements here are the runtime's own: no `$n` in literals). */
const renumber = (text: string, offset: number): string => text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);

/** Several writes as one statement, each a data-modifying WITH clause: one round trip instead of one each. */
export function combine(statements: readonly Statement[]): Statement {
  if (statements.length === 1) return statements[0]!;
  const params: unknown[] = [];
  const clauses = statements.map((s, i) => {
    const clause = `w${i} AS (${renumber(s.text, params.length)})`;
    params.push(...s.params);
    return clause;
  });
  return { text: `WITH ${clauses.join(', ')} SELECT 1`, params };
}

/**
 * The writes of one transition that need nothing back (its audit entry, outbox rows, deadlines, late
 * entries), sent together. The clauses of one statement share its snapshot and none sees another's rows,
 * so a second write to the same thing (a deadline of the same kind) first sends what is waiting.
 */
export class WriteBatch {
  private statements: Statement[] = [];
  private readonly keys = new Set<string>();

  constructor(private readonly manager: EntityManager) {}

  async add(statement: Statement, key?: string): Promise<void> {
    if (key !== undefined && this.keys.has(key)) await this.flush();
    this.statements.push(statement);
    if (key !== undefined) this.keys.add(key);
  }

  async flush(): Promise<void> {
    if (this.statements.length === 0) return;
    const { text, params } = combine(this.statements);
    this.statements = [];
    this.keys.clear();
    await sql(this.manager, text, params);
  }
}
