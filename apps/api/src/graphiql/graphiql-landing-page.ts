import type { ApolloServerPlugin } from '@apollo/server';
import { graphiqlPage } from './graphiql-page.js';

/** A browser opening the GraphQL endpoint gets GraphiQL from this server, not Apollo's CDN-loaded page. */
export function graphiqlLandingPage(endpoint: string): ApolloServerPlugin {
  const html = graphiqlPage(endpoint);
  return {
    async serverWillStart() {
      return { renderLandingPage: async () => ({ html }) };
    },
  };
}
