/**
 * A value as a `jsonb` parameter in PostgreSQL's binary form (version byte 1, then the JSON text), for
 * a statement that reads it as `$n::jsonb`. A text parameter is measured in UTF-8 by PGlite's
 * JavaScript, character by character and twice: for the 1 MB of a batch of observations, a fifth of
 * the batch's time. A buffer is copied as it is (node-postgres sends it as it is too).
 */
export function jsonbParam(value: unknown): Buffer {
  const text = JSON.stringify(value);
  const bytes = Buffer.allocUnsafe(1 + Buffer.byteLength(text));
  bytes[0] = 1;
  bytes.write(text, 1);
  return bytes;
}
