import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { formatReason, type Reason } from '../reasons/format-reason';

/** What the reader is told when a request is refused: in their language, never the server's English. */
export interface Refusal {
  code: string;
  /** One line for a toast or an alert's title. */
  title: string;
  /** Each reason (a blocked step's rules), already in the reader's language. */
  reasons: string[];
}

interface Extensions {
  code?: string;
  fields?: { field: string; messages: string[] }[];
  retryAfterSeconds?: number;
  reference?: string;
  event?: string;
  rule?: string;
  citation?: string | null;
  values?: Record<string, unknown>;
  availableActions?: { event: string; allowed: boolean; reasons: Reason[] }[];
}

/** The first error of a failed request, as a refusal the reader can act on. */
export function refusalOf(error: CombinedError, t: TFunction): Refusal {
  const first = error.graphQLErrors[0];
  if (!first) return { code: 'NETWORK', title: t('errors.network'), reasons: [] };
  const ext = (first.extensions ?? {}) as Extensions;
  const code = ext.code ?? 'INTERNAL_SERVER_ERROR';
  switch (code) {
    case 'BAD_USER_INPUT':
      return { code, title: t('errors.BAD_USER_INPUT', { fields: (ext.fields ?? []).map((f) => f.field).join('、') || '—' }), reasons: [] };
    case 'RATE_LIMITED':
      return { code, title: t('errors.RATE_LIMITED', { seconds: ext.retryAfterSeconds ?? 60 }), reasons: [] };
    case 'INVALID_TRANSITION': {
      const own = ext.availableActions?.find((a) => a.event === ext.event);
      return { code, title: t('errors.INVALID_TRANSITION'), reasons: (own?.reasons ?? []).map((r) => formatReason(r, t)) };
    }
    case 'RULE_VIOLATION':
      return {
        code,
        title: t('errors.RULE_VIOLATION'),
        reasons: ext.rule
          ? [formatReason({ rule: ext.rule, message: '', citation: ext.citation ?? null, values: ext.values ?? {} }, t)]
          : [],
      };
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'CONFLICT':
      return { code, title: t(`errors.${code}`), reasons: [] };
    default:
      return { code, title: t('errors.unknown', { reference: ext.reference ?? '—' }), reasons: [] };
  }
}
