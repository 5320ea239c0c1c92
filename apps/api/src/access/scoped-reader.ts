import { notFound } from '@scrutineer/domain';
import { QueryFailedError, type DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata.js';
import type { Actor } from '../auth/actor.js';
import type { AccessService } from './access.service.js';
import { ReadBatch } from './read-batch.js';

interface Compiled {
  sql: string;
  /** The prepared statement's name on the server; none for a choice compiled for one call. */
  name?: string;
  metadata: EntityMetadata;
  columns: ColumnMetadata[];
  /** Lookups outside a transaction, several to a statement; none for a choice compiled for one call. */
  batchSql?: string;
  batch?: ReadBatch<Lookup, Record<string, unknown> | undefined>;
}

/** One lookup of a batch: the row's id and the caller's scope, as `LIKE` matches it. */
interface Lookup {
  id: string;
  scopePrefix: string;
}

/** The form of UUID that ids take here (IdArg); any other text is looked up alone, failing as it did alone. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The batch statement's column for the lookup a row answers (its position among the ids). */
const LOOKUP = 'scoped_read_lookup';

/** Column choices kept compiled; past this, a new choice is compiled for its one call. */
const MAX_COMPILED = 64;

let statements = 0;

/** node-postgres's client, as far as a named (prepared) statement goes. */
interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * One row by id, within the actor's subtree, as the entity `getOne()` would give (the columns it selects,
 * hydrated by the driver as TypeORM does), from SQL text written once: building the query with a query
 * builder on every call was a tenth of a cheap read (issue 12). Missing and out of scope answer the same
 * NOT_FOUND, naming `what`. Lookups outside a transaction that arrive together share one statement
 * (ReadBatch), each still checked against its own caller's scope.
 */
export class ScopedReader<T extends ObjectLiteral> {
  private readonly compiled = new Map<string, Compiled>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly entity: EntityTarget<T>,
    private readonly what: string,
    private readonly access: AccessService,
    private readonly jurisdictionColumn = 'jurisdiction_id',
  ) {}

  /**
   * The entity; with `properties`, only those columns (and the primary key) are read and set, the others
   * left undefined: for a caller that knows what it will read (a GraphQL selection).
   */
  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager, properties?: ReadonlySet<string>): Promise<T> {
    const compiled = this.compile(properties);
    const { metadata, columns } = compiled;
    const { scopePrefix } = this.access.scopeParameters(actor);
    const row =
      compiled.batch && manager === this.dataSource.manager && UUID.test(id)
        ? await compiled.batch.load({ id, scopePrefix })
        : (await this.rows(manager, compiled, [id, scopePrefix]))[0];
    if (!row) throw notFound(this.what);
    const driver = this.dataSource.driver;
    const entity = metadata.create(manager.queryRunner, { fromDeserializer: true }) as T;
    for (const column of columns) {
      const value = row[column.databaseName];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  }

  /**
   * A named statement: PostgreSQL parses and plans it once per connection, where planning it every time
   * cost four times its execution on the server and half the read on PGlite (issue 12). The embedded
   * driver takes node-postgres's named statements too (libs/db embedded-prepared.ts).
   */
  private async rows(manager: EntityManager, compiled: Compiled, values: unknown[]): Promise<Record<string, unknown>[]> {
    if (!compiled.name) return (await manager.query(compiled.sql, values)) as Record<string, unknown>[];
    return this.named(manager, compiled.name, compiled.sql, values);
  }

  /**
   * Lookups outside a transaction that arrive together, as one statement: each id with its caller's scope
   * prefix, checked on its row by the same condition as one lookup's; a row answers the lookup at its
   * position, and a lookup with none is missing or out of its caller's scope.
   */
  private async batchRows(compiled: Compiled, lookups: Lookup[]): Promise<(Record<string, unknown> | undefined)[]> {
    // Callers in one unit share a scope: each scope is sent once, and a lookup names it by its position.
    const scopes = new Map<string, number>();
    for (const l of lookups) if (!scopes.has(l.scopePrefix)) scopes.set(l.scopePrefix, scopes.size + 1);
    const values = [JSON.stringify(lookups.map((l, i) => ({ n: i + 1, id: l.id, s: scopes.get(l.scopePrefix) }))), [...scopes.keys()]];
    const rows = await this.named(this.dataSource.manager, `${compiled.name!}_batch`, compiled.batchSql!, values);
    const answers: (Record<string, unknown> | undefined)[] = new Array(lookups.length);
    for (const row of rows) answers[(row[LOOKUP] as number) - 1] = row;
    return answers;
  }

  private async named(manager: EntityManager, name: string, text: string, values: unknown[]): Promise<Record<string, unknown>[]> {
    const runner = manager.queryRunner ?? this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PgClient;
      return (await client.query({ name, text, values })).rows;
    } catch (error) {
      // As manager.query would have failed: the driver's error inside TypeORM's.
      throw error instanceof QueryFailedError ? error : new QueryFailedError(text, values, error as Error);
    } finally {
      if (runner !== manager.queryRunner) await runner.release();
    }
  }

  /** On first use of a column choice: the data source's metadata is built by then. */
  private compile(properties: ReadonlySet<string> | undefined): Compiled {
    const key = properties ? [...properties].sort().join(',') : '*';
    const known = this.compiled.get(key);
    if (known) return known;
    const metadata = this.dataSource.getMetadata(this.entity);
    const driver = this.dataSource.driver;
    const columns = metadata.columns.filter(
      (c) => c.isSelect && !c.isVirtualProperty && (!properties || c.isPrimary || properties.has(c.propertyName)),
    );
    const list = columns.map((c) => `r.${driver.escape(c.databaseName)}`).join(', ');
    const jurisdiction = `r.${driver.escape(this.jurisdictionColumn)}`;
    const table = driver.escape(metadata.tableName);
    const compiled: Compiled = {
      sql: `SELECT ${list} FROM ${table} r WHERE r.id = $1 AND ${this.access.scopeCondition(jurisdiction, 'scope_j', '$2')}`,
      metadata,
      columns,
    };
    if (this.compiled.size < MAX_COMPILED) {
      compiled.name = `scoped_read_${(statements += 1)}`;
      this.compiled.set(key, compiled);
      if (metadata.primaryColumns.length === 1 && metadata.primaryColumns[0]!.type === 'uuid') {
        // Each lookup is the one-lookup statement on its own row (LIMIT 1 keeps it a subquery): flattened,
        // PostgreSQL may join every lookup's scope to all the jurisdictions it matches before the cases.
        // The lookups come as one JSON array, whose length the planner does not estimate: with arrays it
        // did, so every batch had a plan of its own (planned on each call, never the cached one).
        const one = `SELECT ${list} FROM ${table} r WHERE r.id = q.id AND ${this.access.scopeCondition(jurisdiction, 'scope_j', '($2::text[])[q.s]')} LIMIT 1`;
        compiled.batchSql = `SELECT q.n AS ${LOOKUP}, r.* FROM jsonb_to_recordset($1::jsonb) AS q(n int, id uuid, s int) CROSS JOIN LATERAL (${one}) r`;
        compiled.batch = new ReadBatch((lookups) => this.batchRows(compiled, lookups));
      }
    }
    return compiled;
  }
}
