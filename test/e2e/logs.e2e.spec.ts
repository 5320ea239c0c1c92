import { Writable } from 'node:stream';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app.js';
import { buildWorld, type World } from './support/world.js';

/** Personal data of two complainants: none of it may reach a log line or an error. */
const STAFF_INTAKE = { name: '欧阳秘密', phone: '13912345678', idNumber: '110101199003071234', address: '东村三组十七号' };
const PUBLIC_FILING = { name: '司马隐名', phone: '15887654321' };
const TITLE = '村委会主任选举贿选举报甲';
const BODY = '选举前三天，候选人挨家挨户送红包，每户二百元，本人亲眼所见乙';
const PUBLIC_BODY = '投票站工作人员代填选票，至少二十张丙';

const REGISTER = 'mutation ($i: RegisterCaseInput!) { registerCase(input: $i) { pin case { id trackingCode } } }';
const FILE = 'mutation ($i: FileComplaintInput!) { fileComplaint(input: $i) { trackingCode pin } }';
const STATUS = 'query ($c: String!, $p: String!) { caseStatus(trackingCode: $c, pin: $p) { status } }';

interface LogLine {
  level: number;
  msg?: string;
  code?: string;
  reference?: string;
  err?: unknown;
  [key: string]: unknown;
}

describe('logs an operator can read, with no personal data in them or in any error', () => {
  let t: TestApp;
  let w: World;
  const lines: string[] = [];
  /** Every error answered during the run, as the client saw it. */
  const errors: { message: string; extensions: Record<string, unknown> }[] = [];
  const secrets: string[] = [TITLE, BODY, PUBLIC_BODY, ...Object.values(STAFF_INTAKE), ...Object.values(PUBLIC_FILING)];

  beforeAll(async () => {
    const logStream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    t = await startTestApp({ env: { LOG_LEVEL: 'trace' }, overrides: { logStream } });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await t.gql<Record<string, any>>(query, variables, token);
    errors.push(...(res.errors ?? []));
    return res;
  };
  /** The same over raw JSON text, for values JSON.stringify would not write (lone surrogates) or literals in the document. */
  const raw = async (body: string) => {
    const res = await request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send(body);
    errors.push(...((res.body as { errors?: typeof errors }).errors ?? []));
    return res;
  };
  const open311 = async (code: string, pin: string) => {
    const res = await request(t.app.getHttpServer()).get(`/open311/v2/requests/${code}.json`).set('x-tracking-pin', pin);
    // Open311's errors carry the HTTP status as their code.
    const codes: Record<number, string> = { 400: 'BAD_USER_INPUT', 404: 'NOT_FOUND', 429: 'RATE_LIMITED' };
    if (res.status >= 400)
      errors.push(
        ...(res.body as { description: string }[]).map((e) => ({ message: e.description, extensions: { code: codes[res.status] } })),
      );
    return res;
  };
  const parsed = (): LogLine[] => lines.map((line) => JSON.parse(line) as LogLine);

  it('runs intake, a public filing, look-ups and refusals on personal fields', async () => {
    const handler = w.tokens.PETITION_HANDLER;
    const registered = await gql(
      REGISTER,
      {
        i: {
          kind: 'REPORT',
          channel: 'LETTER',
          category: 'BRIBERY',
          title: TITLE,
          body: BODY,
          subject: { jurisdictionId: w.ids.villageA1 },
          identity: STAFF_INTAKE,
        },
      },
      handler,
    );
    const { pin, case: staffCase } = registered.data!.registerCase;
    const filed = await gql(FILE, {
      i: {
        kind: 'REPORT',
        category: 'BRIBERY',
        title: '选票问题',
        body: PUBLIC_BODY,
        jurisdictionId: w.ids.villageA1,
        identity: PUBLIC_FILING,
      },
    });
    const publicCase = filed.data!.fileComplaint;
    secrets.push(pin, staffCase.trackingCode, publicCase.pin, publicCase.trackingCode);

    // Look-ups, right and wrong, over GraphQL and Open311.
    expect((await gql(STATUS, { c: staffCase.trackingCode, p: pin })).data!.caseStatus.status).toEqual(expect.any(String));
    expect((await gql(STATUS, { c: publicCase.trackingCode, p: '00000000' })).errors![0]!.extensions.code).toBe('NOT_FOUND');
    expect((await open311(publicCase.trackingCode, publicCase.pin)).status).toBe(200);
    expect((await open311(publicCase.trackingCode, pin)).status).toBe(404);
    const appended = await request(t.app.getHttpServer()).get(`/open311/v2/requests/${staffCase.trackingCode}/x`);
    expect(appended.status).toBe(404);
    errors.push({ message: (appended.body as { description: string }[])[0]!.description, extensions: { code: 'NOT_FOUND' } });
    await gql(
      'mutation ($i: RevealIdentityInput!) { revealComplainantIdentity(input: $i) { name } }',
      { i: { id: staffCase.id, reason: '核实举报人身份' } },
      handler,
    );

    // Refusals on personal fields: each names the field and never repeats the value.
    const filing = (identity: unknown, extra: Record<string, unknown> = {}) => ({
      i: { kind: 'REPORT', category: 'BRIBERY', title: 't', body: 'b', jurisdictionId: w.ids.villageA1, identity, ...extra },
    });
    const refusals = [
      await gql(FILE, filing({ phone: STAFF_INTAKE.phone.repeat(4) })),
      await gql(FILE, filing({ name: `${STAFF_INTAKE.name}${'名'.repeat(100)}` })),
      await gql(FILE, filing({ idNumber: `${STAFF_INTAKE.idNumber}${'9'.repeat(20)}` })),
      await gql(FILE, filing({ phone: Number(STAFF_INTAKE.phone) })),
      await gql(FILE, filing({ name: { first: STAFF_INTAKE.name } })),
      await gql(FILE, filing({ name: STAFF_INTAKE.name, phone: `${STAFF_INTAKE.phone}\u0000` })),
      await gql(FILE, filing(null, { body: BODY.repeat(1000) })),
      await gql(FILE, filing(null, { kind: STAFF_INTAKE.name })),
      await gql(STATUS, { c: staffCase.trackingCode, p: Number(pin) }),
      await gql(STATUS, { c: [staffCase.trackingCode], p: pin }),
    ];
    for (const res of refusals) expect(res.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(refusals[0]!.errors![0]!.extensions.fields).toEqual([{ field: 'identity.phone', messages: [expect.any(String)] }]);
    expect(refusals[3]!.errors![0]!.extensions.fields).toEqual([{ field: 'i.identity.phone', messages: [expect.any(String)] }]);

    const lone = await raw(
      `{"query":${JSON.stringify(FILE)},"variables":{"i":{"kind":"REPORT","category":"BRIBERY","title":"t","body":"b","jurisdictionId":"${w.ids.villageA1}","identity":{"name":"${STAFF_INTAKE.name}\\ud800"}}}}`,
    );
    expect((lone.body as { errors: { extensions: { fields: unknown } }[] }).errors[0]!.extensions.fields).toEqual([
      { field: 'identity.name', messages: [expect.stringMatching(/surrogate/)] },
    ]);
    const literals = [
      `mutation { fileComplaint(input: { kind: REPORT, category: BRIBERY, title: "t", body: "b", jurisdictionId: "${w.ids.villageA1}", identity: { phone: ${STAFF_INTAKE.phone} } }) { pin } }`,
      `mutation { fileComplaint(input: { kind: REPORT, category: BRIBERY, title: "t", body: "b", jurisdictionId: "${w.ids.villageA1}", identity: { name: ["${STAFF_INTAKE.name}"] } }) { pin } }`,
      `{ caseStatus(trackingCode: "${staffCase.trackingCode}", pin: ${pin}) { status } }`,
      `mutation { fileComplaint(input: { kind: ${PUBLIC_FILING.name}, category: BRIBERY, title: "t", body: "b", jurisdictionId: "${w.ids.villageA1}" }) { pin } }`,
    ];
    for (const query of literals) {
      const res = await raw(JSON.stringify({ query }));
      expect((res.body as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toMatch(
        /GRAPHQL_(VALIDATION|PARSE)_FAILED/,
      );
    }
    errors.push(...((await request(t.app.getHttpServer()).get('/no/such/route')).body as { errors: typeof errors }).errors);
  });

  it('keeps every name, phone, ID number, tracking code, PIN and complaint text out of every log line and every error', () => {
    expect(lines.length).toBeGreaterThan(50);
    expect(errors.length).toBeGreaterThan(15);
    const leaks = [
      ...lines.flatMap((line) => secrets.filter((s) => line.includes(s)).map((s) => `log line holds ${s}: ${line.slice(0, 300)}`)),
      ...errors.flatMap((e) =>
        secrets.filter((s) => JSON.stringify(e).includes(s)).map((s) => `error holds ${s}: ${JSON.stringify(e).slice(0, 300)}`),
      ),
    ];
    expect(leaks).toEqual([]);
  });

  it('logs each refusal once, at info or warn, with its code and a reference and no message or stack; nothing at error', () => {
    const logged = parsed();
    expect(logged.filter((l) => l.level >= 50)).toEqual([]);
    const refusals = logged.filter((l) => typeof l.msg === 'string' && l.msg.startsWith('request refused'));
    const count = (codes: unknown[]) =>
      codes.reduce<Record<string, number>>((n, c) => ({ ...n, [String(c)]: (n[String(c)] ?? 0) + 1 }), {});
    expect(count(refusals.map((l) => l.code))).toEqual(count(errors.map((e) => e.extensions.code)));
    for (const line of refusals) {
      expect([30, 40]).toContain(line.level);
      expect(line.reference).toMatch(/^[0-9a-f-]{36}$/);
      expect(Object.keys(line)).not.toEqual(expect.arrayContaining(['err']));
      expect(JSON.stringify(line)).not.toMatch(/stack|\bat .*:\d+:\d+/);
    }
    expect(refusals.filter((l) => l.code === 'NOT_FOUND' && l.status === 404)).toHaveLength(3);
  });
});
