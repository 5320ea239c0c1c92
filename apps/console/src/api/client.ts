import { Client, fetchExchange, mapExchange, type CombinedError } from 'urql';
import { session } from '../auth/session';
import { storedLanguage } from '../i18n';

/** Called when the server says the session is over (UNAUTHENTICATED): the app goes back to sign-in. */
let onSignedOut: () => void = () => undefined;
export const whenSignedOut = (handler: () => void): void => {
  onSignedOut = handler;
};

const signedOut = (error: CombinedError): boolean =>
  error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') || error.response?.status === 401;

/** One GraphQL client for the console: same origin, the session token, the reader's language. */
export function createClient(): Client {
  return new Client({
    url: '/graphql',
    // POST only: Apollo refuses a GET without a preflight header (CSRF protection), and POST keeps variables out of logs.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [
      mapExchange({
        onError(error, operation) {
          // A failed sign-in is the sign-in page's to explain; anything else ends the session.
          if (signedOut(error) && !(operation.kind === 'mutation' && operation.query.loc?.source.body.includes('login('))) {
            session.clear();
            onSignedOut();
          }
        },
      }),
      fetchExchange,
    ],
    fetchOptions: () => {
      const token = session.token();
      return {
        headers: {
          'accept-language': storedLanguage(),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      };
    },
  });
}
