import { JurisdictionEntity, UserEntity } from '@scrutineer/db';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';

/** Batched lookups by id, one set per request (so one request never sees another's cache). */
export interface Loaders {
  jurisdiction: DataLoader<string, JurisdictionEntity | null>;
  user: DataLoader<string, UserEntity | null>;
}

function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function createLoaders(dataSource: DataSource): Loaders {
  return {
    jurisdiction: byId((ids) => dataSource.manager.find(JurisdictionEntity, { where: { id: In(ids) } })),
    user: byId((ids) => dataSource.manager.find(UserEntity, { where: { id: In(ids) } })),
  };
}
