import type { BenchApp } from './app.js';

/** The demo's petition handler (示范县) and what it needs to register cases about the demo's town. */
export interface CaseWorld {
  handler: string;
  handlerId: string;
  townId: string;
  countyId: string;
  /** Register `n` cases through GraphQL, `concurrency` at a time; their ids and versions. */
  register(n: number, concurrency?: number): Promise<{ id: string; version: number }[]>;
}

export async function caseWorld(app: BenchApp): Promise<CaseWorld> {
  const handler = await app.login('demo-petitions');
  const place = async (name: string): Promise<string> =>
    (await app.gql('query ($n: String!) { jurisdictions(nameContains: $n) { edges { node { id } } } }', { n: name }, handler)).jurisdictions
      .edges[0].node.id;
  const townId = await place('城关镇');
  const countyId = await place('示范县');
  const handlerId = (await app.gql('{ me { id } }', {}, handler)).me.id as string;
  let serial = 0;
  const registerOne = async () => {
    serial += 1;
    const data = await app.gql(
      'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { case { id version } } }',
      {
        input: {
          kind: 'PETITION',
          channel: 'LETTER',
          category: 'PROCEDURE',
          title: `选举程序问题 ${serial}`,
          body: '选委会未按时公布选民名单，村民无法核对。',
          subject: { jurisdictionId: townId },
        },
      },
      handler,
    );
    return data.registerCase.case as { id: string; version: number };
  };
  return {
    handler,
    handlerId,
    townId,
    countyId,
    async register(n, concurrency = 8) {
      const out: { id: string; version: number }[] = [];
      let left = n;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (left > 0) {
            left -= 1;
            out.push(await registerOne());
          }
        }),
      );
      return out;
    },
  };
}
