import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity from a row as PostgreSQL returned it (`RETURNING *`, column names as in the table), each
 * value converted as TypeORM converts what it reads itself: the same object a `findOne` would give,
 * without reading the row again.
 */
export function hydrate<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, raw: Record<string, unknown>): T {
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    if (!(column.databaseName in raw)) throw new Error(`${metadata.tableName}: the row has no column ${column.databaseName}`);
    column.setEntityValue(entity, driver.prepareHydratedValue(raw[column.databaseName], column));
  }
  return entity;
}
