import type { TestApp } from './test-app.js';

export const CASE = `
  id version trackingCode state kind repliedOn recordedLate channel category level highestLevel crossLevel blocking dueOn daysLeft overdue finding anonymous
  unit { id name } supervisingUnit { id name }
  assignee { id name }
  clocks { step startedOn dueOn stoppedOn outcome overdue extendedDays daysLeft }
  acceptance { outcome on reason }
  extension { days reason approvedBy }
  decisions { stage finding remedies }
  replies { stage on text }
  datesGiven { step field date daysBack late reason }
  remedies { remedy result message }
  escalations { kind from to reason }
  availableActions { event allowed reasons { rule message citation } }
`;

/** Drive cases through GraphQL as a handler's screen would: each step sends the version it read. */
export class CaseClient {
  constructor(
    readonly t: TestApp,
    readonly token: string,
  ) {}

  as(token: string): CaseClient {
    return new CaseClient(this.t, token);
  }

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.t.gql<T>(query, variables, this.token);
    if (res.errors) throw Object.assign(new Error(`${res.errors[0]!.extensions.code}: ${res.errors[0]!.message}`), { errors: res.errors });
    return res.data as T;
  }

  async get(id: string): Promise<any> {
    return (await this.gql(`query ($id: ID!) { case(id: $id) { ${CASE} } }`, { id })).case;
  }

  /** Register a case; the PIN handed to the complainant comes back beside it (`pin`). */
  async register(input: Record<string, unknown>): Promise<any> {
    const { registerCase } = await this.gql(
      `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { pin case { ${CASE} } } }`,
      {
        input,
      },
    );
    return { ...registerCase.case, pin: registerCase.pin };
  }

  /** Run one step; returns the case after it. */
  async step(mutation: string, inputType: string, id: string, extra: Record<string, unknown> = {}): Promise<any> {
    const { version } = await this.get(id);
    const data = await this.gql(`mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${CASE} } }`, {
      input: { id, expectedVersion: version, ...extra },
    });
    return data[mutation];
  }

  /** The error a step is refused with. */
  async refused(mutation: string, inputType: string, id: string, extra: Record<string, unknown> = {}) {
    const { version } = await this.get(id);
    const res = await this.t.gql(
      `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id } }`,
      {
        input: { id, expectedVersion: version, ...extra },
      },
      this.token,
    );
    if (!res.errors) throw new Error(`${mutation} was not refused`);
    return res.errors[0]!;
  }
}
