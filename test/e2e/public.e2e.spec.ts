import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import request from 'supertest';
import { buildWorld, type World } from './support/world.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const FILE = 'mutation ($input: FileComplaintInput!) { fileComplaint(input: $input) { trackingCode pin } }';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** What a browser's ALTCHA solver sends: base64 of `{ challenge, solution }`. */
async function solve(t: TestApp): Promise<string> {
  const res = await t.gql<{ proofOfWorkChallenge: string }>('{ proofOfWorkChallenge }');
  const challenge = JSON.parse(res.data!.proofOfWorkChallenge) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

const count = async (t: TestApp, table: string): Promise<number> =>
  Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

/** The public pages' API: the picker, the proof of work on filings and uploads, photos, Open311 filing. */
describe('the public without an account', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp({ env: { PROOF_OF_WORK: 'true', PROOF_OF_WORK_MAX_NUMBER: '200' } });
    w = await buildWorld(t);
  });
  afterAll(() => t?.close());

  const complaint = (extra: Record<string, unknown> = {}) => ({
    kind: 'REPORT',
    category: 'BRIBERY',
    title: '发钱拉票',
    body: '有人挨家挨户发红包。',
    jurisdictionId: w.ids.villageA1,
    ...extra,
  });

  it('picks a place by name or down the tree, and sees names and levels only', async () => {
    const top = await t.gql<any>('{ publicPlaces { id name level hasChildren fullName } }');
    expect(top.errors).toBeUndefined();
    expect(top.data.publicPlaces).toEqual([expect.objectContaining({ id: w.ids.province, level: 'PROVINCE', hasChildren: true })]);
    const below = await t.gql<any>('query ($p: ID) { publicPlaces(parentId: $p) { id name } }', { p: w.ids.townA });
    expect(below.data.publicPlaces.map((p: any) => p.name).sort()).toEqual(['东村', '西村']);
    const found = await t.gql<any>('{ publicPlaces(nameContains: "东") { id name level fullName hasChildren } }');
    expect(found.data.publicPlaces).toEqual([
      { id: w.ids.villageA1, name: '东村', level: 'VILLAGE', fullName: expect.stringMatching(/甲镇 \/ 东村$/), hasChildren: false },
    ]);
    // Nothing else about a place can be asked for.
    const more = await t.gql('{ publicPlaces { code } }');
    expect(more.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await t.gql<any>('{ publicPlaces(nameContains: "%") { id } }')).data!.publicPlaces).toEqual([]);
    expect((await t.gql<any>('{ publicElections(jurisdictionId: "not-an-id") { id } }')).data!.publicElections).toEqual([]);
  });

  it('refuses a filing without, with a wrong or with a replayed proof of work, writing nothing', async () => {
    const before = await count(t, 'cases');
    const missing = await t.gql(FILE, { input: complaint() });
    expect(missing.errors?.[0]?.extensions.code).toBe('PROOF_OF_WORK_REQUIRED');
    const solved = await solve(t);
    const payload = JSON.parse(Buffer.from(solved, 'base64').toString()) as { challenge: Challenge; solution: { counter: number } };
    const wrong = Buffer.from(JSON.stringify({ ...payload, solution: { ...payload.solution, derivedKey: '00'.repeat(32) } })).toString(
      'base64',
    );
    expect((await t.gql(FILE, { input: complaint({ proofOfWork: wrong }) })).errors?.[0]?.extensions.code).toBe('PROOF_OF_WORK_INVALID');
    expect((await t.gql(FILE, { input: complaint({ proofOfWork: 'garbage' }) })).errors?.[0]?.extensions.code).toBe(
      'PROOF_OF_WORK_INVALID',
    );
    // A challenge signed by another key (made up here) is refused alike.
    const forged = Buffer.from(JSON.stringify({ ...payload, challenge: { ...payload.challenge, signature: 'ab'.repeat(32) } })).toString(
      'base64',
    );
    expect((await t.gql(FILE, { input: complaint({ proofOfWork: forged }) })).errors?.[0]?.extensions.code).toBe('PROOF_OF_WORK_INVALID');
    expect(await count(t, 'cases')).toBe(before);

    // A filing refused for its input spends nothing: the same solution files once, then never again.
    const bad = await t.gql(FILE, { input: complaint({ proofOfWork: solved, jurisdictionId: w.ids.townB.replace(/.$/, '0') }) });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const filed = await t.gql<any>(FILE, { input: complaint({ proofOfWork: solved }) });
    expect(filed.errors).toBeUndefined();
    expect(filed.data.fileComplaint.trackingCode).toMatch(/^XF-/);
    const replay = await t.gql(FILE, { input: complaint({ proofOfWork: solved }) });
    expect(replay.errors?.[0]?.extensions.code).toBe('PROOF_OF_WORK_USED');
    expect(await count(t, 'cases')).toBe(before + 1);
  });

  it('takes photos anonymously with a proof of work, attaches them by id, and shows them to staff only', async () => {
    const http = t.app.getHttpServer();
    const meta = `filename ${Buffer.from('现场.png').toString('base64')},filetype ${Buffer.from('image/png').toString('base64')}`;
    const create = (proof?: string, length = PNG.length) => {
      const req = request(http)
        .post('/uploads')
        .set('Tus-Resumable', '1.0.0')
        .set('Upload-Length', String(length))
        .set('Upload-Metadata', meta);
      return proof ? req.set('X-Proof-Of-Work', proof) : req;
    };
    const patch = (location: string, offset: number, body: Buffer, proof: string) =>
      request(http)
        .patch(location)
        .set('Tus-Resumable', '1.0.0')
        .set('Upload-Offset', String(offset))
        .set('Content-Type', 'application/offset+octet-stream')
        .set('X-Proof-Of-Work', proof)
        .send(body);

    expect((await create()).status).toBe(401);
    expect((await create('garbage')).status).toBe(403);
    const proof = await solve(t);
    const created = await create(proof);
    expect(created.status).toBe(201);
    // Each solution admits one upload.
    expect((await create(proof)).status).toBe(403);
    const location = created.headers.location as string;
    const id = location.split('/').pop()!;
    // Only the proof that admitted it continues it; nobody without an account reads it back.
    expect((await patch(location, 0, PNG.subarray(0, 20), await solve(t))).status).toBe(404);
    expect((await patch(location, 0, PNG.subarray(0, 20), proof)).status).toBe(204);
    const head = await request(http).head(location).set('Tus-Resumable', '1.0.0').set('X-Proof-Of-Work', proof);
    expect(head.headers['upload-offset']).toBe('20');
    expect((await patch(location, 20, PNG.subarray(20), proof)).status).toBe(204);
    expect((await request(http).get(location).set('X-Proof-Of-Work', proof)).status).toBe(404);
    expect((await request(http).get(location)).status).toBe(401);
    // The same type and size checks as an observer's uploads.
    expect((await create(await solve(t), 30 * 1024 * 1024)).status).toBe(413);

    const filed = await t.gql<any>(FILE, { input: complaint({ proofOfWork: await solve(t), attachmentIds: [id] }) });
    expect(filed.errors).toBeUndefined();
    // An upload goes to one complaint only.
    const again = await t.gql<any>(FILE, { input: complaint({ proofOfWork: await solve(t), attachmentIds: [id] }) });
    expect(again.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');

    const handler = w.tokens.PETITION_HANDLER;
    const list = await t.gql<any>(
      '{ cases(first: 100) { edges { node { id trackingCode attachments { id name mediaType size } } } } }',
      {},
      handler,
    );
    const node = list.data.cases.edges.find((e: any) => e.node.trackingCode === filed.data.fileComplaint.trackingCode).node;
    expect(node.attachments).toEqual([{ id, name: '现场.png', mediaType: 'image/png', size: PNG.length }]);
    const download = await request(http).get(location).set('authorization', `Bearer ${handler}`);
    expect(download.status).toBe(200);
    // A county-B reader does not see county A's case, nor its photo.
    expect((await request(http).get(location).set('authorization', `Bearer ${w.tokens.inspectorB}`)).status).toBe(404);
  });

  it('answers Open311 discovery, services and filing, form-encoded or JSON, with the same protections', async () => {
    const http = t.app.getHttpServer();
    const discovery = await request(http).get('/open311/v2/discovery.json');
    expect(discovery.status).toBe(200);
    expect(discovery.body.endpoints[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      formats: ['application/json'],
    });
    const services = await request(http).get('/open311/v2/services.json');
    expect(services.body).toContainEqual(
      expect.objectContaining({ service_code: 'BRIBERY', service_name: '贿选', metadata: true, type: 'realtime' }),
    );
    const definition = await request(http).get('/open311/v2/services/BRIBERY.json');
    expect(definition.body.attributes.map((a: any) => a.code)).toEqual(['jurisdiction_id', 'kind', 'title', 'election_id']);
    expect((await request(http).get('/open311/v2/services/NOPE.json')).body).toEqual([{ code: 404, description: 'No such service' }]);

    const before = await count(t, 'cases');
    const form = {
      service_code: 'CANVASSING',
      description: '村干部召集开会要求投票给指定人选。',
      'attribute[jurisdiction_id]': w.ids.villageA2,
      first_name: '某',
      last_name: '王',
      phone: '13800000000',
    };
    const missing = await request(http).post('/open311/v2/requests.json').type('form').send(form);
    expect(missing.status).toBe(403);
    expect(missing.body).toEqual([{ code: 403, description: expect.stringContaining('proof-of-work') }]);
    const bad = await request(http)
      .post('/open311/v2/requests.json')
      .type('form')
      .send({ ...form, service_code: 'NOPE', proof_of_work: await solve(t) });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual([{ code: 400, description: expect.any(String) }]);
    expect(await count(t, 'cases')).toBe(before);

    const challenge = (await request(http).get('/open311/v2/proof_of_work.json')).body as Challenge;
    const solution = await solveChallenge({ challenge, deriveKey });
    const proof = Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
    const filed = await request(http)
      .post('/open311/v2/requests.json')
      .type('form')
      .send({ ...form, proof_of_work: proof });
    expect(filed.status).toBe(201);
    expect(filed.body).toEqual([
      { service_request_id: expect.stringMatching(/^XF-/), service_notice: expect.any(String), account_id: null, pin: expect.any(String) },
    ]);
    const replay = await request(http)
      .post('/open311/v2/requests.json')
      .type('form')
      .send({ ...form, proof_of_work: proof });
    expect(replay.body).toEqual([{ code: 403, description: expect.stringContaining('used already') }]);

    const json = await request(http)
      .post('/open311/v2/requests.json')
      .set('X-Proof-Of-Work', await solve(t))
      .send({
        service_code: 'COUNTING',
        description: '唱票与计票不一致',
        attribute: { jurisdiction_id: w.ids.villageA1, kind: 'OBJECTION', title: '计票有误' },
      });
    expect(json.status).toBe(201);
    const { service_request_id: code, pin } = json.body[0];
    const status = await request(http).get(`/open311/v2/requests/${code}.json`).set('x-tracking-pin', pin);
    expect(status.body[0]).toMatchObject({ service_request_id: code, status: 'open', service_name: '信访事项' });
    expect(await count(t, 'cases')).toBe(before + 2);

    // The identity given is sealed: no column of the case holds it as text.
    const [row] = await t.dataSource.query('SELECT row_to_json(c)::text AS r FROM cases c WHERE tracking_code = $1', [
      filed.body[0].service_request_id,
    ]);
    expect(row.r).not.toContain('13800000000');
  });
});

describe('Open311 filing under the public rate limit', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_RATE_LIMIT: '2' } });
    w = await buildWorld(t);
  });
  afterAll(() => t?.close());

  it('answers 429 in Open311’s format past PUBLIC_RATE_LIMIT, like the form', async () => {
    const post = () =>
      request(t.app.getHttpServer())
        .post('/open311/v2/requests.json')
        .type('form')
        .send({ service_code: 'OTHER', description: '候选人资格有疑问', 'attribute[jurisdiction_id]': w.ids.villageA1 });
    expect((await post()).status).toBe(201);
    expect((await post()).status).toBe(201);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual([{ code: 429, description: expect.any(String) }]);
  });
});
