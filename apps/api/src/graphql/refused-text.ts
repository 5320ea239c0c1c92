import { refusedText } from '@scrutineer/domain';

export interface RefusedField {
  field: string;
  messages: string[];
}

/**
 * The first string in an argument that cannot be stored as text (NUL, a lone surrogate), named by its
 * path as class-validator names fields; the value itself is never part of the answer.
 */
export function refusedTextIn(value: unknown, path = '', depth = 0): RefusedField | null {
  if (typeof value === 'string') {
    const message = refusedText(value);
    return message === null ? null : { field: path || 'value', messages: [message] };
  }
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  const proto = Object.getPrototypeOf(value) as unknown;
  // GraphQL arguments arrive as plain objects and arrays; never walk into requests or other machinery.
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = refusedTextIn(child, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}
