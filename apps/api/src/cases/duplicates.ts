import { addDays } from '@scrutineer/domain';
import type { CaseEntity } from '@scrutineer/db';
import { distance } from 'fastest-levenshtein';

/** Cases received this many days either side of each other may be the same matter. */
export const DUPLICATE_WINDOW_DAYS = 30;
/** Texts this similar (1 = identical) are suggested even without a shared election. */
export const SIMILAR_TEXT = 0.6;

/** Similarity of two texts, 0 to 1, by edit distance over the longer one (works on Chinese text as well). */
export function textSimilarity(a: string, b: string): number {
  const x = a.replace(/\s+/g, '');
  const y = b.replace(/\s+/g, '');
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 1 : 1 - distance(x, y) / longest;
}

/** The receipt window candidates are drawn from. */
export const duplicateWindow = (receivedOn: string) => ({
  from: addDays(receivedOn, -DUPLICATE_WINDOW_DAYS),
  to: addDays(receivedOn, DUPLICATE_WINDOW_DAYS),
});

/**
 * Likely duplicates of `subject` among `others` (same category, already within the window): the same
 * election or place with similar text first. Suggestions only: a handler decides and merges.
 */
export function rankDuplicates(subject: CaseEntity, others: CaseEntity[]): { case: CaseEntity; similarity: number; reason: string }[] {
  const text = (c: CaseEntity) => `${c.title}\n${c.body}`;
  return others
    .filter((o) => o.id !== subject.id && o.state !== 'merged')
    .map((o) => {
      const similarity = Math.round(textSimilarity(text(subject), text(o)) * 100) / 100;
      const sameElection = subject.electionId !== null && o.electionId === subject.electionId;
      const samePlace = subject.subjectJurisdictionId !== null && o.subjectJurisdictionId === subject.subjectJurisdictionId;
      const reasons = [
        sameElection ? 'same election' : samePlace ? 'same place' : null,
        `same category (${o.category})`,
        `received ${o.receivedOn}`,
        `text ${Math.round(similarity * 100)}% alike`,
      ].filter((r): r is string => r !== null);
      return {
        case: o,
        similarity,
        reason: reasons.join(', '),
        keep: ((sameElection || samePlace) && similarity >= SIMILAR_TEXT / 2) || similarity >= SIMILAR_TEXT,
      };
    })
    .filter((s) => s.keep)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, 10)
    .map(({ keep: _keep, ...s }) => s);
}
