import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app.js';

/** GraphiQL must work on a closed network: the page and everything it loads come from this server. */
const BASE = 'http://scrutineer.test';

/** Every URL the page loads: scripts, stylesheets, icons. */
const loadedUrls = (html: string): string[] => [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);

describe('GraphiQL served offline', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { GRAPHQL_SANDBOX: 'true' } });
  });
  afterAll(() => t.close());

  it('serves the page with a same-origin-only policy, and every file it loads answers 200 from here', async () => {
    const page = await request(t.app.getHttpServer()).get('/graphiql');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const policy = page.headers['content-security-policy'] as string;
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);

    const html = page.text;
    // No inline code for the policy to block: every script is a file.
    expect([...html.matchAll(/<script\b[^>]*>([^]*?)<\/script>/g)].every(([tag, body]) => /\bsrc="/.test(tag) && body!.trim() === '')).toBe(
      true,
    );
    expect(html).not.toMatch(/<style\b|\sstyle="/);

    const urls = loadedUrls(html).filter((url) => !url.startsWith('data:'));
    expect(urls.length).toBeGreaterThanOrEqual(6);
    for (const url of urls) {
      const resolved = new URL(url, `${BASE}/graphiql`);
      expect(resolved.origin).toBe(BASE);
      const file = await request(t.app.getHttpServer()).get(resolved.pathname);
      expect({ url, status: file.status }).toEqual({ url, status: 200 });
      expect(file.headers['content-type']).toMatch(/^(text\/javascript|application\/javascript|text\/css)/);
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(Number(file.headers['content-length'] ?? (file.text ?? '').length)).toBeGreaterThan(50);
    }
    // The page's own script calls what GraphiQL's bundle provides.
    const bundle = await request(t.app.getHttpServer()).get('/graphiql/graphiql.min.js');
    expect(bundle.text ?? bundle.body.toString()).toContain('createFetcher');
  });

  it('shows the same page to a browser opening /graphql, and serves nothing else under /graphiql', async () => {
    const page = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('/graphiql/graphiql.min.js');
    expect(page.text).toContain('http-equiv="Content-Security-Policy"');
    expect(page.text).not.toMatch(/unpkg|jsdelivr|cdn\./i);
    for (const path of ['/graphiql/package.json', '/graphiql/..%2Fpackage.json', '/graphiql/index.js']) {
      expect((await request(t.app.getHttpServer()).get(path)).status).toBe(404);
    }
  });
});

describe('GraphiQL switched off (GRAPHQL_SANDBOX=false)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { GRAPHQL_SANDBOX: 'false' } });
  });
  afterAll(() => t.close());

  it('serves no page', async () => {
    expect((await request(t.app.getHttpServer()).get('/graphiql')).status).toBe(404);
    const page = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(page.text ?? '').not.toMatch(/graphiql/i);
  });
});
