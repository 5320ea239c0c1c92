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
}

function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function createLoaders(dataSource: DataSource): Loaders {
  const m = dataSource.manager;
  return {
    jurisdiction: byId((ids) => m.find(JurisdictionEntity, { where: { id: In(ids) } })),
    user: byId((ids) => m.find(UserEntity, { where: { id: In(ids) } })),
    organization: byId((ids) => m.find(OrganizationEntity, { where: { id: In(ids) } })),
    campaign: byId((ids) => m.find(CampaignEntity, { where: { id: In(ids) } })),
    election: byId((ids) => m.find(ElectionEntity, { where: { id: In(ids) } })),
    candidatesOfElection: new DataLoader(async (electionIds) => {
      const rows = await m.find(CandidateEntity, {
        where: { electionId: In([...electionIds]) },
        order: { post: 'ASC', createdAt: 'ASC', id: 'ASC' },
      });
      return electionIds.map((id) => rows.filter((r) => r.electionId === id));
    }),
  };
}
