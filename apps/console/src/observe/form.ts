import {
  contradictions,
  observationProblems,
  type ChecklistAnswer,
  type Flag,
  type ObservationDraft,
  type ObservationProblem,
  type SiteKind,
} from '@scrutineer/domain/supervision/observation';
import type { ChecklistAnswerValue, ObservedStage, Severity, ViolationCode } from '@scrutineer/domain/supervision/vocabulary';
import type { ChecklistItemId, NumberField } from '@scrutineer/domain/supervision/checklist';
import type { ObservationPayload } from './queue';

/**
 * The observer's form as typed (kept in IndexedDB on every change), and what it becomes: the domain's draft,
 * checked on the phone with the same rules the server applies (libs/domain), and the payload sent.
 */
export interface FormState {
  electionId?: string;
  teamId?: string | null;
  siteName: string;
  siteKind: SiteKind;
  latitude?: number;
  longitude?: number;
  stage?: string;
  answers: Record<string, { answer?: string; numbers?: Partial<Record<NumberField, number | null>> }>;
  violations: { code?: string; severity?: string; description: string }[];
  narrative: string;
}

export const emptyForm = (): FormState => ({ siteName: '', siteKind: 'MEETING_HALL', answers: {}, violations: [], narrative: '' });

/** A checklist item as the vocabulary gives it. */
export interface ItemDefinition {
  id: string;
  stages: readonly string[];
  numbers: readonly string[];
}

/** The items to answer at a stage: those seen at it; under OTHER, all of them. */
export const itemsFor = <I extends ItemDefinition>(checklist: readonly I[], stage: string | undefined): I[] =>
  stage ? checklist.filter((i) => stage === 'OTHER' || i.stages.includes(stage)) : [];

/** Answers carry numbers only when the observer saw it (yes or no); blank number fields are left out. */
function answersOf(form: FormState, items: readonly ItemDefinition[]): ChecklistAnswer[] {
  return items.flatMap((item) => {
    const given = form.answers[item.id];
    if (!given?.answer) return [];
    const numbers: Partial<Record<NumberField, number>> = {};
    if (given.answer === 'YES' || given.answer === 'NO')
      for (const field of item.numbers as NumberField[]) {
        const value = given.numbers?.[field];
        if (typeof value === 'number') numbers[field] = value;
      }
    return [
      {
        item: item.id as ChecklistItemId,
        answer: given.answer as ChecklistAnswerValue,
        ...(Object.keys(numbers).length ? { numbers } : {}),
      },
    ];
  });
}

export function toDraft(form: FormState, checklist: readonly ItemDefinition[], observedAt: string): ObservationDraft {
  const located = form.latitude !== undefined && form.longitude !== undefined;
  return {
    stage: (form.stage ?? '') as ObservedStage,
    observedAt,
    channel: 'MOBILE_OFFLINE',
    site: {
      name: form.siteName.trim(),
      kind: form.siteKind,
      ...(located ? { latitude: form.latitude, longitude: form.longitude } : {}),
    },
    checklist: answersOf(form, itemsFor(checklist, form.stage)),
    violations: form.violations.map((v) => ({
      code: (v.code ?? '') as ViolationCode,
      severity: (v.severity ?? '') as Severity,
      description: v.description.trim(),
    })),
    narrative: form.narrative,
  };
}

/** What must be put right before saving: the domain's problems, and an election to file it under. */
export function formProblems(form: FormState, checklist: readonly ItemDefinition[], now: Date): ObservationProblem[] {
  const out: ObservationProblem[] = [];
  if (!form.electionId) out.push({ field: 'electionId', message: 'choose the election' });
  return [...out, ...observationProblems(toDraft(form, checklist, now.toISOString()), now)];
}

/**
 * The contradictions the server would flag within the observation (present > entitled, ballots ≠ present …),
 * shown as the numbers are typed. The election's recorded numbers are the server's to compare.
 */
export const formFlags = (form: FormState, checklist: readonly ItemDefinition[], now: Date): Flag[] =>
  contradictions(toDraft(form, checklist, now.toISOString()), {
    entitled: null,
    present: null,
    ballotsIssued: null,
    maxProxiesPerHolder: null,
  });

/** The payload saved into the outbox, fixed once saved: a resend must carry exactly the same content. */
export function toPayload(id: string, form: FormState, checklist: readonly ItemDefinition[], observedAt: string): ObservationPayload {
  const draft = toDraft(form, checklist, observedAt);
  return {
    id,
    electionId: form.electionId!,
    ...(form.teamId ? { teamId: form.teamId } : {}),
    stage: draft.stage,
    observedAt,
    channel: 'MOBILE_OFFLINE',
    site: { ...draft.site },
    checklist: draft.checklist.map((a) => ({ item: a.item, answer: a.answer, ...(a.numbers ? { numbers: { ...a.numbers } } : {}) })),
    violations: draft.violations.map((v) => ({ ...v })),
    narrative: draft.narrative,
  };
}
