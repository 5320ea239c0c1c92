import type { TFunction } from 'i18next';

/** A rule's refusal as the API gives it: a stable rule id, its numbers and its source. */
export interface Reason {
  rule: string;
  message: string;
  citation?: string | null;
  values?: Record<string, unknown>;
}

/**
 * A refusal in the reader's language, from the rule id and its numbers (i18n key `reasons.<rule>`).
 * A rule without a sentence of its own is named by its id and source, never by the server's English.
 */
export function formatReason(reason: Reason, t: TFunction): string {
  const key = `reasons.${reason.rule}`;
  const values = { ...(reason.values ?? {}) };
  const text = t(key, { ...values, defaultValue: '' });
  const body = text || t('reasons.unknownRule', { rule: reason.rule });
  return reason.citation ? `${body}（${t('reasons.source')}：${reason.citation}）` : body;
}
