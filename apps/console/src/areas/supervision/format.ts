import type { TFunction } from 'i18next';

/** What a team covers: one election, or a jurisdiction's subtree. */
export interface Assignment {
  electionId?: string | null;
  jurisdictionId?: string | null;
}

/** Where an election lies: its jurisdiction and that jurisdiction's ancestors (ids). */
export interface Placed {
  id: string;
  jurisdiction: { id: string; ancestors: readonly { id: string }[] };
}

/**
 * The elections a supervisor's teams cover (named, or lying within an assigned jurisdiction). Those who
 * read supervision without belonging to a team (the office, inspectors) see every election in scope.
 */
export function coveredElections<E extends Placed>(elections: readonly E[], assignments: readonly Assignment[] | null): E[] {
  if (assignments === null) return [...elections];
  const named = new Set(assignments.map((a) => a.electionId).filter(Boolean));
  const places = new Set(assignments.map((a) => a.jurisdictionId).filter(Boolean));
  return elections.filter(
    (e) => named.has(e.id) || places.has(e.jurisdiction.id) || e.jurisdiction.ancestors.some((a) => places.has(a.id)),
  );
}

/** Whole days from `today` to a due day (both YYYY-MM-DD): negative once it has passed. */
export function daysUntil(dueOn: string, today: string): number {
  const ms = Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** Today in Beijing time, YYYY-MM-DD (due days are local dates there). */
export function beijingToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** An order still to be answered: issued, acknowledged or rectified (not verified, not cancelled). */
export const isOpenOrder = (state: string): boolean => state.startsWith('open');

/** A checklist item's name in the reader's language: the catalogue first, then the API's own text. */
export function itemName(t: TFunction, item: string, fallback?: string): string {
  return t(`vocab.checklistItem.${item}`, { defaultValue: fallback ?? item });
}

/** What observers disagree on: the answer itself and/or named numbers (应到人数, 实到人数 …). */
export function differsText(t: TFunction, differs: readonly string[]): string {
  return differs.map((d) => (d === 'answer' ? t('supervision.site.differsAnswer') : t(`vocab.field.${d}`, { defaultValue: d }))).join('、');
}

/** A checklist answer's numbers, named: 应到人数 1596，实到人数 1428. */
export function numbersText(t: TFunction, numbers: Record<string, unknown> | null | undefined): string {
  if (!numbers) return '';
  return Object.entries(numbers)
    .filter(([key, value]) => key !== '__typename' && typeof value === 'number')
    .map(([key, value]) => `${t(`vocab.field.${key}`, { defaultValue: key })} ${String(value)}`)
    .join(t('supervision.common.listSeparator', { defaultValue: '，' }));
}
