import type { Client } from 'urql';
import { MeDocument, type Me } from '../auth/AuthProvider';
import { coveredElections } from '../areas/supervision/format';
import { ElectionsQuery, SiteSummariesQuery, TeamsQuery } from '../areas/supervision/queries';
import type { ObserverVocabularyQuery as VocabularyResult, SupervisionElectionsQuery, SupervisionTeamsQuery } from '../gql/graphql';
import { db } from './db';
import { ObserverSitesQuery, ObserverVocabularyQuery } from './queries';

/**
 * What the observer works from, read from the server on each online start and kept in IndexedDB, so the app
 * starts and fills its form with no network: who is signed in, their teams, the elections those cover, the
 * vocabulary (stages, checklist, violation codes) and the sites already reported in each election.
 */
export type Election = SupervisionElectionsQuery['elections']['edges'][number]['node'];
export type Team = SupervisionTeamsQuery['supervisionTeams'][number];
export type Vocabulary = VocabularyResult['supervisionVocabulary'];
export interface KnownSite {
  electionId: string;
  name: string;
  kind: string;
}

export interface ReferenceData {
  me: Me;
  teams: Team[];
  elections: Election[];
  vocabulary: Vocabulary;
  sites: KnownSite[];
  savedAt: string;
}

const key = (userId: string) => `reference:${userId}`;
const LAST_USER = 'lastUser';

/** The data last read for this user (or the last user, when the phone starts with no network). */
export async function cachedReference(userId?: string): Promise<ReferenceData | null> {
  const who = userId ?? ((await db.cache.get(LAST_USER))?.value as string | undefined);
  if (!who) return null;
  return ((await db.cache.get(key(who)))?.value as ReferenceData | undefined) ?? null;
}

async function ask<T>(promise: Promise<{ data?: T; error?: Error }>): Promise<T> {
  const result = await promise;
  if (result.error || !result.data) throw result.error ?? new Error('no data');
  return result.data;
}

/** Read everything again from the server and keep it; throws when offline or signed out. */
export async function refreshReference(client: Client): Promise<ReferenceData> {
  const opts = { requestPolicy: 'network-only' as const };
  const [me, teams, elections, vocabulary] = await Promise.all([
    ask(client.query(MeDocument, {}, opts).toPromise()),
    ask(client.query(TeamsQuery, {}, opts).toPromise()),
    ask(client.query(ElectionsQuery, {}, opts).toPromise()),
    ask(client.query(ObserverVocabularyQuery, {}, opts).toPromise()),
  ]);
  const all = elections.elections.edges.map((e) => e.node);
  const covered = coveredElections(
    all,
    teams.supervisionTeams.flatMap((t) => t.assignments),
  );
  const sites = (
    await Promise.all(
      covered.map(async (e) => {
        const data = await ask(client.query(ObserverSitesQuery, { electionId: e.id }, opts).toPromise());
        return data.observations.edges.map(({ node }) => ({ electionId: e.id, name: node.site.name, kind: node.site.kind }));
      }),
    )
  ).flat();
  const unique = [...new Map(sites.map((s) => [`${s.electionId}\0${s.name}`, s])).values()];
  const data: ReferenceData = {
    me: me.me,
    teams: teams.supervisionTeams,
    elections: covered,
    vocabulary: vocabulary.supervisionVocabulary,
    sites: unique,
    savedAt: new Date().toISOString(),
  };
  await db.transaction('rw', db.cache, async () => {
    await db.cache.put({ key: key(me.me.id), value: data, savedAt: data.savedAt });
    await db.cache.put({ key: LAST_USER, value: me.me.id, savedAt: data.savedAt });
  });
  return data;
}

/** Team leaders see their team's sites; SiteSummariesQuery is the console's own. */
export { SiteSummariesQuery };

/** The teams this user leads. */
export const ledTeams = (data: ReferenceData): Team[] => data.teams.filter((t) => t.leaderId === data.me.id);
