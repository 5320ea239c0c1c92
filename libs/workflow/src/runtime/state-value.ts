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
