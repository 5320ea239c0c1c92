/** GraphQL over fetch, for the few public operations (no client library: the page stays small). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let answer: GraphQLAnswer<T>;
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    answer = (await res.json()) as GraphQLAnswer<T>;
  } catch {
    throw new ApiError('NETWORK', 'network');
  }
  const error = answer.errors?.[0];
  if (error) throw new ApiError(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error.message, error.extensions?.retryAfterSeconds);
  return answer.data as T;
}

export interface PublicPlace {
  id: string;
  name: string;
  level: string;
  fullName: string;
  hasChildren: boolean;
}

export interface CaseStatus {
  trackingCode: string;
  status: string;
  receivedOn: string;
  nextDueOn: string | null;
  reply: { on: string; text: string } | null;
  extension: { days: number; reason: string } | null;
  followedIn: { trackingCode: string; status: string; nextDueOn: string | null } | null;
}

export const PLACES =
  'query Places($parentId: ID, $nameContains: String) { publicPlaces(parentId: $parentId, nameContains: $nameContains) { id name level fullName hasChildren } }';
export const ELECTIONS = 'query Elections($id: ID!) { publicElections(jurisdictionId: $id) { id name } }';
export const CHALLENGE = 'query Challenge { proofOfWorkChallenge }';
export const FILE = `mutation File($input: FileComplaintInput!) { fileComplaint(input: $input) { trackingCode pin status { status receivedOn nextDueOn } } }`;
export const STATUS = `query Status($code: String!, $pin: String!) { caseStatus(trackingCode: $code, pin: $pin) {
  trackingCode status receivedOn nextDueOn reply { on text } extension { days reason } followedIn { trackingCode status nextDueOn } } }`;
