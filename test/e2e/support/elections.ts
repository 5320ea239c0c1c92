import { ManualClock, WorkflowWorker } from '@scrutineer/workflow';
import type { TestApp } from './test-app.js';

/** Drive elections and candidates through GraphQL as the UI would: each step sends the version it read. */
export class ElectionClient {
  constructor(
    readonly t: TestApp,
    private readonly token: string,
  ) {}

  as(token: string): ElectionClient {
    return new ElectionClient(this.t, token);
  }

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.t.gql<T>(query, variables, this.token);
    if (res.errors) throw Object.assign(new Error(`${res.errors[0]!.extensions.code}: ${res.errors[0]!.message}`), { errors: res.errors });
    return res.data as T;
  }

  async version(id: string): Promise<number> {
    return (await this.gql<{ election: { version: number } }>('query ($id: ID!) { election(id: $id) { version } }', { id })).election
      .version;
  }

  /** Run one election step; returns the election's new state. */
  async step(mutation: string, inputType: string, id: string, extra: Record<string, unknown> = {}): Promise<string> {
    const expectedVersion = await this.version(id);
    const data = await this.gql<Record<string, { state: string }>>(
      `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { state } }`,
      {
        input: { id, expectedVersion, ...extra },
      },
    );
    return data[mutation]!.state;
  }

  /** The error a step is refused with. */
  async refused(mutation: string, inputType: string, id: string, extra: Record<string, unknown> = {}) {
    const expectedVersion = await this.version(id);
    const res = await this.t.gql(
      `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { state } }`,
      { input: { id, expectedVersion, ...extra } },
      this.token,
    );
    if (!res.errors) throw new Error(`${mutation} was not refused`);
    return res.errors[0]!;
  }

  async candidateVersion(id: string): Promise<number> {
    return (await this.gql<{ candidate: { version: number } }>('query ($id: ID!) { candidate(id: $id) { version } }', { id })).candidate
      .version;
  }

  async candidateStep(mutation: string, inputType: string, id: string, extra: Record<string, unknown> = {}): Promise<string> {
    const expectedVersion = await this.candidateVersion(id);
    const data = await this.gql<Record<string, { state: string }>>(
      `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { state } }`,
      {
        input: { id, expectedVersion, ...extra },
      },
    );
    return data[mutation]!.state;
  }

  async nominate(electionId: string, post: string, name: string, extra: Record<string, unknown> = {}): Promise<string> {
    const data = await this.gql<{ nominateCandidate: { id: string } }>(
      'mutation ($input: NominateCandidateInput!) { nominateCandidate(input: $input) { id } }',
      {
        input: {
          electionId,
          post,
          route: (extra.route as string) ?? 'SELF',
          person: {
            name,
            sex: 'MALE',
            birthDate: '1980-03-01',
            education: 'HIGH_SCHOOL',
            partyMember: true,
            partyJoinedOn: '2005-07-01',
            ...(extra.person as object),
          },
        },
      },
    );
    return data.nominateCandidate.id;
  }

  /** Review and approve at every level the election's rules require (初审, then 联审 where there is one). */
  async qualify(candidateId: string): Promise<void> {
    const { candidate } = await this.gql<{ candidate: { election: { profile: { reviewLevels: string[] } } } }>(
      'query ($id: ID!) { candidate(id: $id) { election { profile { reviewLevels } } } }',
      { id: candidateId },
    );
    await this.candidateStep('startCandidateReview', 'CandidateStepInput', candidateId);
    for (const level of candidate.election.profile.reviewLevels) {
      await this.candidateStep('approveCandidate', 'ApproveCandidateInput', candidateId, { level });
    }
  }

  async confirm(candidateId: string, commitmentsSignedOn = '2026-04-20'): Promise<void> {
    await this.candidateStep('confirmFormalCandidate', 'ConfirmFormalCandidateInput', candidateId, { commitmentsSignedOn });
  }
}

export const worker = (t: TestApp): WorkflowWorker => t.app.get(WorkflowWorker);
export { ManualClock };

export const round = (over: Record<string, unknown>) => ({
  kind: 'REGULAR',
  revote: false,
  registered: 100,
  entitled: 100,
  presentInPerson: 80,
  presentByProxy: 0,
  presentByMobileBox: 0,
  ballotsIssued: 80,
  ballotsReturned: 80,
  ballotsInvalid: 0,
  maxProxiesPerHolder: 0,
  ...over,
});
