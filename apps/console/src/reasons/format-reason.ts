import type { TFunction } from 'i18next';
import { localiseValues, UNFILLED } from '../i18n/catalog/reason-values';

/** A rule's refusal as the API gives it: a stable rule id, its numbers and its source. */
export interface Reason {
  rule: string;
  message: string;
  citation?: string | null;
  values?: Record<string, unknown>;
}

/**
 * A refusal in the reader's language, from the rule id and its numbers (i18n key `reasons.<rule>`, the
 * catalogue in i18n/catalog). A rule without a sentence of its own is named by its id and source, never
 * by the server's English.
 */
export function formatReason(reason: Reason, t: TFunction): string {
  const key = `reasons.${reason.rule}`;
  // Ids among the values (fields, routes, states …) are named too; `replace` keeps them apart from t's options.
  const replace = localiseValues(reason.rule, reason.values ?? {}, t);
  const full = t(key, { replace, defaultValue: '' });
  // A rule given in several places does not always carry the same numbers: then its brief sentence, without them.
  const text =
    full && UNFILLED.test(full) ? t(`${key}_brief`, { replace, defaultValue: '' }) || full.replace(new RegExp(UNFILLED, 'g'), '…') : full;
  const body = text || t('reasons.unknownRule', { rule: reason.rule });
  return reason.citation ? `${body}（${t('reasons.source')}：${reason.citation}）` : body;
}
