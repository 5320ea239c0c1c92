import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config.js';
import { createIdentityCipher, resolveIdentityKey } from './identity-key.js';

const SERVER = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x', JWT_SECRET: 'a'.repeat(32) };

describe('identity key', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'identity-key-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the configured key and the retired ones', () => {
    const key = randomBytes(32);
    const old = randomBytes(32);
    const config = loadConfig({
      ...SERVER,
      IDENTITY_KEY: key.toString('base64'),
      IDENTITY_KEY_ID: 'k2',
      IDENTITY_OLD_KEYS: `k1:${old.toString('base64')}`,
    });
    expect(resolveIdentityKey(config)).toEqual({
      currentId: 'k2',
      keys: [
        { id: 'k2', key },
        { id: 'k1', key: old },
      ],
    });
  });

  it('is required with a database server', () => {
    // Refused when the configuration is read, and again here for a configuration built some other way.
    expect(() => loadConfig(SERVER)).toThrow(/IDENTITY_KEY: is required with DATABASE_URL/);
    const withKey = loadConfig({ ...SERVER, IDENTITY_KEY: Buffer.alloc(32, 1).toString('base64') });
    expect(() => resolveIdentityKey({ ...withKey, identity: { ...withKey.identity, key: undefined } })).toThrow(
      'IDENTITY_KEY is required with DATABASE_URL',
    );
  });

  it('in embedded mode, generates a key once, owner-only, and keeps using it', () => {
    const config = loadConfig({ DATA_DIR: join(dir, 'data') });
    const first = resolveIdentityKey(config);
    const file = join(dir, 'data', 'identity-key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(`k1:${first.keys[0].key.toString('base64')}\n`);
    const sealed = createIdentityCipher(config).encrypt({ name: '李四' }, 'case-1');
    // A later start, even with another IDENTITY_KEY_ID, reads the same key under the id it sealed with.
    const again = loadConfig({ DATA_DIR: join(dir, 'data'), IDENTITY_KEY_ID: 'k9' });
    expect(resolveIdentityKey(again)).toEqual(first);
    expect(createIdentityCipher(again).decrypt(sealed, 'case-1')).toEqual({ name: '李四' });
  });

  it('moves off a generated key by listing it among the old ones', () => {
    const embedded = loadConfig({ DATA_DIR: dir });
    const sealed = createIdentityCipher(embedded).encrypt({ name: '王五' }, 'case-7');
    const line = readFileSync(join(dir, 'identity-key'), 'utf8').trim();
    const server = loadConfig({
      ...SERVER,
      IDENTITY_KEY: randomBytes(32).toString('base64'),
      IDENTITY_KEY_ID: 'k2',
      IDENTITY_OLD_KEYS: line,
    });
    expect(createIdentityCipher(server).decrypt(sealed, 'case-7')).toEqual({ name: '王五' });
  });
});
