import { hash } from 'node:crypto';
import type { ObservationDraft } from '@scrutineer/domain';
import canonicalize from 'canonicalize';

/** The draft's keys as canonical JSON orders them (code-unit order, as the canonicalize package sorts). */
const DRAFT_KEYS = (
  ['stage', 'observedAt', 'channel', 'site', 'checklist', 'violations', 'narrative'] as const satisfies readonly (keyof ObservationDraft)[]
).toSorted();

/** `{"k":value,...}` from keys already in canonical order; undefined members are left out, as canonicalize does. */
function membersText(keys: readonly string[], valueOf: (key: string) => unknown): string {
  const parts: string[] = [];
  for (const key of keys) {
    const value = valueOf(key);
    if (value === undefined) continue;
    const text = canonicalize(value);
    if (text === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * An observation's content hash: sha256 of `canonicalize({ electionId, draft })`, written out. The keys
 * of both objects are fixed, so they are put in canonical order once and only the values go through
 * canonicalize (1,000 observations a batch: the outer sorting was a measurable part of an intake).
 */
export function contentHash(electionId: string | undefined, draft: ObservationDraft): string {
  const draftText = membersText(DRAFT_KEYS, (key) => draft[key as keyof ObservationDraft]);
  const electionText = electionId === undefined ? undefined : canonicalize(electionId);
  const text = electionText === undefined ? `{"draft":${draftText}}` : `{"draft":${draftText},"electionId":${electionText}}`;
  return hash('sha256', text, 'hex');
}
