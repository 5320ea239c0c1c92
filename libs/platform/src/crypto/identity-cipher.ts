import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** AES-256 keys are 32 bytes. */
export const IDENTITY_KEY_BYTES = 32;
/** A key id goes into every sealed value, between dots: keep it short and plain. */
export const IDENTITY_KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const B64URL = /^[A-Za-z0-9_-]*$/;

/** A key written as base64 (or base64url), or undefined unless it decodes to exactly 32 bytes. */
export function decodeIdentityKey(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return undefined;
  const key = Buffer.from(text, 'base64');
  return key.length === IDENTITY_KEY_BYTES ? key : undefined;
}

export interface IdentityKey {
  id: string;
  key: Buffer;
}

/**
 * Seals a complainant's personal data (name, ID number, phone, address) for storage: AES-256-GCM,
 * a fresh IV per value, and the owning record's id as additional authenticated data, so a value
 * copied onto another case does not open. Sealed values name their key, so after a rotation the
 * old keys, still listed, keep reading what they wrote while new values use the current one.
 */
export class IdentityCipher {
  private readonly keys = new Map<string, Buffer>();

  constructor(
    keys: IdentityKey[],
    private readonly currentId: string,
  ) {
    for (const { id, key } of keys) {
      if (!IDENTITY_KEY_ID.test(id)) throw new Error(`Identity key id "${id}" must be 1-32 letters, digits, "_" or "-"`);
      if (key.length !== IDENTITY_KEY_BYTES) throw new Error(`Identity key "${id}" must be ${IDENTITY_KEY_BYTES} bytes`);
      if (this.keys.has(id)) throw new Error(`Identity key id "${id}" is listed twice`);
      this.keys.set(id, key);
    }
    if (!this.keys.has(currentId)) throw new Error(`Identity key "${currentId}" is not among the keys given`);
  }

  encrypt(plain: object, aad: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentId)!, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([cipher.update(JSON.stringify(plain), 'utf8'), cipher.final()]);
    return [VERSION, this.currentId, iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  /** The value sealed by encrypt under the same aad; throws, without echoing any content, otherwise. */
  decrypt(sealed: string, aad: string): object {
    const parts = sealed.split('.');
    if (parts.length !== 5 || parts[0] !== VERSION || !IDENTITY_KEY_ID.test(parts[1]) || !parts.slice(2).every((p) => B64URL.test(p))) {
      throw new Error(`Sealed identity is not in the ${VERSION} format`);
    }
    const [, keyId, ivText, tagText, bodyText] = parts;
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`Sealed identity uses key "${keyId}", which is not configured (IDENTITY_KEY / IDENTITY_OLD_KEYS)`);
    const iv = Buffer.from(ivText, 'base64url');
    const tag = Buffer.from(tagText, 'base64url');
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new Error(`Sealed identity is not in the ${VERSION} format`);
    let text: string;
    try {
      // authTagLength pins the tag to 16 bytes: a truncated tag is refused, not checked more weakly.
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(tag);
      text = Buffer.concat([decipher.update(Buffer.from(bodyText, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new Error('Sealed identity failed authentication: altered, sealed for another record, or under another key with the same id');
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // JSON.parse quotes the text it chokes on: never let the plaintext into a message.
      value = undefined;
    }
    if (typeof value !== 'object' || value === null) throw new Error('Sealed identity does not hold a JSON object');
    return value;
  }
}
