import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** Where GraphiQL's page finds its files: all on this server, nothing from a CDN. */
export const GRAPHIQL_PATH = '/graphiql';

/**
 * The prebuilt files GraphiQL publishes for use without a bundler (its UMD build and React 18's, the
 * last React with one), served from node_modules by name: only these names, so no path reaches
 * anything else.
 */
export function graphiqlFiles(): ReadonlyMap<string, string> {
  return new Map([
    ['react.production.min.js', join(packageDir('react'), 'umd/react.production.min.js')],
    ['react-dom.production.min.js', join(packageDir('react-dom'), 'umd/react-dom.production.min.js')],
    ['graphiql.min.js', join(packageDir('graphiql'), 'graphiql.min.js')],
    ['graphiql.min.css', join(packageDir('graphiql'), 'graphiql.min.css')],
  ]);
}
