import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import { decodeIdentityKey, IDENTITY_KEY_BYTES, IDENTITY_KEY_ID, IdentityCipher, type IdentityKey } from './identity-cipher.js';

/** The keys an IdentityCipher needs: the one new values are sealed with, and every one still readable. */
export interface IdentityKeys {
  currentId: string;
  keys: IdentityKey[];
}

/**
 * The identity key: from IDENTITY_KEY (plus IDENTITY_OLD_KEYS after a rotation), or in embedded mode
 * one generated on first start and kept in DATA_DIR/identity-key (readable by the owner only), so
 * sealed values survive restarts. The file holds `id:base64`, the IDENTITY_OLD_KEYS form, because
 * the id is written into every value it seals and must not change with IDENTITY_KEY_ID later.
 */
export function resolveIdentityKey(config: AppConfig): IdentityKeys {
  const { key, keyId, oldKeys } = config.identity;
  const old = oldKeys.map((k) => ({ id: k.id, key: decode(k.key, `IDENTITY_OLD_KEYS (${k.id})`) }));
  let current: IdentityKey;
  if (key) current = { id: keyId, key: decode(key, 'IDENTITY_KEY') };
  else if (config.database.kind !== 'embedded') throw new Error('IDENTITY_KEY is required with DATABASE_URL');
  else current = embeddedKey(config.dataDir, keyId);
  if (old.some((k) => k.id === current.id)) throw new Error(`IDENTITY_OLD_KEYS lists "${current.id}", the id of the current identity key`);
  return { currentId: current.id, keys: [current, ...old] };
}

/** The cipher for complainants' personal data, keyed as configured. */
export function createIdentityCipher(config: AppConfig): IdentityCipher {
  const { keys, currentId } = resolveIdentityKey(config);
  return new IdentityCipher(keys, currentId);
}

function decode(text: string, name: string): Buffer {
  const key = decodeIdentityKey(text);
  if (!key) throw new Error(`${name} must be base64 of exactly ${IDENTITY_KEY_BYTES} bytes`);
  return key;
}

function embeddedKey(dataDir: string, id: string): IdentityKey {
  const file = join(dataDir, 'identity-key');
  mkdirSync(dataDir, { recursive: true });
  const fresh = { id, key: randomBytes(IDENTITY_KEY_BYTES) };
  try {
    writeFileSync(file, `${fresh.id}:${fresh.key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    return fresh;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  // Kept from an earlier start: never overwritten, or every value sealed with it would be lost.
  const [storedId = '', stored = ''] = readFileSync(file, 'utf8').trim().split(':');
  if (!IDENTITY_KEY_ID.test(storedId)) throw new Error(`${file} must hold id:base64`);
  return { id: storedId, key: decode(stored, file) };
}
