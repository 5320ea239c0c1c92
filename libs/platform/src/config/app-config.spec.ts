import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_KEYS, ConfigError, loadConfig } from './app-config.js';

describe('configuration', () => {
  it('runs embedded with sensible defaults and no set-up', () => {
    const config = loadConfig({});
    expect(config.database).toMatchObject({ kind: 'embedded', runMigrations: true });
    expect(config.database.kind === 'embedded' && config.database.dataDir).toMatch(/data\/pgdata$/);
    expect(config.http).toMatchObject({ host: '127.0.0.1', port: 3000, bodyLimit: '2mb' });
    expect(config.graphql).toMatchObject({ sandbox: true, maxDepth: 10 });
    expect(config.worker.enabled).toBe(true);
    expect(config.bootstrapAdmin).toBeUndefined();
  });

  it('uses a server when DATABASE_URL is set, and then requires a JWT secret', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' })).toThrow(/JWT_SECRET: is required with DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x', JWT_SECRET: 'a'.repeat(32) })).toThrow(
      /IDENTITY_KEY: is required with DATABASE_URL/,
    );
    const config = loadConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
      JWT_SECRET: 'a'.repeat(32),
      IDENTITY_KEY: Buffer.alloc(32, 7).toString('base64'),
      DB_POOL_SIZE: '4',
    });
    expect(config.database).toMatchObject({ kind: 'server', url: 'postgres://postgres@127.0.0.1:5432/x', poolSize: 4 });
    expect(config.graphql.sandbox).toBe(false);
  });

  it('takes a read replica only beside DATABASE_URL: embedded mode refuses one', () => {
    const server = {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
      JWT_SECRET: 'a'.repeat(32),
      IDENTITY_KEY: Buffer.alloc(32, 7).toString('base64'),
    };
    expect(loadConfig(server).database).not.toHaveProperty('readUrl');
    expect(loadConfig({ ...server, DATABASE_READ_URL: 'postgres://postgres@10.0.0.2:5432/x' }).database).toMatchObject({
      kind: 'server',
      readUrl: 'postgres://postgres@10.0.0.2:5432/x',
    });
    expect(() => loadConfig({ ...server, DATABASE_READ_URL: 'mysql://x' })).toThrow(/DATABASE_READ_URL: must be a postgres:\/\/ URL/);
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://postgres@10.0.0.2:5432/x' })).toThrow(
      /DATABASE_READ_URL: needs DATABASE_URL: a read replica is a standby of a PostgreSQL server, and embedded mode \(PGlite\) has none/,
    );
  });

  it('reports every problem at once, by variable name', () => {
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', RUN_WORKER: 'maybe', BODY_LIMIT: 'huge' });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      for (const key of ['PORT', 'LOG_LEVEL', 'RUN_WORKER', 'BODY_LIMIT']) expect(problems).toContain(key);
    }
    expect(() => loadConfig({ ADMIN_USERNAME: 'root' })).toThrow(/ADMIN_USERNAME and ADMIN_PASSWORD go together/);
  });

  it('parses booleans and proxy settings the way operators write them', () => {
    expect(loadConfig({ RUN_WORKER: 'off' }).worker.enabled).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).http.trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: 'true' }).http.trustProxy).toBe(true);
  });

  it('reads identity keys, working-day lists and public rate limits', () => {
    const defaults = loadConfig({});
    expect(defaults.identity).toEqual({ key: undefined, keyId: 'k1', oldKeys: [] });
    expect(defaults.cases).toEqual({ holidays: [], workdays: [] });
    expect(defaults.publicApi).toEqual({ rateLimit: 10, rateWindowSeconds: 60 });
    expect(defaults.auth.loginRate).toEqual({ perClient: 20, perUsername: 10, windowSeconds: 60 });
    expect(loadConfig({ LOGIN_RATE_LIMIT: '50', LOGIN_USERNAME_RATE_LIMIT: '5', LOGIN_RATE_WINDOW_SECONDS: '300' }).auth.loginRate).toEqual(
      {
        perClient: 50,
        perUsername: 5,
        windowSeconds: 300,
      },
    );
    expect(() => loadConfig({ LOGIN_USERNAME_RATE_LIMIT: '0' })).toThrow(/LOGIN_USERNAME_RATE_LIMIT/);

    const key = Buffer.alloc(32, 7).toString('base64');
    const old = Buffer.alloc(32, 9).toString('base64url');
    const config = loadConfig({
      IDENTITY_KEY: key,
      IDENTITY_KEY_ID: 'k2',
      IDENTITY_OLD_KEYS: `k1:${old}`,
      CASE_HOLIDAYS: '2026-10-02, 2026-10-01,,2026-10-01',
      CASE_WORKDAYS: '2026-10-10',
      PUBLIC_RATE_LIMIT: '30',
      PUBLIC_RATE_WINDOW_SECONDS: '300',
    });
    expect(config.identity).toEqual({ key, keyId: 'k2', oldKeys: [{ id: 'k1', key: old }] });
    expect(config.cases).toEqual({ holidays: ['2026-10-01', '2026-10-02'], workdays: ['2026-10-10'] });
    expect(config.publicApi).toEqual({ rateLimit: 30, rateWindowSeconds: 300 });
  });

  it('reports bad dates and bad keys by variable name, without echoing key material', () => {
    const short = Buffer.alloc(16, 1).toString('base64');
    try {
      loadConfig({
        CASE_HOLIDAYS: '2026-10-01,2026-02-30',
        CASE_WORKDAYS: '10/10/2026',
        IDENTITY_KEY: short,
        IDENTITY_KEY_ID: 'k.1',
        IDENTITY_OLD_KEYS: `k0:${short},nocolon`,
        PUBLIC_RATE_LIMIT: '0',
      });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems;
      expect(problems).toContain('CASE_HOLIDAYS: "2026-02-30" is not a calendar date (YYYY-MM-DD)');
      expect(problems).toContain('CASE_WORKDAYS: "10/10/2026" is not a calendar date (YYYY-MM-DD)');
      expect(problems.join('\n')).toMatch(/IDENTITY_KEY: must be base64 of exactly 32 bytes/);
      expect(problems.join('\n')).toMatch(/IDENTITY_KEY_ID: must be 1-32 letters/);
      expect(problems.join('\n')).toMatch(/IDENTITY_OLD_KEYS: key "k0" must be base64 of exactly 32 bytes/);
      expect(problems.join('\n')).toMatch(/IDENTITY_OLD_KEYS: entry 2: must be id:base64/);
      expect(problems.join('\n')).toMatch(/PUBLIC_RATE_LIMIT/);
      expect(problems.join('\n')).not.toContain(short);
    }
    const key = Buffer.alloc(32).toString('base64');
    expect(() => loadConfig({ IDENTITY_KEY: key, IDENTITY_OLD_KEYS: `k1:${key}` })).toThrow(/IDENTITY_OLD_KEYS: key ids must differ.*: k1/);
  });

  it('is documented: README lists every variable', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const missing = CONFIG_KEYS.filter((key) => !readme.includes(`\`${key}\``));
    expect(missing).toEqual([]);
  });
});
