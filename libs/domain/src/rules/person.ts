import type { LocalDate } from '../calendar/local-date.js';
import type { ExclusionWindow } from './profile.js';

export const EDUCATION_LEVELS = [
  'PRIMARY',
  'JUNIOR_HIGH',
  /** 高中 */
  'HIGH_SCHOOL',
  /** 中专 (counts as 高中) */
  'SECONDARY_VOCATIONAL',
  /** 大专 */
  'JUNIOR_COLLEGE',
  'BACHELOR',
  'POSTGRADUATE',
] as const;
export type Education = (typeof EDUCATION_LEVELS)[number];

export const atLeastHighSchool = (e: Education): boolean => EDUCATION_LEVELS.indexOf(e) >= EDUCATION_LEVELS.indexOf('HIGH_SCHOOL');

export type ExclusionKind = ExclusionWindow['kind'];

/** What the rules need to know about a candidate. */
export interface Person {
  name: string;
  sex: 'FEMALE' | 'MALE';
  birthDate: LocalDate;
  education: Education;
  partyMember: boolean;
  /** 入党 (full membership) date, for Party age. */
  partyJoinedOn: LocalDate | null;
  currentPosts: readonly string[];
  /** Already on the outgoing body (连任). */
  incumbent: boolean;
  /**
   * When each exclusion-relevant matter ended (sentence served, released, handled), or UNHANDLED.
   * Absent: none on record.
   */
  records: Partial<Record<ExclusionKind, LocalDate | 'UNHANDLED'>>;
}

/** Whole years from `birth` to `on`. */
export function ageOn(birth: LocalDate, on: LocalDate): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Born no earlier than this: a candidate's birth date before it is a typing mistake. */
export const EARLIEST_BIRTH_DATE: LocalDate = '1900-01-01';

/**
 * The dates on a person record that cannot be true: born in the future or before 1900, joined the
 * Party before birth or in the future, an exclusion-relevant matter ending before birth. Empty when all hold.
 */
export function personDateProblems(person: Person, today: LocalDate): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  const birth = person.birthDate;
  if (birth < EARLIEST_BIRTH_DATE || birth > today) {
    out.push({ field: 'person.birthDate', message: `birthDate ${birth} must lie between ${EARLIEST_BIRTH_DATE} and today (${today})` });
  }
  const joined = person.partyJoinedOn;
  if (joined !== null && (joined < birth || joined > today)) {
    out.push({
      field: 'person.partyJoinedOn',
      message: `partyJoinedOn ${joined} must lie between the birth date ${birth} and today (${today})`,
    });
  }
  for (const [kind, ended] of Object.entries(person.records)) {
    if (ended !== 'UNHANDLED' && ended !== undefined && ended < birth) {
      out.push({ field: 'person.records', message: `${kind} ended on ${ended}, before the birth date ${birth}` });
    }
  }
  return out;
}
