import { randomUUID } from 'node:crypto';
import { assertSqlIdentifier, jsonbParam, sql } from '@scrutineer/db';
import type { EntityManager } from 'typeorm';
import {
  AUDIT_COLUMNS,
  type AuditAppend,
  type AuditEntryRecord,
  type AuditRow,
  canonicalBody,
  fromAuditRow,
  hashedBody,
} from './audit-entry.js';
import { GENESIS_HASH, chainHash, chainHashOf, jsonClone } from './chain-hash.js';
import { assertInTransaction } from '../runtime/snapshot.js';
import type { Statement } from '../runtime/write-batch.js';

export type ChainBreak =
  | { reason: 'SEQUENCE_GAP'; seq: number; entryId: string; expectedSeq: number }
  | { reason: 'PREV_HASH_MISMATCH'; seq: number; entryId: string }
  | { reason: 'HASH_MISMATCH'; seq: number; entryId: string }
  | { reason: 'ANCHORED_ENTRY_MISSING'; seq: number; entryId: null; anchorId: string }
  | { reason: 'ANCHOR_MISMATCH'; seq: number; entryId: string; anchorId: string };

export interface ChainVerification {
  subjectId: string;
  valid: boolean;
  entryCount: number;
  /** The highest sequence number a periodic anchor vouches for, if any. */
  anchoredSeq: number | null;
  firstBreak: ChainBreak | null;
}

interface AnchorHead {
  subject_id: string;
  seq: number;
  hash: string;
}

/** The digest of an anchor: its predecessor's digest, when it was taken, how far it reaches, the heads. */
function anchorDigest(prevDigest: string, at: Date, upToPosition: string, heads: AnchorHead[]): string {
  return chainHash(prevDigest, { at: at.toISOString(), upToPosition, heads: heads.map((h) => [h.subject_id, Number(h.seq), h.hash]) });
}

export interface AnchorBreak {
  anchorId: string;
  at: Date;
  reason: 'PREV_DIGEST_MISMATCH' | 'HEADS_MISSING' | 'DIGEST_MISMATCH';
}

export interface AnchorVerification {
  valid: boolean;
  anchorCount: number;
  firstBreak: AnchorBreak | null;
}

export interface AnchorRecord {
  id: string;
  at: Date;
  headCount: number;
  digest: string;
}

const VERIFY_BATCH = 1000;

/** A chain's newest entry: what the next one links to. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * Which audit subjects are workflow aggregates, and their tables. Their chains are serialised by the
 * aggregate's row lock, which every transition already holds; other subjects' by an advisory lock.
 */
export interface AggregateTables {
  tableOf(subjectType: string): string | undefined;
}

const NO_AGGREGATES: AggregateTables = { tableOf: () => undefined };

/**
 * The newest entry of the chain of the subject `subjectIdExpr` (an SQL expression over the row being
 * read), as scalar columns `chain_seq` and `chain_hash`. Read in the statement that takes the chain's lock,
 * it may be stale (the snapshot is as old as the statement, and the lock may have been waited for):
 * use it only as a guess that `entryInsertOnHead` checks.
 */
export const chainHeadColumns = (subjectIdExpr: string): string =>
  ['seq', 'hash']
    .map((c) => `(SELECT ${c} FROM audit_log WHERE subject_id = ${subjectIdExpr} ORDER BY seq DESC LIMIT 1) AS chain_${c}`)
    .join(', ');

/** The newest entry of `subjectId`'s chain (seq, hash), as a WITH clause named `chain_head` for `entryInsertOnHead`. */
export const chainHeadQuery = (subjectId: string): Statement => ({
  text: 'SELECT seq, hash FROM audit_log WHERE subject_id = $1 ORDER BY seq DESC LIMIT 1',
  params: [subjectId],
});

/** The entry that follows `head` on its subject's chain (the first one without a head). */
function chained(input: AuditAppend, head: { seq: number; hash: string } | null, id: string = input.id ?? randomUUID()): AuditEntryRecord {
  const entry: Omit<AuditEntryRecord, 'id' | 'prevHash' | 'hash'> = {
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    seq: head ? head.seq + 1 : 1,
    action: input.action,
    fromState: input.fromState ?? null,
    toState: input.toState ?? null,
    data: jsonClone(input.data ?? {}),
    actor: { ...input.actor },
    jurisdictionId: input.jurisdictionId ?? null,
    machineVersion: input.machineVersion ?? null,
    at: new Date(input.at.getTime()),
  };
  const prevHash = head?.hash ?? GENESIS_HASH;
  return { ...entry, id, prevHash, hash: chainHashOf(prevHash, canonicalBody(entry)) };
}

/** AUDIT_COLUMNS with their types, as jsonb_to_recordset reads them. */
const TYPED_COLUMNS =
  'id uuid, subject_type text, subject_id uuid, seq int, action text, from_state text, to_state text, data jsonb, actor_kind text, ' +
  'actor_id uuid, actor_role text, actor_label text, actor_ip text, jurisdiction_id uuid, machine_version int, at timestamptz, prev_hash text, hash text';

/**
 * Many entries (a batch of observations) in one statement, the rows as one JSON array rather than 18
 * parameters each (parsing 18,000 parameters cost more than the rows themselves), each written only if
 * its subject has no chain yet: the ids of those written.
 */
async function insertFirstEntries(manager: EntityManager, records: AuditEntryRecord[]): Promise<Set<string>> {
  if (records.length === 0) return new Set();
  const rows = records.map((e) => ({
    id: e.id,
    subject_type: e.subjectType,
    subject_id: e.subjectId,
    seq: e.seq,
    action: e.action,
    from_state: e.fromState,
    to_state: e.toState,
    data: e.data,
    actor_kind: e.actor.kind,
    actor_id: e.actor.id,
    actor_role: e.actor.role,
    actor_label: e.actor.label,
    actor_ip: e.actor.ip,
    jurisdiction_id: e.jurisdictionId,
    machine_version: e.machineVersion,
    at: e.at.toISOString(),
    prev_hash: e.prevHash,
    hash: e.hash,
  }));
  // The statement's snapshot does not see its own rows: a subject's entries are all written, or none.
  const written = await sql<{ id: string }>(
    manager,
    `INSERT INTO audit_log (${AUDIT_COLUMNS}) SELECT ${AUDIT_COLUMNS} FROM jsonb_to_recordset($1::jsonb) AS r(${TYPED_COLUMNS})
      WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.subject_id = r.subject_id) RETURNING id`,
    [jsonbParam(rows)],
  );
  return new Set(written.map((w) => w.id));
}

/** First entries hashed (`AuditLog.planFirst`) and not yet written (`AuditLog.writeFirst`). */
export interface PlannedEntries {
  inputs: AuditAppend[];
  records: AuditEntryRecord[];
}

/** The INSERT of one entry, to send alone or with other writes of the same transaction. */
export function entryInsert(e: AuditEntryRecord): Statement {
  const params = entryParams(e);
  return { text: `INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES (${params.map((_, i) => `$${i + 1}`).join(', ')})`, params };
}

/**
 * The INSERT of `e` as a WITH clause that writes it only if the statement's `chain_head` clause
 * (`chainHeadQuery`) finds the head `e` links to; RETURNING id when it did. A guess from a stale snapshot
 * writes nothing, and the caller links the entry to the head the statement found.
 */
export function entryInsertOnHead(e: AuditEntryRecord): Statement {
  const params = entryParams(e);
  const values = params.map((_, i) => `$${i + 1}`).join(', ');
  const linked =
    e.seq === 1
      ? 'NOT EXISTS (SELECT 1 FROM chain_head)'
      : `EXISTS (SELECT 1 FROM chain_head WHERE seq = $${params.push(e.seq - 1)} AND hash = $${params.push(e.prevHash)})`;
  return { text: `INSERT INTO audit_log (${AUDIT_COLUMNS}) SELECT ${values} WHERE ${linked} RETURNING id`, params };
}

function entryParams(e: AuditEntryRecord): unknown[] {
  return [
    e.id,
    e.subjectType,
    e.subjectId,
    e.seq,
    e.action,
    e.fromState,
    e.toState,
    JSON.stringify(e.data),
    e.actor.kind,
    e.actor.id,
    e.actor.role,
    e.actor.label,
    e.actor.ip,
    e.jurisdictionId,
    e.machineVersion,
    e.at,
    e.prevHash,
    e.hash,
  ];
}

/** How long an anchorer waits for its table locks before it gives up until the next pass. */
export const ANCHOR_LOCK_TIMEOUT_MS = 2000;

/** Anchoring gave up waiting for its locks (long appends in flight, or another anchorer): nothing was written. */
export class AnchorLockTimeout extends Error {
  constructor() {
    super('Audit anchoring gave up waiting for its table locks; it is tried again on the next pass');
    this.name = 'AnchorLockTimeout';
  }
}

async function lockOrGiveUp(manager: EntityManager, statement: string): Promise<void> {
  try {
    await sql(manager, statement);
  } catch (err) {
    const code = (err as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (err as { code?: string }).code;
    // 55P03 lock_not_available: lock_timeout passed.
    throw code === '55P03' ? new AnchorLockTimeout() : err;
  }
}

/**
 * The audit trail: append-only (the database refuses UPDATE, DELETE and TRUNCATE), one hash chain
 * per subject so that writers of different subjects never wait on each other, and periodic anchors
 * that vouch for the chain heads so that a truncated tail is caught as well.
 */
export class AuditLog {
  constructor(readonly aggregates: AggregateTables = NO_AGGREGATES) {}

  /** Append one entry in the caller's transaction, after taking its chain's lock (`lockChain`). */
  async append(manager: EntityManager, input: AuditAppend): Promise<AuditEntryRecord> {
    assertInTransaction(manager, 'An audit entry');
    await this.lockChain(manager, input.subjectType, input.subjectId);
    const [head] = await sql<{ seq: number; hash: string }>(
      manager,
      'SELECT seq, hash FROM audit_log WHERE subject_id = $1 ORDER BY seq DESC LIMIT 1',
      [input.subjectId],
    );
    const record = chained(input, head ? { seq: Number(head.seq), hash: head.hash } : null);
    const one = entryInsert(record);
    await sql(manager, one.text, one.params);
    return record;
  }

  /**
   * The entry that follows `head` on its chain (with the id given, if any), for a writer that holds the
   * chain's lock (WorkflowEngine.send: the aggregate's row). The caller inserts it in the same transaction:
   * `entryInsert` with a head read after the lock was taken, `entryInsertOnHead` with a guess.
   */
  next(input: AuditAppend, head: ChainHead | null, id?: string): AuditEntryRecord {
    return chained(input, head, id);
  }

  /**
   * Take the lock that serialises appends to one subject's chain, until the transaction ends. A workflow
   * aggregate's chain (a case's) is locked by its row, FOR UPDATE, as every transition of it is: a reveal
   * of a case's identity waits for a transition in flight and the other way round. Any other subject's
   * (a user's, a team's), or an aggregate whose row this transaction cannot see (being created by
   * another, uncommitted), by an advisory lock on its id; UNIQUE (subject_id, seq) stays the last guard.
   */
  async lockChain(manager: EntityManager, subjectType: string, subjectId: string): Promise<void> {
    const table = this.aggregates.tableOf(subjectType);
    if (table) {
      const locked = await sql(manager, `SELECT 1 FROM ${assertSqlIdentifier(table)} WHERE id = $1 FOR UPDATE`, [subjectId]);
      if (locked.length > 0) return;
    }
    await sql(manager, 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [subjectId]);
  }

  /**
   * Append the first entries of subjects this transaction has just created (the observations of a
   * batch), in one statement however many there are. Their chains are new, so no advisory lock is
   * taken (one per subject would fill the lock table on a batch of 1,000); should another writer reach
   * one of these chains at the same moment, UNIQUE (subject_id, seq) refuses one of the two and the chain
   * stays whole. A subject that already has entries is appended to as `append` does.
   */
  async appendMany(manager: EntityManager, inputs: AuditAppend[]): Promise<AuditEntryRecord[]> {
    assertInTransaction(manager, 'Audit entries');
    return this.writeFirst(manager, this.planFirst(inputs));
  }

  /**
   * `appendMany`'s entries, hashed as the first of their chains but not written: a writer hashes them while
   * its own statements run (hashing a thousand entries takes as long as inserting them), then `writeFirst`.
   */
  planFirst(inputs: AuditAppend[]): PlannedEntries {
    const tips = new Map<string, { seq: number; hash: string }>();
    const records = inputs.map((input) => {
      const record = chained(input, tips.get(input.subjectId) ?? null);
      tips.set(input.subjectId, { seq: record.seq, hash: record.hash });
      return record;
    });
    return { inputs, records };
  }

  /** Write planned entries; a subject found to have a chain already gets its entries appended to it instead. */
  async writeFirst(manager: EntityManager, planned: PlannedEntries): Promise<AuditEntryRecord[]> {
    assertInTransaction(manager, 'Audit entries');
    const written = await insertFirstEntries(manager, planned.records);
    const out = [...planned.records];
    for (let i = 0; i < out.length; i += 1) if (!written.has(out[i]!.id)) out[i] = await this.append(manager, planned.inputs[i]!);
    return out;
  }

  /** Recompute the chain of one subject and name the first entry that does not hold. */
  async verify(manager: EntityManager, subjectId: string): Promise<ChainVerification> {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let entryCount = 0;
    const hashes = new Map<number, { id: string; hash: string }>();
    const result = (firstBreak: ChainBreak | null, anchoredSeq: number | null): ChainVerification => ({
      subjectId,
      valid: firstBreak === null,
      entryCount,
      anchoredSeq,
      firstBreak,
    });

    for (;;) {
      const rows = await sql<AuditRow>(
        manager,
        `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE subject_id = $1 AND seq >= $2 ORDER BY seq LIMIT ${VERIFY_BATCH}`,
        [subjectId, expectedSeq],
      );
      for (const row of rows) {
        const entry = fromAuditRow(row);
        entryCount += 1;
        if (entry.seq !== expectedSeq) {
          return result({ reason: 'SEQUENCE_GAP', seq: entry.seq, entryId: entry.id, expectedSeq }, null);
        }
        if (entry.prevHash !== prevHash) {
          return result({ reason: 'PREV_HASH_MISMATCH', seq: entry.seq, entryId: entry.id }, null);
        }
        if (chainHash(prevHash, hashedBody(entry)) !== entry.hash) {
          return result({ reason: 'HASH_MISMATCH', seq: entry.seq, entryId: entry.id }, null);
        }
        hashes.set(entry.seq, { id: entry.id, hash: entry.hash });
        prevHash = entry.hash;
        expectedSeq += 1;
      }
      if (rows.length < VERIFY_BATCH) break;
    }

    const anchored = await sql<{ anchor_id: string; seq: number; hash: string }>(
      manager,
      'SELECT anchor_id, seq, hash FROM audit_anchor_heads WHERE subject_id = $1 ORDER BY seq',
      [subjectId],
    );
    let anchoredSeq: number | null = null;
    for (const head of anchored) {
      const seq = Number(head.seq);
      const found = hashes.get(seq);
      if (!found) return result({ reason: 'ANCHORED_ENTRY_MISSING', seq, entryId: null, anchorId: head.anchor_id }, anchoredSeq);
      if (found.hash !== head.hash) {
        return result({ reason: 'ANCHOR_MISMATCH', seq, entryId: found.id, anchorId: head.anchor_id }, anchoredSeq);
      }
      anchoredSeq = seq;
    }
    return result(null, anchoredSeq);
  }

  /**
   * Record the heads of every chain that grew since the last anchor, unless the last anchor is
   * younger than `minIntervalMs`. Anchorers queue on an EXCLUSIVE lock of audit_anchors, so two
   * workers never fork the anchor chain; the SHARE lock on audit_log then waits for in-flight appends
   * and holds new ones for the moment it takes, so no entry commits behind the anchor's position.
   * Either lock is waited for at most `lockTimeoutMs`; then AnchorLockTimeout (the transaction is spent).
   */
  async anchor(manager: EntityManager, now: Date, minIntervalMs = 0, lockTimeoutMs = ANCHOR_LOCK_TIMEOUT_MS): Promise<AnchorRecord | null> {
    assertInTransaction(manager, 'Anchoring');
    // Waiting for the SHARE lock queues every new append behind it: give up after a moment, try next pass.
    await sql(manager, `SET LOCAL lock_timeout = ${Math.max(1, Math.floor(lockTimeoutMs))}`);
    await lockOrGiveUp(manager, 'LOCK TABLE audit_anchors IN EXCLUSIVE MODE');
    const [prev] = await sql<{ up_to_position: string; digest: string; at: Date }>(
      manager,
      'SELECT up_to_position::text AS up_to_position, digest, at FROM audit_anchors ORDER BY position DESC LIMIT 1',
    );
    if (prev && now.getTime() - new Date(prev.at).getTime() < minIntervalMs) return null;
    await lockOrGiveUp(manager, 'LOCK TABLE audit_log IN SHARE MODE');
    await sql(manager, 'SET LOCAL lock_timeout = DEFAULT');
    const from = prev?.up_to_position ?? '0';
    const [{ up_to: upTo }] = (await sql<{ up_to: string }>(
      manager,
      'SELECT COALESCE(max(position), 0)::text AS up_to FROM audit_log',
    )) as [{ up_to: string }];
    if (upTo === from) return null;
    const heads = await sql<AnchorHead>(
      manager,
      `SELECT DISTINCT ON (subject_id) subject_id, seq, hash FROM audit_log
       WHERE position > $1::bigint AND position <= $2::bigint ORDER BY subject_id, seq DESC`,
      [from, upTo],
    );
    const prevDigest = prev?.digest ?? GENESIS_HASH;
    const at = new Date(now.getTime());
    const digest = anchorDigest(prevDigest, at, upTo, heads);
    const id = randomUUID();
    await sql(
      manager,
      `INSERT INTO audit_anchors (id, at, up_to_position, head_count, prev_digest, digest) VALUES ($1, $2, $3::bigint, $4, $5, $6)`,
      [id, at, upTo, heads.length, prevDigest, digest],
    );
    if (heads.length > 0) {
      await sql(
        manager,
        `INSERT INTO audit_anchor_heads (anchor_id, subject_id, seq, hash)
         SELECT $1, h.subject_id, h.seq, h.hash
         FROM jsonb_to_recordset($2::jsonb) AS h(subject_id uuid, seq int, hash text)`,
        [id, JSON.stringify(heads)],
      );
    }
    return { id, at, headCount: heads.length, digest };
  }

  /** Recompute the chain of anchors from their recorded heads and name the first that does not hold. */
  async verifyAnchors(manager: EntityManager): Promise<AnchorVerification> {
    const anchors = await sql<{
      id: string;
      position: string;
      at: Date;
      up_to_position: string;
      head_count: number;
      prev_digest: string;
      digest: string;
    }>(
      manager,
      'SELECT id, position::text AS position, at, up_to_position::text AS up_to_position, head_count, prev_digest, digest FROM audit_anchors ORDER BY position',
    );
    let prevDigest = GENESIS_HASH;
    for (const anchor of anchors) {
      const heads = await sql<AnchorHead>(
        manager,
        'SELECT subject_id, seq, hash FROM audit_anchor_heads WHERE anchor_id = $1 ORDER BY subject_id',
        [anchor.id],
      );
      const broken = (reason: AnchorBreak['reason']): AnchorVerification => ({
        valid: false,
        anchorCount: anchors.length,
        firstBreak: { anchorId: anchor.id, at: new Date(anchor.at), reason },
      });
      if (anchor.prev_digest !== prevDigest) return broken('PREV_DIGEST_MISMATCH');
      if (heads.length !== Number(anchor.head_count)) return broken('HEADS_MISSING');
      if (anchorDigest(prevDigest, new Date(anchor.at), anchor.up_to_position, heads) !== anchor.digest) return broken('DIGEST_MISMATCH');
      prevDigest = anchor.digest;
    }
    return { valid: true, anchorCount: anchors.length, firstBreak: null };
  }

  /** Whether any anchor vouches for entries of this subject (it existed, even if its entries are gone). */
  async isAnchored(manager: EntityManager, subjectId: string): Promise<boolean> {
    return (await sql(manager, 'SELECT 1 FROM audit_anchor_heads WHERE subject_id = $1 LIMIT 1', [subjectId])).length > 0;
  }

  async trail(manager: EntityManager, subjectId: string): Promise<AuditEntryRecord[]> {
    const rows = await sql<AuditRow>(manager, `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE subject_id = $1 ORDER BY seq`, [subjectId]);
    return rows.map(fromAuditRow);
  }
}
