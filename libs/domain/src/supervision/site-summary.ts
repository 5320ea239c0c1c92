import { CHECKLIST, NUMBER_FIELDS, type ChecklistItemId, type NumberField } from './checklist.js';
import type { ChecklistAnswer } from './observation.js';
import type { ChecklistAnswerValue } from './vocabulary.js';

/**
 * Several observers at one site and stage, item by item: NDI Apollo's observer and master submissions
 * (anchors §A.1.1), where the master takes a value only when every observer who gave one agrees.
 *
 * Per item, the "views" are the answers other than NOT_SEEN (an observer who did not see it has no view):
 * - UNSEEN: no view, only NOT_SEEN answers;
 * - SINGLE: exactly one view;
 * - AGREE: two or more views, every two of them alike;
 * - CONFLICT: two or more views, some two of them differing.
 * Two views are alike when their answers are equal and no number given by both differs; a number only
 * one of them gave is no disagreement.
 */

export type SiteItemStatus = 'AGREE' | 'CONFLICT' | 'SINGLE' | 'UNSEEN';

export interface SiteObservation {
  observationId: string;
  observer: string;
  checklist: ChecklistAnswer[];
}

export interface SiteAnswer {
  observationId: string;
  observer: string;
  answer: ChecklistAnswerValue;
  /** Keys in NUMBER_FIELDS order; empty when none were given. */
  numbers: Partial<Record<NumberField, number>>;
}

export interface SiteItemSummary {
  item: ChecklistItemId;
  status: SiteItemStatus;
  /** Every answer, NOT_SEEN included, by observationId then observer. */
  answers: SiteAnswer[];
  /** The master value under AGREE or SINGLE: the common answer and every number given; null otherwise. */
  agreed: { answer: ChecklistAnswerValue; numbers: Partial<Record<NumberField, number>> } | null;
  /** Under CONFLICT, what the views differ in ('answer' and number fields, in that order); empty otherwise. */
  differs: ('answer' | NumberField)[];
}

function canonicalNumbers(numbers: ChecklistAnswer['numbers']): Partial<Record<NumberField, number>> {
  const out: Partial<Record<NumberField, number>> = {};
  for (const field of NUMBER_FIELDS) if (numbers?.[field] !== undefined) out[field] = numbers[field];
  return out;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// A total order, so that equal ids still sort the same whatever order the observations came in.
function compareAnswers(a: SiteAnswer, b: SiteAnswer): number {
  return (
    compareText(a.observationId, b.observationId) ||
    compareText(a.observer, b.observer) ||
    compareText(a.answer, b.answer) ||
    compareText(JSON.stringify(a.numbers), JSON.stringify(b.numbers))
  );
}

/** What two views differ in; empty when they are alike. */
export function answerDifferences(
  a: Pick<SiteAnswer, 'answer' | 'numbers'>,
  b: Pick<SiteAnswer, 'answer' | 'numbers'>,
): ('answer' | NumberField)[] {
  const out: ('answer' | NumberField)[] = [];
  if (a.answer !== b.answer) out.push('answer');
  for (const field of NUMBER_FIELDS) {
    const x = a.numbers[field];
    const y = b.numbers[field];
    if (x !== undefined && y !== undefined && x !== y) out.push(field);
  }
  return out;
}

function summarise(item: ChecklistItemId, answers: SiteAnswer[]): SiteItemSummary {
  answers.sort(compareAnswers);
  const views = answers.filter((a) => a.answer !== 'NOT_SEEN');
  const differing = new Set<'answer' | NumberField>();
  for (let i = 0; i < views.length; i++)
    for (let j = i + 1; j < views.length; j++) for (const d of answerDifferences(views[i]!, views[j]!)) differing.add(d);
  const status: SiteItemStatus = views.length === 0 ? 'UNSEEN' : views.length === 1 ? 'SINGLE' : differing.size > 0 ? 'CONFLICT' : 'AGREE';
  const agreed =
    status === 'AGREE' || status === 'SINGLE'
      ? { answer: views[0]!.answer, numbers: canonicalNumbers(Object.assign({}, ...views.map((v) => v.numbers))) }
      : null;
  const differs = (['answer', ...NUMBER_FIELDS] as const).filter((d) => differing.has(d));
  return { item, status, answers, agreed, differs };
}

const checklistOrder = new Map<string, number>(CHECKLIST.map((c, i) => [c.id, i]));

/** Per checklist item answered by anyone at the site, in checklist order. Independent of the observations' order. */
export function siteSummary(observations: readonly SiteObservation[]): SiteItemSummary[] {
  const byItem = new Map<ChecklistItemId, SiteAnswer[]>();
  for (const o of observations)
    for (const a of o.checklist) {
      const list = byItem.get(a.item) ?? [];
      list.push({ observationId: o.observationId, observer: o.observer, answer: a.answer, numbers: canonicalNumbers(a.numbers) });
      byItem.set(a.item, list);
    }
  const order = (id: string) => checklistOrder.get(id) ?? CHECKLIST.length;
  return [...byItem.entries()]
    .sort(([a], [b]) => order(a) - order(b) || compareText(a, b))
    .map(([item, answers]) => summarise(item, answers));
}

export const conflicts = (summary: readonly SiteItemSummary[]): SiteItemSummary[] => summary.filter((s) => s.status === 'CONFLICT');
