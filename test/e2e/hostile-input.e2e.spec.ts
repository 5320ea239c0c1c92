import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { documentedCodes, errorCodesOf, hostileAnswerProblem, type Answer } from './support/error-shape.js';
import { listen, rawRequest } from './support/raw-http.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { buildWorld, type World } from './support/world.js';

/** One hostile request: where it goes (which decides the error format) and how it is sent. */
interface Probe {
  path: string;
  send: () => Promise<Answer>;
}

const LOGIN = 'mutation ($i: LoginInput!) { login(input: $i) { token } }';
const FILE = 'mutation ($i: FileComplaintInput!) { fileComplaint(input: $i) { trackingCode } }';
const STATUS = 'query ($c: String!, $p: String!) { caseStatus(trackingCode: $c, pin: $p) { status } }';
const ME = '{ me { id } }';
/** JSON text of a lone surrogate: JSON.stringify would write it escaped, which is what a client may send. */
const LONE_HIGH = '\\ud800';
const LONE_LOW = '\\udfff';

describe('a corpus of hostile requests: never a 5xx, always a stable code in the route’s format', () => {
  let t: TestApp;
  let w: World;
  let port: number;
  const documented = documentedCodes();

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    port = await listen(t.app.getHttpServer());
  });
  afterAll(() => t.close());

  const http = () => request(t.app.getHttpServer());
  const answer = (res: request.Response): Answer => ({ status: res.status, body: res.body, text: res.text });
  /** A POST to /graphql with this exact body text. */
  const post = (body: string, headers: Record<string, string> = {}) => ({
    path: '/graphql',
    send: async () => {
      const req = http().post('/graphql').set('content-type', 'application/json');
      for (const [k, v] of Object.entries(headers)) req.set(k, v);
      return answer(await req.send(body));
    },
  });
  /** A GraphQL operation whose variables JSON is written by hand (so it can hold lone surrogates). */
  const op = (query: string, variablesJson: string, headers: Record<string, string> = {}) =>
    post(`{"query":${JSON.stringify(query)},"variables":${variablesJson}}`, headers);
  const get = (path: string, headers: Record<string, string> = { 'apollo-require-preflight': '1' }): Probe => ({
    path,
    send: async () => {
      const req = http().get(path);
      for (const [k, v] of Object.entries(headers)) req.set(k, v);
      return answer(await req);
    },
  });
  const raw = (path: string, bytes: () => string): Probe => ({ path, send: () => rawRequest(port, bytes()) });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const signed = (claims: Record<string, unknown>, options: Record<string, unknown> = {}) =>
    t.app.get(JwtService).sign(claims, { issuer: 'scrutineer', audience: 'scrutineer-api', ...options });
  /** The admin's real claims, so that only the claim under test differs. */
  const admin = () => JSON.parse(Buffer.from(w.adminToken.split('.')[1]!, 'base64url').toString()) as { sub: string; tv: number };
  /** Create a tus upload as a supervisor with this Upload-Metadata header. */
  const upload = (metadata: string): Probe => ({
    path: '/uploads',
    send: async () =>
      answer(
        await http()
          .post('/uploads')
          .set(bearer(w.tokens.SUPERVISOR))
          .set('tus-resumable', '1.0.0')
          .set('upload-length', '10')
          .set('upload-metadata', metadata),
      ),
  });
  const complaint = (fields: string) =>
    `{"i":{"kind":"REPORT","category":"BRIBERY","title":"t","body":"b","jurisdictionId":"${w.ids.villageA1}",${fields}}}`;

  const corpus: Record<string, () => Probe> = {
    // Lone UTF-16 surrogates and NUL: refused where they enter, naming the field.
    'a lone high surrogate in login.username': () => op(LOGIN, `{"i":{"username":"${LONE_HIGH}","password":"x"}}`),
    'a lone low surrogate in login.password': () => op(LOGIN, `{"i":{"username":"a-admin","password":"${LONE_LOW}"}}`),
    'a lone surrogate in a complaint title': () => op(FILE, complaint('"identity":null').replace('"t"', `"${LONE_HIGH}"`)),
    'a lone surrogate in a complainant name': () => op(FILE, complaint(`"identity":{"name":"张${LONE_HIGH}"}`)),
    'a lone surrogate in a complaint body': () => op(FILE, complaint('"identity":null').replace('"b"', `"${LONE_LOW}x"`)),
    'a lone surrogate in a tracking code': () => op(STATUS, `{"c":"XF-${LONE_HIGH}","p":"12345678"}`),
    'a lone surrogate in a staff mutation': () =>
      op(
        'mutation ($i: CreateJurisdictionInput!) { createJurisdiction(input: $i) { id } }',
        `{"i":{"parentId":"${w.ids.townA}","level":"VILLAGE","name":"村${LONE_HIGH}"}}`,
        bearer(w.adminToken),
      ),
    'a lone surrogate in an id argument': () =>
      op('query ($id: ID!) { case(id: $id) { id } }', `{"id":"${LONE_HIGH}"}`, bearer(w.adminToken)),
    'a lone surrogate inside the document': () =>
      post(`{"query":"{ caseStatus(trackingCode: \\"${LONE_HIGH}\\", pin: \\"1\\") { status } }"}`),
    'a GraphQL escape of a lone surrogate': () =>
      post('{"query":"{ caseStatus(trackingCode: \\"\\\\ud800\\", pin: \\"1\\") { status } }"}'),
    'a blank complaint title (stored trimmed)': () => op(FILE, complaint('"identity":null').replace('"t"', '" \\t "')),
    'a complaint title at its limit and a variation selector': () =>
      op(FILE, complaint('"identity":null').replace('"t"', `"${'a'.repeat(200)}\\ufe0f"`)),
    'a blank team name': () =>
      op(
        'mutation ($i: CreateTeamInput!) { createSupervisionTeam(input: $i) { id } }',
        `{"i":{"jurisdictionId":"${w.ids.countyA}","kind":"SUPERVISION","name":" "}}`,
        bearer(w.tokens.ELECTION_OFFICE),
      ),
    'a NUL in login.username': () => op(LOGIN, '{"i":{"username":"a\\u0000","password":"x"}}'),
    'a NUL in a complainant phone': () => op(FILE, complaint('"identity":{"phone":"138\\u000012345"}')),
    'a NUL in a PIN': () => op(STATUS, '{"c":"XF-2222222222","p":"1234\\u00005678"}'),

    // Operation names and kinds.
    'an unknown operationName on an unnamed operation': () => post('{"query":"{ __typename }","operationName":"Nope"}'),
    'an unknown operationName among named operations': () =>
      post('{"query":"query A { __typename } query B { __typename }","operationName":"C"}'),
    'two operations and no operationName': () => post('{"query":"query A { __typename } query B { __typename }"}'),
    'an operationName that is not a string': () => post('{"query":"{ __typename }","operationName":{"x":1}}'),
    'a subscription while the schema has none': () => post('{"query":"subscription { me { id } }"}'),
    'a named subscription': () => post('{"query":"subscription S { __typename }","operationName":"S"}'),

    // Documents that are valid JSON but odd GraphQL.
    'a fragment cycle': () => post('{"query":"query { me { ...A } } fragment A on User { ...B } fragment B on User { ...A }"}'),
    'an unknown directive': () => post('{"query":"{ __typename @nope }"}'),
    '@include with a variable of the wrong type': () =>
      post('{"query":"query ($b: Boolean!) { __typename @include(if: $b) }","variables":{"b":"yes"}}'),
    'a variable declared twice': () => post('{"query":"query ($a: Int, $a: Int) { __typename }"}'),
    'a variable of an output type': () => post('{"query":"query ($u: User) { __typename }"}'),
    'a page larger than allowed': () =>
      post(JSON.stringify({ query: '{ jurisdictions(first: 100000) { totalCount } }' }), bearer(w.adminToken)),

    // Persisted queries.
    'a persisted-query hash alone': () => post('{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}'),
    'a persisted query of another version': () => post('{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"abc"}}}'),
    'a persisted-query hash that does not match': () =>
      post('{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}'),
    'a persistedQuery that is not an object': () => post('{"query":"{ __typename }","extensions":{"persistedQuery":"x"}}'),

    // Bodies that are not a GraphQL request.
    'truncated JSON': () => post('{"query": '),
    'JSON null': () => post('null'),
    'a JSON string': () => post('"x"'),
    'an empty object': () => post('{}'),
    'an empty body': () => post(''),
    'a batch': () => post('[{"query":"{ __typename }"}]'),
    'a query that is a number': () => post('{"query":1}'),
    'variables as a string': () => post('{"query":"{ __typename }","variables":"{}"}'),
    'variables as an array': () => post('{"query":"{ __typename }","variables":[1]}'),
    'extensions as an array': () => post('{"query":"{ __typename }","extensions":[1]}'),
    'a __proto__ key in the variables': () => op(LOGIN, '{"i":{"username":"a","password":"b","__proto__":{"polluted":true}}}'),
    'a constructor key in the variables': () => op(LOGIN, '{"i":{"username":"a","password":"b","constructor":{"prototype":{"x":1}}}}'),
    'a number too large for JSON': () => op('query ($n: Int) { jurisdictions(first: $n) { totalCount } }', '{"n":1e400}'),
    'deeply nested variables': () => op(LOGIN, `{"i":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`),
    'deeply nested arrays': () => op(LOGIN, `{"i":${'['.repeat(5000)}${']'.repeat(5000)}}`),
    'a very wide object': () => op(LOGIN, `{"i":{${Array.from({ length: 50_000 }, (_, i) => `"k${i}":1`).join(',')}}}`),
    'a very long string': () => op(LOGIN, `{"i":{"username":"${'长'.repeat(600_000)}","password":"x"}}`),
    'a body over the limit': () => op(LOGIN, `{"i":{"username":"${'x'.repeat(2_200_000)}","password":"x"}}`),

    // Content types and encodings.
    'text/plain': () => ({
      path: '/graphql',
      send: async () => answer(await http().post('/graphql').set('content-type', 'text/plain').send('{}')),
    }),
    'a form': () => ({
      path: '/graphql',
      send: async () => answer(await http().post('/graphql').set('content-type', 'application/x-www-form-urlencoded').send('query=x')),
    }),
    'XML with a preflight header': () => ({
      path: '/graphql',
      send: async () =>
        answer(await http().post('/graphql').set('content-type', 'application/xml').set('apollo-require-preflight', '1').send('<q/>')),
    }),
    'an unsupported charset': () => post('{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=latin1' }),
    'an unknown content encoding': () => post('{"query":"{ __typename }"}', { 'content-encoding': 'br2' }),
    'gzip that is not gzip': () => post('{"query":"{ __typename }"}', { 'content-encoding': 'gzip' }),

    // GET /graphql.
    'GET without a query': () => get('/graphql'),
    'GET with an unknown operationName': () => get('/graphql?query=%7B__typename%7D&operationName=Nope'),
    'GET with variables that are not JSON': () => get('/graphql?query=%7B__typename%7D&variables=%7B'),
    'GET with extensions that are not JSON': () => get('/graphql?query=%7B__typename%7D&extensions=%7B'),
    'GET with a mutation': () =>
      get('/graphql?query=mutation%7Blogin(input%3A%7Busername%3A%22a%22%2Cpassword%3A%22b%22%7D)%7Btoken%7D%7D'),
    'GET with a lone surrogate in the variables': () =>
      get(`/graphql?query=${encodeURIComponent(STATUS)}&variables=${encodeURIComponent(`{"c":"${LONE_HIGH}","p":"1"}`)}`),
    'GET with %00 in the query': () => get('/graphql?query=%7B__typename%00%7D'),
    'GET with invalid percent-encoding': () => get('/graphql?query=%E0%A4%A&variables=%ED%A0%80'),
    'GET with the query given twice': () => get('/graphql?query=%7B__typename%7D&query=%7B__typename%7D'),
    'GET with variables given twice': () => get('/graphql?query=%7B__typename%7D&variables=%7B%7D&variables=%7B%7D'),
    'GET without the CSRF preflight header': () => get('/graphql?query=%7B__typename%7D', {}),
    'PUT /graphql': () => ({ path: '/graphql', send: async () => answer(await http().put('/graphql').send({ query: '{ __typename }' })) }),

    // Other routes.
    'an unknown route': () => get('/no/such/route', {}),
    'an unknown route with a tracking code in it': () => get('/open311/v2/requests/XF-2222222222/extra', {}),
    'POST to a health check': () => ({ path: '/health', send: async () => answer(await http().post('/health').send({})) }),
    'Open311 without a code': () => get('/open311/v2/requests/', {}),
    'Open311 with %00': () => get('/open311/v2/requests/%00.json', {}),
    'Open311 with %00 inside a code': () => get('/open311/v2/requests/XF-22%0022.json', {}),
    'Open311 with invalid percent-encoding': () => get('/open311/v2/requests/%E0%A4%A.json', {}),
    'Open311 with an encoded surrogate': () => get('/open311/v2/requests/%ED%A0%80.json', {}),
    'Open311 with a control character': () => get('/open311/v2/requests/XF-%07%1B.json', {}),
    'Open311 with a very long code': () => get(`/open311/v2/requests/${'X'.repeat(8000)}.json`, {}),
    'Open311 with dot segments': () => get('/open311/v2/requests/..%2F..%2Fgraphql', {}),
    'POST to Open311': () => ({
      path: '/open311/v2/requests/XF-2222222222.json',
      send: async () => answer(await http().post('/open311/v2/requests/XF-2222222222.json').send({})),
    }),
    'Open311 with a query string': () => get('/open311/v2/requests/XF-2222222222.json?jurisdiction_id=%00&x[y]=1', {}),
    'Open311 with a PIN of odd bytes': () => get('/open311/v2/requests/XF-2222222222.json', { 'x-tracking-pin': 'ÿ'.repeat(500) }),

    // Resumable uploads (tus): their own plain-text answers, never a 5xx.
    'an upload whose file name holds NUL': () =>
      upload(`filename ${Buffer.from('a\u0000b.jpg').toString('base64')},filetype ${Buffer.from('image/jpeg').toString('base64')}`),
    'an upload whose metadata is not base64': () => upload('filename !!!,filetype ###'),
    'an upload with an enormous file name': () =>
      upload(`filename ${Buffer.from('长'.repeat(5000)).toString('base64')},filetype ${Buffer.from('image/jpeg').toString('base64')}`),
    'an upload id that is not a UUID': () => ({
      path: '/uploads',
      send: async () => answer(await http().head('/uploads/%00').set('tus-resumable', '1.0.0').set(bearer(w.tokens.SUPERVISOR))),
    }),

    // Tokens.
    'a token without exp': () => post(JSON.stringify({ query: ME }), bearer(signed({ sub: admin().sub, tv: admin().tv }))),
    'a token whose subject is not a UUID': () =>
      post(JSON.stringify({ query: ME }), bearer(signed({ sub: 'root-admin', tv: 0 }, { expiresIn: 600 }))),
    'a token whose subject is a number': () => post(JSON.stringify({ query: ME }), bearer(signed({ sub: 7, tv: 0 }, { expiresIn: 600 }))),
    'a token for nobody': () =>
      post(JSON.stringify({ query: ME }), bearer(signed({ sub: '00000000-0000-4000-8000-000000000000', tv: 0 }, { expiresIn: 600 }))),
    'a token with alg none': () =>
      post(JSON.stringify({ query: ME }), bearer(`eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify(admin())).toString('base64url')}.`)),
    'a token that is not a JWT': () => post(JSON.stringify({ query: ME }), bearer('x.y.z')),
    'an Authorization header that is not Bearer': () => post(JSON.stringify({ query: ME }), { authorization: 'Basic YTpi' }),

    // What the HTTP parser refuses before any route.
    'headers over 16 KB': () =>
      raw('/graphql', () => `POST /graphql HTTP/1.1\r\nHost: x\r\nX-Pad: ${'a'.repeat(20_000)}\r\nConnection: close\r\n\r\n`),
    'a URL over 16 KB': () =>
      raw('/graphql', () => `GET /graphql?query=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
    'a request line that is not HTTP': () => raw('/graphql', () => 'HELLO\r\n\r\n'),
    'a bad header line': () => raw('/graphql', () => 'GET /graphql HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'),
    'a body shorter than its Content-Length': () =>
      raw(
        '/graphql',
        () => 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\nConnection: close\r\n\r\n{}',
      ),
  };

  it.each(Object.keys(corpus))('%s', async (name) => {
    const probe = corpus[name]!();
    const res = await probe.send();
    expect({ problem: hostileAnswerProblem(probe.path, res, documented), status: res.status, text: res.text?.slice(0, 300) }).toEqual({
      problem: null,
      status: res.status,
      text: res.text?.slice(0, 300),
    });
  });

  it('refuses a lone surrogate as BAD_USER_INPUT naming the field, like NUL', async () => {
    const probe = op(FILE, complaint(`"identity":{"name":"张${LONE_HIGH}"}`));
    const filed = await probe.send();
    const error = (filed.body as { errors: { extensions: Record<string, unknown> }[] }).errors[0]!;
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'identity.name', messages: [expect.any(String)] }],
    });
    const nul = await op(FILE, complaint('"identity":{"phone":"138\\u000012345"}')).send();
    expect((nul.body as { errors: { extensions: Record<string, unknown> }[] }).errors[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'identity.phone', messages: [expect.any(String)] }],
    });
  });

  it('answers Open311 refusals in Open311’s format with a 4xx', async () => {
    const nul = await get('/open311/v2/requests/%00.json', {}).send();
    expect(nul.status).toBe(400);
    expect(errorCodesOf('/open311/', nul)).toEqual(['HTTP_400']);
    const unknown = await get('/open311/v2/requests/XF-2222222222.json', { 'x-tracking-pin': '12345678' }).send();
    expect(unknown.status).toBe(404);
  });

  it('answers oversized headers with 431 and a JSON body with a code', async () => {
    const res = await corpus['headers over 16 KB']!().send();
    expect(res.status).toBe(431);
    expect(errorCodesOf('/graphql', res)).toEqual(['HEADERS_TOO_LARGE']);
  });

  it.each([
    ['a token without exp', 'UNAUTHENTICATED'],
    ['a token whose subject is not a UUID', 'UNAUTHENTICATED'],
    ['a token whose subject is a number', 'UNAUTHENTICATED'],
    ['a token for nobody', 'UNAUTHENTICATED'],
    ['a token with alg none', 'UNAUTHENTICATED'],
  ])('refuses %s as %s', async (name, code) => {
    const res = await corpus[name]!().send();
    expect(errorCodesOf('/graphql', res)).toEqual([code]);
  });
});
