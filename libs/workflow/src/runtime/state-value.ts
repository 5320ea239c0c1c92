import type { StateValue } from 'xstate';

/**
 * A state value as one indexed text: `investigating`, `polling.counting`; parallel regions are
 * joined with `|` in document order of their keys.
 */
export function stateToString(value: StateValue): string {
  if (typeof value === 'string') return value;
  const parts = Object.entries(value).map(([key, child]) =>
    child === undefined || (typeof child === 'object' && Object.keys(child).length === 0)
      ? key
      : stateToString(child as StateValue)
          .split('|')
          .map((leaf) => `${key}.${leaf}`)
          .join('|'),
  );
  return parts.join('|');
}

interface StateNodeLike {
  type: string;
  path: string[];
  states: Record<string, StateNodeLike>;
}

/**
 * Every state an aggregate of this machine can be stored in, as `stateToString` writes it: the path of
 * each atomic and final state node (for a parallel machine, each region's leaves on their own).
 */
export function leafStateNames(machine: { root: StateNodeLike }): string[] {
  const out: string[] = [];
  const walk = (node: StateNodeLike): void => {
    if (node.type === 'atomic' || node.type === 'final') out.push(node.path.join('.'));
    for (const child of Object.values(node.states)) walk(child);
  };
  walk(machine.root);
  return out;
}
