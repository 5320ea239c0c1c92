import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import request from 'supertest';
import { schemaSdl } from '../../apps/api/src/graphql/schema-sdl.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the served schema and the HTTP surface', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('matches the committed schema.gql (run `npm run schema` after changing resolvers)', () => {
    const committed = readFileSync(join(process.cwd(), 'schema.gql'), 'utf8');
    expect(schemaSdl(t.app.get(GraphQLSchemaHost).schema)).toBe(committed);
  });

  it('answers liveness and readiness on /health', async () => {
    const live = await request(t.app.getHttpServer()).get('/health');
    expect(live.status).toBe(200);
    expect(live.body.status).toBe('ok');
    const ready = await request(t.app.getHttpServer()).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.details).toMatchObject({ database: { status: 'up' } });
    // No DATABASE_READ_URL: reports read from the primary, and the replica check says so.
    const replica = await request(t.app.getHttpServer()).get('/health/replica');
    expect(replica.status).toBe(200);
    expect(replica.body.details).toMatchObject({ replica: { status: 'up', configured: false } });
  });

  it('documents the domain terms in the schema', () => {
    const committed = readFileSync(join(process.cwd(), 'schema.gql'), 'utf8');
    expect(committed).toContain('换届办');
    expect(committed).toContain('行政区划');
  });
});
