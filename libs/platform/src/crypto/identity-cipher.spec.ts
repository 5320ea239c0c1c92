import { randomBytes } from 'node:crypto';
import { decodeIdentityKey, IdentityCipher } from './identity-cipher.js';

const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };
const person = { name: '张三', idNumber: '110101199003070011', phone: '13800000000' };

/** Flip one bit of the byte at `index` in the given base64url segment of a sealed value. */
function flip(sealed: string, segment: number, index = 0): string {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[segment], 'base64url');
  bytes[index] ^= 1;
  parts[segment] = bytes.toString('base64url');
  return parts.join('.');
}

describe('identity cipher', () => {
  const cipher = new IdentityCipher([k1], 'k1');

  it('seals and opens a value, with a fresh IV each time', () => {
    const sealed = cipher.encrypt(person, 'case-1');
    expect(sealed).toMatch(/^v1\.k1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(sealed).not.toContain('张三');
    expect(cipher.decrypt(sealed, 'case-1')).toEqual(person);
    expect(cipher.encrypt(person, 'case-1')).not.toBe(sealed);
  });

  it('refuses a value altered anywhere, without echoing its content', () => {
    const sealed = cipher.encrypt(person, 'case-1');
    for (const segment of [2, 3, 4]) {
      expect(() => cipher.decrypt(flip(sealed, segment), 'case-1')).toThrow(/failed authentication/);
    }
    try {
      cipher.decrypt(flip(sealed, 4, 5), 'case-1');
      throw new Error('expected a failure');
    } catch (err) {
      expect(err).toBeInstanceOf(Error);
      for (const value of Object.values(person)) expect((err as Error).message).not.toContain(value);
    }
  });

  it('binds a value to its record: copied onto another case it does not open', () => {
    const sealed = cipher.encrypt(person, 'case-1');
    expect(() => cipher.decrypt(sealed, 'case-2')).toThrow(/sealed for another record/);
  });

  it('names an unknown key and refuses what is not a sealed value', () => {
    const sealed = new IdentityCipher([k2], 'k2').encrypt(person, 'case-1');
    expect(() => cipher.decrypt(sealed, 'case-1')).toThrow(
      'Sealed identity uses key "k2", which is not configured (IDENTITY_KEY / IDENTITY_OLD_KEYS)',
    );
    expect(() => cipher.decrypt('v2.k1.a.b.c', 'case-1')).toThrow(/not in the v1 format/);
    expect(() => cipher.decrypt('张三', 'case-1')).toThrow(/not in the v1 format/);
    // A truncated tag is refused outright, not checked against fewer bytes.
    const parts = cipher.encrypt(person, 'case-1').split('.');
    parts[3] = Buffer.from(parts[3], 'base64url').subarray(0, 4).toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'), 'case-1')).toThrow(/not in the v1 format/);
  });

  it('reads values sealed before a rotation while sealing new ones with the new key', () => {
    const before = cipher.encrypt(person, 'case-1');
    const rotated = new IdentityCipher([k2, k1], 'k2');
    expect(rotated.decrypt(before, 'case-1')).toEqual(person);
    const after = rotated.encrypt(person, 'case-1');
    expect(after.startsWith('v1.k2.')).toBe(true);
    expect(() => cipher.decrypt(after, 'case-1')).toThrow(/key "k2"/);
  });

  it('checks its keys', () => {
    expect(() => new IdentityCipher([{ id: 'k1', key: randomBytes(16) }], 'k1')).toThrow(/32 bytes/);
    expect(() => new IdentityCipher([k1], 'k2')).toThrow(/"k2" is not among the keys/);
    expect(() => new IdentityCipher([k1, { id: 'k1', key: randomBytes(32) }], 'k1')).toThrow(/listed twice/);
    expect(() => new IdentityCipher([{ id: 'a.b', key: randomBytes(32) }], 'a.b')).toThrow(/letters, digits/);
  });

  it('decodes keys written in base64 or base64url, 32 bytes only', () => {
    const key = randomBytes(32);
    expect(decodeIdentityKey(key.toString('base64'))).toEqual(key);
    expect(decodeIdentityKey(key.toString('base64url'))).toEqual(key);
    expect(decodeIdentityKey(randomBytes(31).toString('base64'))).toBeUndefined();
    expect(decodeIdentityKey('not base64 at all!')).toBeUndefined();
  });
});
