import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** The previous hash of the first entry of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * `hash = sha256(prev_hash ‖ canonical JSON of the entry)` (ARCHITECTURE.md §6). Canonical JSON is
 * RFC 8785 (JCS): sorted keys, fixed number format, so the same entry always hashes the same.
 */
export function chainHash(prevHash: string, body: unknown): string {
  const canonical = canonicalize(body);
  if (canonical === undefined) throw new Error('Audit entry body cannot be canonicalised');
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}

/** What JSON (and jsonb) keeps of a value: hash exactly what is stored. */
export function jsonClone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? {})) as T;
}
