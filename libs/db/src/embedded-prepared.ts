import { createRequire } from 'node:module';
import type { getPGliteInstance } from 'typeorm-pglite';

// The CommonJS build, the one typeorm-pglite runs (see embedded-driver.ts).
const pglite = createRequire(import.meta.url)('@electric-sql/pglite') as typeof import('@electric-sql/pglite');
const { serialize } = pglite.protocol;
const { DatabaseError } = pglite.protocol.messages;

/** The instance typeorm-pglite runs (its CommonJS build). */
type PGlite = Awaited<ReturnType<typeof getPGliteInstance>>;
type BackendMessage = Awaited<ReturnType<PGlite['execProtocolStream']>>[number];

/** node-postgres's named statement: parsed and planned once per connection, then bound and executed. */
export interface NamedQuery {
  name: string;
  text: string;
  values: unknown[];
}

type Result = Awaited<ReturnType<PGlite['query']>> & { rows: Record<string, unknown>[] };

/** What PostgreSQL gave a statement, per PGlite instance: its parameters' type oids. */
const prepared = new WeakMap<PGlite, Map<string, number[]>>();

/** The statement is gone (DEALLOCATE, DISCARD) or its result columns changed with the schema. */
const isStale = (error: InstanceType<typeof DatabaseError>): boolean =>
  error.code === '26000' || (error.code === '0A000' && /cached plan must not change result type/.test(error.message));

const concat = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/**
 * A named statement on PGlite, as node-postgres runs one on the server: the first call parses it (and
 * learns its parameter types), every call binds and executes it, all in one batch of protocol messages.
 * PGlite's own `query` parses, describes and plans the text on every call, and planning asks each
 * relation's size from the file system (an fstat per relation): that was half a cheap read (issue 12).
 * Errors are PostgreSQL's, as `query` throws them; a stale statement is prepared again once.
 */
export async function queryNamed(pg: PGlite, query: NamedQuery): Promise<Result> {
  let statements = prepared.get(pg);
  if (!statements) prepared.set(pg, (statements = new Map()));
  const known = statements;
  return pg.runExclusive(async () => {
    try {
      return await run(pg, known, query);
    } catch (error) {
      if (!(error instanceof DatabaseError) || !isStale(error) || pg.isInTransaction()) throw error;
      known.delete(query.name);
      await pg.execProtocolStream(concat([serialize.close({ type: 'S', name: query.name }), serialize.sync()]));
      return run(pg, known, query);
    }
  });
}

async function run(pg: PGlite, statements: Map<string, number[]>, { name, text, values }: NamedQuery): Promise<Result> {
  let types = statements.get(name);
  if (!types) {
    const messages = await pg.execProtocolStream(
      concat([serialize.parse({ name, text }), serialize.describe({ type: 'S', name }), serialize.sync()]),
    );
    types = pglite.parse.parseDescribeStatementResults(messages);
    statements.set(name, types);
  }
  const oids = types;
  const params = values.map((value, i) => {
    if (value === null || value === undefined) return null;
    // A buffer is a parameter in binary form, as node-postgres sends one (jsonbParam).
    if (value instanceof Uint8Array) return value;
    const serializer = pg.serializers[oids[i] ?? -1];
    return serializer ? (serializer(value) as string) : String(value as string);
  });
  const messages: BackendMessage[] = await pg.execProtocolStream(
    concat([
      serialize.bind({ statement: name, values: params }),
      serialize.describe({ type: 'P' }),
      serialize.execute({}),
      serialize.sync(),
    ]),
  );
  // As PGlite's `query` answers: rows, fields, affectedRows.
  return (pglite.parse.parseResults(messages, pg.parsers)[0] ?? { rows: [], fields: [] }) as Result;
}
