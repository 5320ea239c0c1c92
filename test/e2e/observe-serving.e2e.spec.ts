import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The observer app at /observe (npm test builds dist-console first): its page for every path below it,
 * whatever the Accept header (the service worker fetches it to keep it offline), its worker and manifest
 * never cached for long, and the console's own pages untouched.
 */
describe('serving the observer app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('answers /observe/ and any path below it with its page, under the console’s policy with a fresh nonce', async () => {
    const http = request(t.app.getHttpServer());
    const page = await http.get('/observe/').set('accept', '*/*');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html');
    expect(page.text).toContain('/observe/manifest.webmanifest');
    const policy = page.headers['content-security-policy'] as string;
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toContain("manifest-src 'self'");
    const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
    expect(page.text).toContain(`content="${nonce}"`);
    expect(page.headers['cache-control']).toBe('no-cache');

    const deep = await http.get('/observe/outbox').set('accept', 'text/html');
    expect(deep.status).toBe(200);
    expect(deep.text).toContain('/observe/manifest.webmanifest');
    // The worker's scope is /observe/: the bare path moves there.
    const bare = await http.get('/observe');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/observe/');
  });

  it('serves the service worker and the manifest from /observe/, asked again on every check', async () => {
    const http = request(t.app.getHttpServer());
    const worker = await http.get('/observe/sw.js');
    expect(worker.status).toBe(200);
    expect(worker.type).toMatch(/javascript/);
    expect(worker.headers['cache-control']).toBe('no-cache');
    // Its precache holds the page and the observer's own assets, absolute (the worker lives in /observe/).
    expect(worker.text).toContain('url:"/observe/"');
    expect(worker.text).toMatch(/url:"\/assets\/observe-[\w-]+\.js"/);
    expect(worker.text).not.toMatch(/url:"\/assets\/index-[\w-]+\.js"/);

    const manifest = await http.get('/observe/manifest.webmanifest');
    expect(manifest.status).toBe(200);
    expect(manifest.type).toBe('application/manifest+json');
    const body = JSON.parse(manifest.text) as { start_url: string; scope: string; icons: { src: string }[] };
    expect(body).toMatchObject({ start_url: '/observe/', scope: '/observe/' });
    for (const icon of body.icons) expect((await http.get(icon.src)).status).toBe(200);
  });

  it('leaves the console and the API as they were', async () => {
    const http = request(t.app.getHttpServer());
    const staff = await http.get('/cases').set('accept', 'text/html');
    expect(staff.status).toBe(200);
    expect(staff.text).not.toContain('/observe/manifest.webmanifest');
    const api = await http.post('/graphql').send({ query: '{ __typename }' });
    expect(api.status).toBe(200);
  });
});
