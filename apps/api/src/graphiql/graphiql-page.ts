import { GRAPHIQL_PATH } from './graphiql-assets.js';

/**
 * Only this server's own files. GraphiQL's stylesheet carries its fonts and icons as data: URLs.
 * No inline script or style: the page's own code and layout are files too.
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** The header; a page in a <meta> tag cannot set frame-ancestors. */
export const CONTENT_SECURITY_POLICY = [...POLICY, "frame-ancestors 'none'"].join('; ');

/** Renders GraphiQL into #graphiql, sending queries to the endpoint the page names. */
export const START_SCRIPT = `(function () {
  var root = document.getElementById('graphiql');
  var fetcher = GraphiQL.createFetcher({ url: root.getAttribute('data-endpoint') });
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true, shouldPersistHeaders: true }),
  );
})();
`;

export const PAGE_STYLE = `body { margin: 0; height: 100%; width: 100%; overflow: hidden; }
#graphiql { height: 100vh; }
`;

/** The page, at /graphiql and for browsers at the GraphQL endpoint; the same policy in a <meta> tag covers the latter. */
export function graphiqlPage(endpoint: string): string {
  const asset = (name: string) => `${GRAPHIQL_PATH}/${name}`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${POLICY.join('; ')}" />
    <title>Scrutineer · GraphiQL</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${asset('graphiql.min.css')}" />
    <link rel="stylesheet" href="${asset('page.css')}" />
  </head>
  <body>
    <div id="graphiql" data-endpoint="${endpoint}">Loading GraphiQL…</div>
    <script src="${asset('react.production.min.js')}"></script>
    <script src="${asset('react-dom.production.min.js')}"></script>
    <script src="${asset('graphiql.min.js')}"></script>
    <script src="${asset('start.js')}"></script>
  </body>
</html>
`;
}
