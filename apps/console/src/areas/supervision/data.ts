import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { useClient, useQuery, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';
import { useMe } from '../../auth/AuthProvider';
import { coveredElections } from './format';
import { ElectionsQuery, TeamsQuery, VocabularyQuery } from './queries';

/**
 * The elections the reader supervises (a supervisor: their teams' assignments; the office and inspectors:
 * every election in scope), the teams, and the names of team members (observations name only ids).
 * Asked once by the area's frame (SupervisionFrame), so moving between its pages does not ask again.
 */
export function useCoverageQuery() {
  const me = useMe();
  const [teams] = useQuery({ query: TeamsQuery });
  const [elections] = useQuery({ query: ElectionsQuery });
  const [vocabulary] = useQuery({ query: VocabularyQuery });
  return useMemo(() => {
    const teamList = teams.data?.supervisionTeams ?? [];
    const all = elections.data?.elections.edges.map((e) => e.node) ?? [];
    const assignments = me.role === 'SUPERVISOR' ? teamList.flatMap((t) => t.assignments) : null;
    const covered = coveredElections(all, assignments);
    const byId = new Map(all.map((e) => [e.id, e]));
    const members = new Map(teamList.flatMap((t) => t.members.map((m) => [m.id, m.displayName] as const)));
    return {
      fetching: teams.fetching || elections.fetching,
      error: teams.error ?? elections.error,
      teams: teamList,
      elections: covered,
      all,
      electionName: (id: string) => byId.get(id)?.organization.name ?? '—',
      memberName: (id: string) => members.get(id),
      vocabulary: vocabulary.data?.supervisionVocabulary,
    };
  }, [teams, elections, vocabulary, me.role]);
}

/** One query per election, run together (lists the API gives election by election), newest answers each time. */
export function useForEach<Data, Variables extends AnyVariables, Row>(
  document: TypedDocumentNode<Data, Variables>,
  ids: readonly string[],
  variables: (id: string) => Variables,
  rows: (data: Data, id: string) => Row[],
  reload = 0,
) {
  const client = useClient();
  const [state, setState] = useState<{ rows: Row[]; fetching: boolean; error: CombinedError | null }>({
    rows: [],
    fetching: true,
    error: null,
  });
  const key = ids.join(',');
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, fetching: true }));
    Promise.all(
      ids.map(async (id) => {
        const result = await client.query(document, variables(id), { requestPolicy: 'network-only' }).toPromise();
        if (result.error) throw result.error;
        return result.data ? rows(result.data, id) : [];
      }),
    ).then(
      (lists) => live && setState({ rows: lists.flat(), fetching: false, error: null }),
      (error: CombinedError) => live && setState({ rows: [], fetching: false, error }),
    );
    return () => {
      live = false;
    };
    // The ids (as one key) and a reload counter decide when to ask again; the callbacks are the caller's.
  }, [client, document, key, reload]);
  return state;
}

export type Coverage = ReturnType<typeof useCoverageQuery>;

export const CoverageContext = createContext<Coverage | null>(null);

/** The coverage the area's frame holds. */
export function useCoverage(): Coverage {
  const coverage = useContext(CoverageContext);
  if (!coverage) throw new Error('useCoverage outside the supervision frame');
  return coverage;
}
