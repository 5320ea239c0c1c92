/**
 * Jurisdiction scoping by materialized path. A path lists the ids from the root down to the node,
 * each followed by '/', e.g. `/a/b/c/`; a node is within a scope when its path starts with the
 * scope's path. The one rule every query and mutation applies (ARCHITECTURE.md §11).
 */
export const PATH_SEPARATOR = '/';

export const childPath = (parentPath: string | null, id: string): string => `${parentPath ?? PATH_SEPARATOR}${id}${PATH_SEPARATOR}`;

export const isWithinScope = (path: string, scopePath: string): boolean => path.startsWith(scopePath);

/** Ids from the root to the node itself, in order. */
export const pathIds = (path: string): string[] => path.split(PATH_SEPARATOR).filter((s) => s.length > 0);
