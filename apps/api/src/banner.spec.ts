import { loadConfig } from '@scrutineer/platform';
import { banner } from './banner.js';

describe('the start-up banner', () => {
  const server = loadConfig({
    DATABASE_URL: 'postgres://x@127.0.0.1/x',
    JWT_SECRET: 'x'.repeat(32),
    IDENTITY_KEY: Buffer.alloc(32, 1).toString('base64'),
  });

  it('names each web page the server serves', () => {
    const text = banner(server, 'http://localhost:3000', undefined, undefined);
    expect(text).toContain('Console:  http://localhost:3000/ ');
    expect(text).toContain('Public:   http://localhost:3000/public ');
    expect(text).toContain('Observe:  http://localhost:3000/observe/ ');
  });

  it('tells a newcomer on a server with no account how to create the first administrator', () => {
    const text = banner(server, 'http://localhost:3000', { username: '', noAccounts: true }, undefined);
    expect(text).toContain('No account exists yet');
    expect(text).toContain('npm run create-admin -- --username admin');
    expect(text).toContain('docker compose exec api node dist/apps/api/src/cli/create-admin.js --username admin');
  });

  it('prints the demo accounts and the public complaint to follow', () => {
    const text = banner(server, 'http://localhost:3000', undefined, {
      loaded: true,
      accounts: [],
      publicCase: { trackingCode: 'XF-ABCDEFGH23', pin: '20261122' },
    });
    expect(text).toContain('demo-observer');
    expect(text).toContain('tracking code XF-ABCDEFGH23, PIN 20261122');
    expect(text).not.toContain('No account exists yet');
    expect(text).not.toContain('npm start -- --demo');
  });

  it('names the console first, and how to get the demo when it was not asked for', () => {
    const text = banner(server, 'http://localhost:3000', undefined, undefined);
    expect(text.indexOf('Console:  http://localhost:3000/')).toBeLessThan(text.indexOf('GraphQL:'));
    expect(text).toContain('npm start -- --demo');
  });
});
