import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_KEYS, ConfigError, loadConfig } from './app-config.js';

describe('configuration', () => {
  it('runs embedded with sensible defaults and no set-up', () => {
    const config = loadConfig({});
    expect(config.database).toMatchObject({ kind: 'embedded', runMigrations: true });
    expect(config.database.kind === 'embedded' && config.database.dataDir).toMatch(/data\/pgdata$/);
    expect(config.http).toMatchObject({ host: '127.0.0.1', port: 3000, bodyLimit: '100kb' });
    expect(config.graphql).toMatchObject({ sandbox: true, maxDepth: 10 });
    expect(config.worker.enabled).toBe(true);
    expect(config.bootstrapAdmin).toBeUndefined();
  });

  it('uses a server when DATABASE_URL is set, and then requires a JWT secret', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' })).toThrow(/JWT_SECRET: is required with DATABASE_URL/);
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x', JWT_SECRET: 'a'.repeat(32), DB_POOL_SIZE: '4' });
    expect(config.database).toMatchObject({ kind: 'server', url: 'postgres://postgres@127.0.0.1:5432/x', poolSize: 4 });
    expect(config.graphql.sandbox).toBe(false);
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

  it('is documented: README lists every variable', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const missing = CONFIG_KEYS.filter((key) => !readme.includes(`\`${key}\``));
    expect(missing).toEqual([]);
  });
});
