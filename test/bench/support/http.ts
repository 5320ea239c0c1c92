export type Gql = <T = any>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<T>;

/**
 * A GraphQL client over HTTP (fetch, kept-alive connections): throws on any error in the answer.
 * A socket the server closed while idle (its keep-alive timeout, e.g. during an anchor's round) fails
 * the request before it is sent: that one is sent again, once.
 */
export function graphql(url: string): Gql {
  const post = poster(url);
  return <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> =>
    post<T>(JSON.stringify({ query, variables }), token);
}

/** A request body serialised ahead of time: what a client sends is bytes, and making them is not the server's work. */
export type GqlBody = <T = any>(body: string, token?: string) => Promise<T>;

export function poster(url: string): GqlBody {
  return async <T>(body: string, token?: string): Promise<T> => {
    const send = () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body,
      });
    const res = await send().catch((err: unknown) => {
      const cause = (err as { cause?: { code?: string } }).cause;
      if (err instanceof TypeError && cause && ['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE'].includes(cause.code ?? '')) return send();
      throw Object.assign(new Error(`${(err as Error).message}: ${String(cause ?? '')}`), { cause: err });
    });
    const answer = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (answer.errors?.length) throw new Error(`${answer.errors[0]!.extensions?.code ?? res.status}: ${answer.errors[0]!.message}`);
    return answer.data as T;
  };
}
