export type Gql = <T = any>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<T>;

/**
 * A GraphQL client over HTTP (fetch, kept-alive connections): throws on any error in the answer.
 * A socket the server closed while idle (its keep-alive timeout, e.g. during an anchor's round) fails
 * the request before it is sent: that one is sent again, once.
 */
export function graphql(url: string): Gql {
  return async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const send = () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
    const res = await send().catch((err: unknown) => {
      const cause = (err as { cause?: { code?: string } }).cause;
      if (err instanceof TypeError && cause && ['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE'].includes(cause.code ?? '')) return send();
      throw Object.assign(new Error(`${(err as Error).message}: ${String(cause ?? '')}`), { cause: err });
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) throw new Error(`${body.errors[0]!.extensions?.code ?? res.status}: ${body.errors[0]!.message}`);
    return body.data as T;
  };
}
