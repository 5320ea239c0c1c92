import { createRequire } from 'node:module';
import { queryNamed } from '../../libs/db/src/embedded-prepared.js';
import { jsonbParam } from '../../libs/db/src/jsonb-param.js';

// The CommonJS build, the one typeorm-pglite runs and queryNamed takes.
const { PGlite } = createRequire(import.meta.url)('@electric-sql/pglite') as typeof import('@electric-sql/pglite');
type Instance = Parameters<typeof queryNamed>[0];

const ONE = '00000000-0000-0000-0000-000000000001';
const byId = { name: 'by_id', text: 'SELECT id, n, b, at FROM t WHERE id = $1 AND n > $2', values: [ONE, 1] };

/** Named statements on embedded PGlite (issue 12): the same rows and errors as PGlite's own `query`. */
describe('queryNamed on PGlite', () => {
  let pg: Instance;

  beforeAll(async () => {
    pg = (await PGlite.create()) as unknown as Instance;
    await pg.exec(`CREATE TABLE t (id uuid PRIMARY KEY, n int NOT NULL, b boolean NOT NULL, at timestamptz NOT NULL);
      INSERT INTO t VALUES ('${ONE}', 5, true, '2026-01-02T03:04:05Z')`);
  });
  afterAll(() => pg.close());

  it('returns the rows PGlite query returns, parsed the same way, on the first and later calls', async () => {
    const expected = (await pg.query(byId.text, byId.values)).rows;
    expect(expected).toEqual([{ id: ONE, n: 5, b: true, at: new Date('2026-01-02T03:04:05Z') }]);
    expect((await queryNamed(pg, byId)).rows).toEqual(expected);
    expect((await queryNamed(pg, byId)).rows).toEqual(expected);
    expect((await queryNamed(pg, { ...byId, values: [ONE, 9] })).rows).toEqual([]);
  });

  it("throws PostgreSQL's error for bad input and runs on afterwards", async () => {
    await expect(queryNamed(pg, { ...byId, values: ['not-a-uuid', 1] })).rejects.toMatchObject({ code: '22P02' });
    await expect(queryNamed(pg, { name: 'bad_column', text: 'SELECT nope FROM t', values: [] })).rejects.toMatchObject({ code: '42703' });
    expect((await queryNamed(pg, byId)).rows).toHaveLength(1);
  });

  it('prepares a statement again once it is gone', async () => {
    await queryNamed(pg, byId);
    await pg.exec('DEALLOCATE ALL');
    expect((await queryNamed(pg, byId)).rows).toHaveLength(1);
  });

  it('passes a buffer on as a binary parameter: jsonbParam reads back as the JSON it was made from', async () => {
    const rows = [{ id: ONE, text: '秩序良好 😀 "quoted" \\ back', n: 1.5, none: null, list: [1, { a: true }] }];
    const text =
      'SELECT r.*, $1::jsonb AS whole FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, text text, n float8, none text, list jsonb)';
    const read = await queryNamed(pg, { name: 'jsonb_param', text, values: [jsonbParam(rows)] });
    expect(read.rows).toEqual([{ ...rows[0], whole: rows }]);
  });

  it('keeps an aborted transaction aborted', async () => {
    await pg.exec('BEGIN');
    await expect(queryNamed(pg, { ...byId, values: ['not-a-uuid', 1] })).rejects.toMatchObject({ code: '22P02' });
    await expect(queryNamed(pg, byId)).rejects.toMatchObject({ code: '25P02' });
    await pg.exec('ROLLBACK');
    expect((await queryNamed(pg, byId)).rows).toHaveLength(1);
  });
});
