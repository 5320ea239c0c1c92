/**
 * The case's steps as the console offers them: which form fields each step's mutation takes, and how the
 * form's values become that mutation's input. Pure (no React), so it is unit-tested on its own.
 */

/** Dates more than this many days back need a written reason (the server's LATE_ENTRY_DAYS default). */
export const LATE_ENTRY_DAYS = 3;

/** The fields a step's form may show. */
export type StepField =
  | 'decidedOn'
  | 'repliedOn'
  | 'receivedOn'
  | 'lateReason'
  | 'reason'
  | 'reasonOptional'
  | 'referredTo'
  | 'intoCaseId'
  | 'sameMatterAsCaseId'
  | 'assigneeId'
  | 'jurisdictionId'
  | 'blocking'
  | 'days'
  | 'finding'
  | 'findingOptional'
  | 'remedies'
  | 'summary'
  | 'reply'
  | 'text';

/** Every case step that has its own mutation, with the fields of its input (besides id and expectedVersion). */
export const STEP_FIELDS: Record<string, readonly StepField[]> = {
  REGISTER: [],
  ACCEPT: ['reasonOptional', 'sameMatterAsCaseId', 'decidedOn', 'lateReason'],
  NOT_ACCEPT: ['decidedOn', 'lateReason', 'reason'],
  REFER: ['referredTo', 'reason', 'decidedOn', 'lateReason'],
  MERGE: ['intoCaseId', 'reason', 'decidedOn', 'lateReason'],
  ASSIGN: ['assigneeId'],
  TRANSFER: ['jurisdictionId', 'reason'],
  MARK_BLOCKING: ['blocking', 'reason'],
  EXTEND: ['days', 'reason', 'decidedOn', 'lateReason'],
  DECIDE: ['findingOptional', 'remedies', 'summary', 'decidedOn', 'lateReason'],
  REPLY: ['repliedOn', 'text', 'lateReason'],
  REQUEST_REVIEW: ['receivedOn', 'reason', 'lateReason'],
  DECIDE_REVIEW: ['finding', 'remedies', 'summary', 'reply', 'decidedOn', 'lateReason'],
  REQUEST_RE_REVIEW: ['receivedOn', 'reason', 'lateReason'],
  DECIDE_RE_REVIEW: ['finding', 'remedies', 'summary', 'reply', 'decidedOn', 'lateReason'],
};

/** The steps the console has a form for. */
export const STEPS = Object.keys(STEP_FIELDS);

/** The date field a step gives (the one that may be late), if any. */
export function dateFieldOf(event: string): 'decidedOn' | 'repliedOn' | 'receivedOn' | null {
  const fields = STEP_FIELDS[event] ?? [];
  return (['decidedOn', 'repliedOn', 'receivedOn'] as const).find((f) => fields.includes(f)) ?? null;
}

/** Whole days from `date` to `today` (both YYYY-MM-DD); positive when the date lies back. */
export function daysBack(date: string, today: string): number {
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** A date given more than LATE_ENTRY_DAYS back needs a written reason (补录说明). */
export const needsLateReason = (date: string | undefined | null, today: string, days = LATE_ENTRY_DAYS): boolean =>
  Boolean(date) && daysBack(date!, today) > days;

/** The values of a step's form, dates already as YYYY-MM-DD. */
export interface StepValues {
  decidedOn?: string;
  repliedOn?: string;
  receivedOn?: string;
  lateReason?: string;
  reason?: string;
  referredTo?: string;
  intoCaseId?: string;
  sameMatterAsCaseId?: string;
  assigneeId?: string;
  jurisdictionId?: string;
  blocking?: boolean;
  days?: number;
  finding?: string;
  remedies?: string[];
  summary?: string;
  reply?: string;
  text?: string;
}

const trimmed = (s: string | undefined): string | undefined => {
  const v = s?.trim();
  return v ? v : undefined;
};

/** Leave out what is empty: the server takes "left out" as its default (today, no reason …). */
function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** The mutation input of a step, from the form's values and the case (id and the version read). */
export function stepInput(event: string, values: StepValues, c: { id: string; version: number }): Record<string, unknown> {
  const base = { id: c.id, expectedVersion: c.version };
  const dated = { decidedOn: values.decidedOn, lateReason: trimmed(values.lateReason) };
  switch (event) {
    case 'REGISTER':
      return base;
    case 'ACCEPT':
      return compact({ ...base, ...dated, reason: trimmed(values.reason), sameMatterAsCaseId: values.sameMatterAsCaseId });
    case 'NOT_ACCEPT':
      return compact({ ...base, ...dated, reason: trimmed(values.reason) });
    case 'REFER':
      return compact({ ...base, ...dated, reason: trimmed(values.reason), referredTo: trimmed(values.referredTo) });
    case 'MERGE':
      return compact({ ...base, ...dated, reason: trimmed(values.reason), intoCaseId: values.intoCaseId });
    case 'ASSIGN':
      return { ...base, assigneeId: values.assigneeId };
    case 'TRANSFER':
      return { ...base, jurisdictionId: values.jurisdictionId, reason: trimmed(values.reason) };
    case 'MARK_BLOCKING':
      return { ...base, blocking: Boolean(values.blocking), reason: trimmed(values.reason) };
    case 'EXTEND':
      return compact({ ...base, ...dated, days: values.days, reason: trimmed(values.reason) });
    case 'DECIDE':
      return compact({ ...base, ...dated, finding: values.finding, remedies: values.remedies ?? [], summary: trimmed(values.summary) });
    case 'REPLY':
      return compact({ ...base, repliedOn: values.repliedOn, text: trimmed(values.text), lateReason: trimmed(values.lateReason) });
    case 'REQUEST_REVIEW':
    case 'REQUEST_RE_REVIEW':
      return compact({ ...base, receivedOn: values.receivedOn, reason: trimmed(values.reason), lateReason: trimmed(values.lateReason) });
    case 'DECIDE_REVIEW':
    case 'DECIDE_RE_REVIEW':
      return compact({
        ...base,
        ...dated,
        finding: values.finding,
        remedies: values.remedies ?? [],
        summary: trimmed(values.summary),
        reply: trimmed(values.reply),
      });
    default:
      throw new Error(`No form for the case step ${event}`);
  }
}

/** Is the search box's text a tracking code (XF-…) or words to look for? */
export function searchOf(text: string): { trackingCode: string } | { search: string } | null {
  const q = text.trim();
  if (!q) return null;
  // As read out over the phone: case, spaces and dashes do not matter (XF- then ten letters or digits).
  const code = q.replace(/[\s-]/g, '').toUpperCase();
  if (/^XF[0-9A-Z]{6,12}$/.test(code)) return { trackingCode: `XF-${code.slice(2)}` };
  return { search: q };
}

/** A statutory clock's colour on the timeline: done in time green, late red, running blue (red when overdue), stopped grey. */
export function clockColour(clock: { outcome: string; overdue: boolean; daysLeft?: number | null }): 'green' | 'red' | 'blue' | 'gray' {
  if (clock.outcome === 'RUNNING') return clock.overdue || (clock.daysLeft ?? 0) < 0 ? 'red' : 'blue';
  if (clock.outcome === 'MET' || clock.outcome === 'USED') return 'green';
  if (clock.outcome === 'LATE' || clock.outcome === 'LAPSED') return 'red';
  return 'gray';
}

/** The assign step's choices: the handlers who may take the case, the signed-in one named as such, first. */
export function assigneeOptions(
  kase: { candidates: { id: string; name: string }[]; assignee?: { id: string } | null },
  me: { id: string; displayName: string },
  t: (key: string, options?: Record<string, unknown>) => string,
): { value: string; label: string }[] {
  const others = kase.candidates.filter((c) => c.id !== me.id);
  const mine = kase.candidates.some((c) => c.id === me.id)
    ? [{ value: me.id, label: t('cases.field.assignMe', { name: me.displayName }) }]
    : [];
  return [
    ...mine,
    ...others.map((c) => ({ value: c.id, label: c.id === kase.assignee?.id ? `${c.name}（${t('cases.page.assignee')}）` : c.name })),
  ];
}
