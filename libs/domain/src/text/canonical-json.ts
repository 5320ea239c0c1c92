/**
 * Canonical JSON, RFC 8785 (JCS): keys sorted by UTF-16 code units, numbers as ECMAScript prints them.
 * The same text as the `canonicalize` package (4.0) for every input, errors included — audit chains and
 * observation hashes made with it must still verify (canonical-json.spec.ts compares the two) — but
 * without its per-value arrays, template strings and key re-checks: a batch of 1,000 observations hashes
 * each one twice.
 */
export function canonicalJson(value: unknown): string | undefined {
  return write(value, []);
}

/** A UTF-16 surrogate not in a pair: JCS (and `canonicalize`) refuse it. */
const LONE_SURROGATE = /\p{Surrogate}/u;
const wellFormed = (s: string): boolean =>
  typeof (s as { isWellFormed?: () => boolean }).isWellFormed === 'function'
    ? (s as unknown as { isWellFormed: () => boolean }).isWellFormed()
    : !LONE_SURROGATE.test(s);

function text(s: string): string {
  if (!wellFormed(s)) throw new Error('Lone surrogate is not allowed');
  return JSON.stringify(s);
}

/** `seen`: the objects being written, outermost first (a few levels: an array beats a Set). */
function write(value: unknown, seen: object[]): string | undefined {
  switch (typeof value) {
    case 'string':
      return text(value);
    case 'number':
      if (Number.isNaN(value)) throw new Error('NaN is not allowed');
      if (!Number.isFinite(value)) throw new Error('Infinity is not allowed');
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      break;
    default:
      // booleans; and as `canonicalize` does: undefined, functions and symbols give undefined, bigint throws.
      return JSON.stringify(value);
  }
  const object = value as Record<string, unknown> & { toJSON?: () => unknown };
  if (seen.includes(object)) throw new Error('Circular reference detected');
  if (typeof object.toJSON === 'function') {
    seen.push(object);
    const result = write(object.toJSON(), seen);
    seen.pop();
    return result;
  }
  seen.push(object);
  let out: string;
  if (Array.isArray(object)) {
    out = '[';
    for (let i = 0; i < object.length; i++) {
      if (i > 0) out += ',';
      // Array.prototype.map (which `canonicalize` uses) skips holes, and join writes them as nothing.
      if (!(i in object)) continue;
      const item: unknown = object[i];
      // join writes undefined (a function's canonical form) as nothing too.
      out += write(item === undefined || typeof item === 'symbol' ? null : item, seen) ?? '';
    }
    out += ']';
  } else {
    out = '{';
    let first = true;
    for (const key of Object.keys(object).sort()) {
      const item = object[key];
      if (item === undefined || typeof item === 'symbol') continue;
      if (!first) out += ',';
      first = false;
      // A template string writes undefined (a function's canonical form) as "undefined".
      out += `${text(key)}:${write(item, seen)}`;
    }
    out += '}';
  }
  seen.pop();
  return out;
}
