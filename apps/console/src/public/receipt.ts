/** What fileComplaint answers: the receipt, shown once (the PIN is never shown again). */
export interface Receipt {
  trackingCode: string;
  pin: string;
  status: { status: string; receivedOn: string; nextDueOn: string | null };
}

export const KINDS = ['REPORT', 'PETITION', 'OBJECTION', 'ENQUIRY'] as const;
export const CATEGORIES = [
  'BRIBERY',
  'CANVASSING',
  'CLAN_INTERFERENCE',
  'INTIMIDATION',
  'PROCEDURE',
  'ELIGIBILITY',
  'VOTER_REGISTRATION',
  'COUNTING',
  'FINANCE_AUDIT',
  'LAND_COMPENSATION',
  'OTHER',
] as const;
