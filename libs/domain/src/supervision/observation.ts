import { CHECKLIST_ANSWERS, OBSERVATION_CHANNELS, OBSERVED_STAGES, SEVERITIES, VIOLATION_CODES } from './vocabulary.js';
import type { ChecklistAnswerValue, ObservationChannel, ObservedStage, Severity, ViolationCode } from './vocabulary.js';
import { checklistItem, isChecklistItemId, NUMBER_FIELDS, type ChecklistItemId, type NumberField } from './checklist.js';

/**
 * One observer's record of one site at one stage, checked before it is stored. What cannot be true is refused
 * (`observationProblems`); what is merely inconsistent is kept and flagged (`contradictions`), because an
 * observer who reports odd numbers may be reporting exactly what went wrong.
 */

export interface ChecklistAnswer {
  item: ChecklistItemId;
  answer: ChecklistAnswerValue;
  /** Only the numbers the item carries (checklist.ts), whole and ≥ 0. */
  numbers?: Partial<Record<NumberField, number>>;
  note?: string;
}

export interface ViolationInput {
  code: ViolationCode;
  severity: Severity;
  description: string;
}

export type SiteKind = 'MEETING_HALL' | 'POLLING_POINT' | 'OTHER';
export const SITE_KINDS: readonly SiteKind[] = ['MEETING_HALL', 'POLLING_POINT', 'OTHER'];

export interface ObservationSite {
  /** e.g. 村委大会议室 or 第三投票站. */
  name: string;
  kind: SiteKind;
  /** WGS84 degrees, both or neither. */
  latitude?: number;
  longitude?: number;
}

export interface ObservationDraft {
  stage: ObservedStage;
  /** When the observer saw it, as an ISO 8601 instant with an offset; offline devices send it later. */
  observedAt: string;
  channel: ObservationChannel;
  site: ObservationSite;
  checklist: ChecklistAnswer[];
  violations: ViolationInput[];
  narrative: string;
}

export interface ObservationProblem {
  /** e.g. `checklist[3].numbers.present`. */
  field: string;
  message: string;
}

export const OBSERVATION_LIMITS = {
  /** A device clock may run a little fast; more than this ahead is a wrong clock or a typed date. */
  futureSkewMs: 5 * 60_000,
  narrativeChars: 20_000,
  violations: 100,
} as const;

// Date and time, then Z or an offset: a bare local time would be read in the server's zone.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch, or NaN. Date.parse alone takes 2024-02-30 and 24:00 and rolls them over. */
function instant(s: unknown): number {
  const m = typeof s === 'string' ? ISO_INSTANT.exec(s) : null;
  if (!m) return NaN;
  const [year, month, day, hour] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23) return NaN;
  return Date.parse(s as string);
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T => values.includes(value as T);
const blank = (s: unknown): boolean => typeof s !== 'string' || s.trim() === '';
const chars = (s: string): number => [...s].length;

function siteProblems(site: ObservationSite): ObservationProblem[] {
  const out: ObservationProblem[] = [];
  if (blank(site.name)) out.push({ field: 'site.name', message: 'the site needs a name' });
  if (!oneOf(SITE_KINDS, site.kind)) out.push({ field: 'site.kind', message: `unknown site kind ${String(site.kind)}` });
  const coordinate = (axis: 'latitude' | 'longitude', limit: number) => {
    const v = site[axis];
    if (v === undefined) return;
    if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > limit)
      out.push({ field: `site.${axis}`, message: `${axis} ${String(v)} is outside −${limit}…${limit} (WGS84 degrees)` });
  };
  coordinate('latitude', 90);
  coordinate('longitude', 180);
  // Half a position places the site nowhere.
  if ((site.latitude === undefined) !== (site.longitude === undefined)) {
    const missing = site.latitude === undefined ? 'latitude' : 'longitude';
    out.push({ field: `site.${missing}`, message: 'latitude and longitude come as a pair: give both or neither' });
  }
  return out;
}

function answerProblems(a: ChecklistAnswer, path: string): ObservationProblem[] {
  const out: ObservationProblem[] = [];
  if (!oneOf(CHECKLIST_ANSWERS, a.answer)) out.push({ field: `${path}.answer`, message: `unknown answer ${String(a.answer)}` });
  if (a.numbers === undefined) return out;
  const keys = Object.keys(a.numbers).filter((k) => a.numbers![k as NumberField] !== undefined);
  // An observer who did not see it, or found it does not arise, has counted nothing.
  if ((a.answer === 'NOT_SEEN' || a.answer === 'NOT_APPLICABLE') && keys.length > 0)
    out.push({ field: `${path}.numbers`, message: `numbers cannot go with the answer ${a.answer}` });
  const allowed: readonly string[] = isChecklistItemId(a.item) ? checklistItem(a.item).numbers : NUMBER_FIELDS;
  for (const key of keys) {
    const field = `${path}.numbers.${key}`;
    const value = a.numbers[key as NumberField];
    if (!allowed.includes(key)) {
      const which = allowed.length ? `only ${allowed.join(', ')}` : 'none';
      out.push({ field, message: `${a.item} carries no number ${key} (it carries ${which})` });
    } else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      out.push({ field, message: `${key} must be a whole number ≥ 0, not ${String(value)}` });
    }
  }
  return out;
}

/** Why the draft must be refused; empty when it may be stored. */
export function observationProblems(draft: ObservationDraft, now: Date): ObservationProblem[] {
  const out: ObservationProblem[] = [];
  if (!oneOf(OBSERVED_STAGES, draft.stage)) out.push({ field: 'stage', message: `unknown stage ${String(draft.stage)}` });
  if (!oneOf(OBSERVATION_CHANNELS, draft.channel)) out.push({ field: 'channel', message: `unknown channel ${String(draft.channel)}` });

  const at = instant(draft.observedAt);
  if (Number.isNaN(at)) {
    out.push({ field: 'observedAt', message: `${String(draft.observedAt)} is not an ISO 8601 instant with an offset` });
  } else if (at - now.getTime() > OBSERVATION_LIMITS.futureSkewMs) {
    out.push({ field: 'observedAt', message: `${draft.observedAt} is more than 5 minutes after ${now.toISOString()}` });
  }

  out.push(...siteProblems(draft.site));

  const firstAt = new Map<string, number>();
  draft.checklist.forEach((a, i) => {
    const path = `checklist[${i}]`;
    if (!isChecklistItemId(a.item)) out.push({ field: `${path}.item`, message: `unknown checklist item ${String(a.item)}` });
    else if (firstAt.has(a.item))
      out.push({ field: `${path}.item`, message: `${a.item} is answered twice (first at checklist[${firstAt.get(a.item)}])` });
    else firstAt.set(a.item, i);
    out.push(...answerProblems(a, path));
  });

  if (draft.violations.length > OBSERVATION_LIMITS.violations)
    out.push({ field: 'violations', message: `${draft.violations.length} violations; at most ${OBSERVATION_LIMITS.violations}` });
  draft.violations.forEach((v, i) => {
    const path = `violations[${i}]`;
    if (!oneOf(VIOLATION_CODES, v.code)) out.push({ field: `${path}.code`, message: `unknown violation code ${String(v.code)}` });
    if (!oneOf(SEVERITIES, v.severity)) out.push({ field: `${path}.severity`, message: `unknown severity ${String(v.severity)}` });
    if (blank(v.description)) out.push({ field: `${path}.description`, message: 'a violation needs a description' });
  });

  if (typeof draft.narrative !== 'string') out.push({ field: 'narrative', message: 'the narrative must be text' });
  else if (chars(draft.narrative) > OBSERVATION_LIMITS.narrativeChars)
    out.push({
      field: 'narrative',
      message: `the narrative has ${chars(draft.narrative)} characters; at most ${OBSERVATION_LIMITS.narrativeChars}`,
    });
  return out;
}

/** An inconsistency kept with the observation for a reviewer to look at; it does not refuse it. */
export interface Flag {
  item: ChecklistItemId | null;
  rule: string;
  message: string;
  values: Record<string, number | string>;
}

/**
 * The election's own numbers, null where not yet recorded. `maxProxiesPerHolder` is the CAP under the
 * election's rules (profile `voting.proxy.maxPerHolder`), not the tally's count of the most one holder carried.
 */
export interface RecordedNumbers {
  entitled: number | null;
  present: number | null;
  ballotsIssued: number | null;
  maxProxiesPerHolder: number | null;
}

interface Given {
  item: ChecklistItemId;
  value: number;
}

/** Every number given, by field, in checklist order of the answers; malformed ones are left to observationProblems. */
function givenNumbers(draft: ObservationDraft): Map<NumberField, Given[]> {
  const out = new Map<NumberField, Given[]>(NUMBER_FIELDS.map((f) => [f, []]));
  for (const a of draft.checklist) {
    if (!isChecklistItemId(a.item) || !a.numbers || a.answer === 'NOT_SEEN' || a.answer === 'NOT_APPLICABLE') continue;
    const carried: readonly NumberField[] = checklistItem(a.item).numbers;
    for (const field of carried) {
      const value = a.numbers[field];
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0) out.get(field)!.push({ item: a.item, value });
    }
  }
  return out;
}

/**
 * Inconsistencies to flag: within the observation (present > entitled, ballots issued ≠ present, ballots
 * returned > issued, proxies over the cap, one number given differently on two items) and against the
 * election's recorded numbers. Call it on a draft without problems.
 */
export function contradictions(draft: ObservationDraft, recorded: RecordedNumbers): Flag[] {
  const given = givenNumbers(draft);
  const flags: Flag[] = [];

  // A number given on two items (present on the attendance and the ballots items) must be one number.
  for (const [field, values] of given) {
    const [first, ...rest] = values;
    const other = rest.find((g) => g.value !== first!.value);
    if (first && other)
      flags.push({
        item: null,
        rule: 'same-number-differs',
        message: `${field} is ${first.value} on ${first.item} but ${other.value} on ${other.item}`,
        values: {
          [`${first.item}.${field}`]: first.value,
          [`${other.item}.${field}`]: other.value,
          // The same numbers by plain names, for screens that word the flag themselves.
          field,
          first: first.value,
          firstItem: first.item,
          other: other.value,
          otherItem: other.item,
        },
      });
  }

  /** The value on the item the rule is about, else the one value given elsewhere; undefined if none or unclear. */
  const valueOf = (field: NumberField, home: ChecklistItemId): number | undefined => {
    const values = given.get(field)!;
    const onHome = values.find((g) => g.item === home);
    if (onHome) return onHome.value;
    const distinct = new Set(values.map((g) => g.value));
    return distinct.size === 1 ? values[0]!.value : undefined;
  };
  const check = (item: ChecklistItemId, rule: string, ok: boolean, message: string, values: Record<string, number>) => {
    if (!ok) flags.push({ item, rule, message, values });
  };

  const entitled = valueOf('entitled', 'ATTENDANCE_COUNTED');
  const present = valueOf('present', 'ATTENDANCE_COUNTED');
  if (entitled !== undefined && present !== undefined)
    check('ATTENDANCE_COUNTED', 'present-over-entitled', present <= entitled, `${present} present but only ${entitled} entitled`, {
      present,
      entitled,
    });

  const issued = valueOf('ballotsIssued', 'BALLOTS_MATCH_PRESENT');
  const presentAtIssue = valueOf('present', 'BALLOTS_MATCH_PRESENT');
  if (issued !== undefined && presentAtIssue !== undefined)
    check(
      'BALLOTS_MATCH_PRESENT',
      'ballots-issued-not-present',
      issued === presentAtIssue,
      `${issued} ballots issued to ${presentAtIssue} voters present`,
      { ballotsIssued: issued, present: presentAtIssue },
    );

  const issuedAtCount = valueOf('ballotsIssued', 'PUBLIC_COUNTING');
  const returned = valueOf('ballotsReturned', 'PUBLIC_COUNTING');
  // More returned than issued voids the round (DOMAIN.md, provincial measures): the observer saw it first.
  if (issuedAtCount !== undefined && returned !== undefined)
    check(
      'PUBLIC_COUNTING',
      'ballots-returned-over-issued',
      returned <= issuedAtCount,
      `${returned} ballots returned but only ${issuedAtCount} issued`,
      { ballotsReturned: returned, ballotsIssued: issuedAtCount },
    );

  const held = valueOf('proxiesHeld', 'PROXIES_WRITTEN');
  const cap = valueOf('maxProxiesPerHolder', 'PROXIES_WRITTEN');
  if (held !== undefined && cap !== undefined)
    check('PROXIES_WRITTEN', 'proxies-over-cap', held <= cap, `one holder carried ${held} proxies; the cap stated on site is ${cap}`, {
      proxiesHeld: held,
      maxProxiesPerHolder: cap,
    });

  // Against the election's record: an observer's count is evidence about the recorded one.
  const against = (item: ChecklistItemId, field: string, observed: number | undefined, record: number | null, what: string) => {
    if (observed !== undefined && record !== null)
      check(item, `recorded-${field}-differs`, observed === record, `${what}: observed ${observed}, recorded ${record}`, {
        observed,
        recorded: record,
      });
  };
  against('ATTENDANCE_COUNTED', 'entitled', entitled, recorded.entitled, 'entitled to attend');
  against('ATTENDANCE_COUNTED', 'present', present, recorded.present, 'present');
  against('BALLOTS_MATCH_PRESENT', 'ballotsIssued', issued, recorded.ballotsIssued, 'ballots issued');

  const ruleCap = recorded.maxProxiesPerHolder;
  if (ruleCap !== null) {
    if (cap !== undefined)
      check(
        'PROXIES_WRITTEN',
        'recorded-cap-differs',
        cap === ruleCap,
        `the site applied a cap of ${cap} proxies per holder; the election's rules set ${ruleCap}`,
        { maxProxiesPerHolder: cap, recordedCap: ruleCap },
      );
    // Flagged once when the site's cap is the rules' cap and already exceeded.
    if (held !== undefined && !(cap === ruleCap && held > cap))
      check(
        'PROXIES_WRITTEN',
        'proxies-over-recorded-cap',
        held <= ruleCap,
        `one holder carried ${held} proxies; the election's rules allow ${ruleCap}`,
        { proxiesHeld: held, recordedCap: ruleCap },
      );
  }
  return flags;
}
