export type Gql = <T = any>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<T>;

/** A GraphQL client over HTTP (fetch, kept-alive connections): throws on any error in the answer. */
export function graphql(url: string): Gql {
  return async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) throw new Error(`${body.errors[0]!.extensions?.code ?? res.status}: ${body.errors[0]!.message}`);
    return body.data as T;
  };
}
