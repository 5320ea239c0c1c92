/**
 * Text that PostgreSQL and the audit trail's canonical JSON can hold: no NUL (PostgreSQL text refuses
 * it) and no lone UTF-16 surrogate (not a Unicode character: it cannot be encoded, hashed or stored as
 * sent). Clients' text is checked against this where it enters.
 */
// eslint-disable-next-line no-control-regex -- NUL is one of the characters it finds
const REFUSED = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why this text cannot be stored, or null when it can. Never echoes the text. */
export function refusedText(text: string): string | null {
  const found = REFUSED.exec(text)?.[0];
  if (found === undefined) return null;
  return found === '\u0000' ? 'must not contain NUL characters' : 'must not contain lone UTF-16 surrogates (not Unicode characters)';
}

/** At most `max` UTF-16 units of `text`, never cutting a surrogate pair in half (which would leave a lone surrogate). */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = /[\ud800-\udbff]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, cut);
}
