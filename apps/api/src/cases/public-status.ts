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

export function publicStatusOf(state: string): PublicStatus {
  switch (state) {
    case 'open.received':
    case 'open.registered':
      return 'RECEIVED';
    case 'open.accepted':
    case 'open.decided':
      return 'ACCEPTED';
    case 'open.replied':
    case 'open.reviewed':
      return 'REPLIED';
    case 'open.underReview':
    case 'open.underReReview':
      return 'UNDER_REVIEW';
    case 'notAccepted':
      return 'NOT_ACCEPTED';
    case 'referred':
      return 'REFERRED';
    case 'merged':
      return 'MERGED';
    default:
      return 'CLOSED';
  }
}

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
