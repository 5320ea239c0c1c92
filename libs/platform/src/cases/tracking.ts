import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be misread over the phone (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

const draw = (alphabet: string, length: number): string => Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');

/** A public tracking code, e.g. XF-7KQ2M9TB4C: 31^10 ≈ 8·10^14 codes, drawn from the system CSPRNG. */
export const newTrackingCode = (): string => `XF-${draw(ALPHABET, 10)}`;

/** The complainant's secret PIN: 8 digits, shown once at filing; only its argon2 hash is kept. */
export const newPin = (): string => draw('0123456789', 8);

/** Codes are typed by people: accept lower case and stray spaces. */
export const normalizeTrackingCode = (code: string): string => code.trim().toUpperCase().replace(/\s+/g, '');
