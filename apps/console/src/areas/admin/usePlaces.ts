import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { buildPlaceTree } from './jurisdiction-tree';

const Places = graphql(`
  query Places {
    jurisdictions(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          level
          code
          depth
          parent {
            id
          }
        }
      }
    }
  }
`);

/** The reader's subtree of places, as a list and as a tree (up to 100 places). */
export function usePlaces() {
  const [result, reload] = useQuery({ query: Places });
  const places = useMemo(() => result.data?.jurisdictions.edges.map((e) => e.node) ?? [], [result.data]);
  const tree = useMemo(() => buildPlaceTree(places), [places]);
  return { places, tree, fetching: result.fetching, error: result.error, reload };
}
