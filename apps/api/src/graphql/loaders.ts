import { CampaignEntity, CandidateEntity, ElectionEntity, JurisdictionEntity, OrganizationEntity, UserEntity } from '@scrutineer/db';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';

/**
 * Batched lookups by id, one set per request (so one request never sees another's cache). They do
 * not scope: use them for objects reached from an object already scoped (an election's organisation).
 */
export interface Loaders {
  jurisdiction: DataLoader<string, JurisdictionEntity | null>;
  user: DataLoader<string, UserEntity | null>;
  organization: DataLoader<string, OrganizationEntity | null>;
  campaign: DataLoader<string, CampaignEntity | null>;
  election: DataLoader<string, ElectionEntity | null>;
  candidatesOfElection: DataLoader<string, CandidateEntity[]>;
  /** Loaders a feature makes for this request, e.g. scoped to the signed-in actor (see `requestLoader`). */
  made: Map<string, DataLoader<unknown, unknown>>;
}

/**
 * The request's loader of this name, made on first use: fields of every row of a page then share one
 * batched query. `make` runs once per request, after the access guard, so it may close over the actor.
 */
export function requestLoader<K, V>(loaders: Loaders, name: string, make: () => DataLoader<K, V>): DataLoader<K, V> {
  let loader = loaders.made.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = make();
    loaders.made.set(name, loader as unknown as DataLoader<unknown, unknown>);
  }
  return loader;
}

function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/**
 * A request's loaders, each made on first use: most requests use none, and making six per request
 * showed in the cost of a cheap read (issue 12).
 */
class RequestLoaders implements Loaders {
  private readonly built: Partial<Omit<Loaders, 'made'>> = {};
  readonly made = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  private get m() {
    return this.dataSource.manager;
  }

  get jurisdiction() {
    return (this.built.jurisdiction ??= byId((ids) => this.m.find(JurisdictionEntity, { where: { id: In(ids) } })));
  }
  get user() {
    return (this.built.user ??= byId((ids) => this.m.find(UserEntity, { where: { id: In(ids) } })));
  }
  get organization() {
    return (this.built.organization ??= byId((ids) => this.m.find(OrganizationEntity, { where: { id: In(ids) } })));
  }
  get campaign() {
    return (this.built.campaign ??= byId((ids) => this.m.find(CampaignEntity, { where: { id: In(ids) } })));
  }
  get election() {
    return (this.built.election ??= byId((ids) => this.m.find(ElectionEntity, { where: { id: In(ids) } })));
  }
  get candidatesOfElection() {
    return (this.built.candidatesOfElection ??= new DataLoader(async (electionIds: readonly string[]) => {
      const rows = await this.m.find(CandidateEntity, {
        where: { electionId: In([...electionIds]) },
        order: { post: 'ASC', createdAt: 'ASC', id: 'ASC' },
      });
      return electionIds.map((id) => rows.filter((r) => r.electionId === id));
    }));
  }
}

export function createLoaders(dataSource: DataSource): Loaders {
  return new RequestLoaders(dataSource);
}
