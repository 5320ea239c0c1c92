import { CASE_CATEGORIES } from '@scrutineer/domain/cases/vocabulary';
/** What fileComplaint answers: the receipt, shown once (the PIN is never shown again). */
export interface Receipt {
  trackingCode: string;
  pin: string;
  status: { status: string; receivedOn: string; nextDueOn: string | null };
}

/**
 * The last receipt, in this page's memory only: not in the URL, the history's state or storage, so a
 * reload, a later visitor going back, or another tab never shows the PIN again.
 */
let lastReceipt: Receipt | null = null;
export const keepReceipt = (receipt: Receipt): void => {
  lastReceipt = receipt;
};
export const shownReceipt = (): Receipt | null => lastReceipt;

export const KINDS = ['REPORT', 'PETITION', 'OBJECTION', 'ENQUIRY'] as const;
/** Every category the public may choose, in the domain's order. */
export const CATEGORIES = CASE_CATEGORIES;
