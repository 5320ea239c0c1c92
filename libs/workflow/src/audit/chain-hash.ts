import { hash } from 'node:crypto';
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
  return chainHashOf(prevHash, canonical);
}

/** `chainHash` of a body already in canonical JSON. (One-shot `hash`: a batch hashes a thousand entries.) */
export function chainHashOf(prevHash: string, canonical: string): string {
  return hash('sha256', prevHash + canonical, 'hex');
}

/** What JSON (and jsonb) keeps of a value: hash exactly what is stored. */
export function jsonClone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? {})) as T;
}
