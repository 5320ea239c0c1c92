import type { CaseContext } from '@scrutineer/domain';

/** What the public is told about a case: where it stands, when the next step is due, the published reply. */
export const PUBLIC_STATUSES = ['RECEIVED', 'ACCEPTED', 'REPLIED', 'UNDER_REVIEW', 'CLOSED', 'NOT_ACCEPTED', 'REFERRED', 'MERGED'] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export const PUBLIC_STATUS_LABELS: Record<PublicStatus, string> = {
  RECEIVED: '已收到',
  ACCEPTED: '已受理, 办理中',
  REPLIED: '已答复',
  UNDER_REVIEW: '复查/复核中',
  CLOSED: '已办结',
  NOT_ACCEPTED: '不予受理',
  REFERRED: '已转送有权处理机关',
  MERGED: '已与同一事项合并办理',
};

/**
 * Every state of the case machine (libs/domain/src/cases/case.machine.ts) and what the public is told
 * in it. public-status.spec.ts walks the machine: a state added there and not here fails the build.
 */
export const PUBLIC_STATUS_BY_STATE: Readonly<Record<string, PublicStatus>> = {
  'open.received': 'RECEIVED',
  'open.registered': 'RECEIVED',
  'open.accepted': 'ACCEPTED',
  'open.decided': 'ACCEPTED',
  'open.replied': 'REPLIED',
  'open.reviewed': 'REPLIED',
  'open.underReview': 'UNDER_REVIEW',
  'open.underReReview': 'UNDER_REVIEW',
  notAccepted: 'NOT_ACCEPTED',
  referred: 'REFERRED',
  merged: 'MERGED',
  // The window to ask for review passed unused; a request received in time still reopens it.
  lapsed: 'CLOSED',
  closed: 'CLOSED',
  final: 'CLOSED',
};

/**
 * A state the table does not know (a newer machine's row read by an older server) is shown as received:
 * true of every case, and never telling a complainant that their case is closed when it may not be.
 */
export const UNKNOWN_STATE_STATUS: PublicStatus = 'RECEIVED';

export function publicStatusOf(state: string): PublicStatus {
  return Object.hasOwn(PUBLIC_STATUS_BY_STATE, state) ? PUBLIC_STATUS_BY_STATE[state]! : UNKNOWN_STATE_STATUS;
}

/** Open311 GeoReport v2 knows only open and closed: the public statuses where the case no longer moves are closed. */
export const OPEN311_STATUS: Readonly<Record<PublicStatus, 'open' | 'closed'>> = {
  RECEIVED: 'open',
  ACCEPTED: 'open',
  REPLIED: 'open',
  UNDER_REVIEW: 'open',
  CLOSED: 'closed',
  NOT_ACCEPTED: 'closed',
  REFERRED: 'closed',
  MERGED: 'closed',
};

export interface PublicCaseView {
  trackingCode: string;
  status: PublicStatus;
  statusLabel: string;
  receivedOn: string;
  /** The next day something is due: the office's answer, or the end of the window to ask for review. */
  nextDueOn: string | null;
  /** The latest written reply, or the reason the case was not accepted or was referred. */
  reply: { on: string; text: string } | null;
  /** An extension of the handling time and its reason (第三十四条: the complainant is told). */
  extension: { days: number; reason: string } | null;
  updatedAt: Date;
}

/** The public view of a case, built from its context: nothing about the complainant, the handlers or the investigation. */
export function publicView(
  row: { trackingCode: string; state: string; dueOn: string | null; updatedAt: Date },
  c: CaseContext,
): PublicCaseView {
  const status = publicStatusOf(row.state);
  const latest = c.replies.at(-1);
  const refusal = c.acceptance && c.acceptance.outcome !== 'ACCEPTED' && c.acceptance.outcome !== 'MERGED' ? c.acceptance : null;
  return {
    trackingCode: row.trackingCode,
    status,
    statusLabel: PUBLIC_STATUS_LABELS[status],
    receivedOn: c.receivedOn,
    nextDueOn: row.dueOn,
    reply: latest
      ? { on: latest.on, text: latest.text }
      : refusal
        ? { on: refusal.on, text: refusal.referredTo ? `${refusal.reason} (转送: ${refusal.referredTo})` : refusal.reason }
        : null,
    extension: c.extension ? { days: c.extension.days, reason: c.extension.reason } : null,
    updatedAt: row.updatedAt,
  };
}
