/** A place as the jurisdictions list gives it: its parent only when that lies in the reader's subtree. */
export interface Place {
  id: string;
  name: string;
  level: string;
  parent?: { id: string } | null;
}

/** A node of an antd Tree or TreeSelect: the place, its children by name. */
export interface PlaceNode {
  key: string;
  value: string;
  title: string;
  level: string;
  children: PlaceNode[];
}

/**
 * The reader's subtree as a tree: roots are the places whose parent is not in the list (their own home
 * place, as the server scopes it), children in the order given (by depth, then name).
 */
export function buildPlaceTree(places: readonly Place[]): PlaceNode[] {
  const nodes = new Map<string, PlaceNode>();
  for (const p of places) nodes.set(p.id, { key: p.id, value: p.id, title: p.name, level: p.level, children: [] });
  const roots: PlaceNode[] = [];
  for (const p of places) {
    const node = nodes.get(p.id)!;
    const parent = p.parent ? nodes.get(p.parent.id) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The levels a place may be, top first (the server decides which may lie under which). */
export const LEVELS = ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'] as const;

/** The level just below a place's, the likely choice for a new child (null below a village). */
export function nextLevel(level: string): string | null {
  const i = LEVELS.indexOf(level as (typeof LEVELS)[number]);
  return i >= 0 && i < LEVELS.length - 1 ? LEVELS[i + 1]! : null;
}

/** Every key of the tree, to open it all at once. */
export function allKeys(nodes: readonly PlaceNode[]): string[] {
  return nodes.flatMap((n) => [n.key, ...allKeys(n.children)]);
}
