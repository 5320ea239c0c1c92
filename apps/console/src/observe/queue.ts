/**
 * The outbox's rules, free of IndexedDB and the network so they can be tested alone: which saved observations
 * go up next and in what batches, what each is sent as, and what the server's answer makes of each.
 */

/** An observation as submitObservations takes it, less its attachments (known once the photos are up). */
export interface ObservationPayload {
  id: string;
  electionId: string;
  teamId?: string | null;
  stage: string;
  observedAt: string;
  channel: 'MOBILE_OFFLINE';
  site: { name: string; kind: string; latitude?: number | null; longitude?: number | null };
  checklist: { item: string; answer: string; numbers?: Record<string, number> | null; note?: string | null }[];
  violations: { code: string; severity: string; description: string }[];
  narrative: string;
  lateReason?: string | null;
}

export interface Queued {
  id: string;
  userId: string;
  state: 'waiting' | 'stored' | 'refused';
  payload: ObservationPayload;
  photoIds: string[];
  savedAt: string;
}

export interface PhotoState {
  id: string;
  attachmentId?: string;
}

/** Small batches: a phone on a weak signal gets each answer sooner, and a lost answer costs one resend. */
export const BATCH_SIZE = 20;

/** Whether all of an observation's photos are on the server (it is sent only then, naming them). */
export const photosReady = (item: Queued, photos: ReadonlyMap<string, PhotoState>): boolean =>
  item.photoIds.every((id) => photos.get(id)?.attachmentId !== undefined);

/**
 * The next batch for this user: waiting, photos uploaded, oldest first. Observations saved by someone else on
 * this phone wait for their own observer to sign in.
 */
export function nextBatch<Q extends Queued>(
  items: readonly Q[],
  userId: string,
  photos: ReadonlyMap<string, PhotoState>,
  size = BATCH_SIZE,
): Q[] {
  return items
    .filter((q) => q.userId === userId && q.state === 'waiting' && photosReady(q, photos))
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id))
    .slice(0, size);
}

/** The photos still to upload for this user's waiting observations, in the order they were saved. */
export function photosToUpload<P extends PhotoState>(items: readonly Queued[], userId: string, photos: ReadonlyMap<string, P>): P[] {
  return items
    .filter((q) => q.userId === userId && q.state === 'waiting')
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt))
    .flatMap((q) => q.photoIds.map((id) => photos.get(id)).filter((p): p is P => p !== undefined && p.attachmentId === undefined));
}

/**
 * What is sent: the payload as saved (never rebuilt from the form, so a resend carries the same content and the
 * server answers DUPLICATE) with the attachments' ids in the order the photos were taken.
 */
export function submission(item: Queued, photos: ReadonlyMap<string, PhotoState>): ObservationPayload & { attachmentIds: string[] } {
  return { ...item.payload, attachmentIds: item.photoIds.map((id) => photos.get(id)!.attachmentId!) };
}

export interface ServerResult {
  id: string;
  status: string;
}

/**
 * Each item's new state from the server's answers: CREATED and DUPLICATE both mean the server has it (a
 * DUPLICATE is an earlier send whose answer was lost); REJECTED is refused, for the observer to read. An item
 * the answer does not name stays waiting.
 */
export function settle(results: readonly ServerResult[]): Map<string, 'stored' | 'refused'> {
  const out = new Map<string, 'stored' | 'refused'>();
  for (const r of results) {
    if (r.status === 'CREATED' || r.status === 'DUPLICATE') out.set(r.id, 'stored');
    else if (r.status === 'REJECTED') out.set(r.id, 'refused');
  }
  return out;
}

export interface QueueCounts {
  waiting: number;
  stored: number;
  refused: number;
}

export function counts(items: readonly Pick<Queued, 'state' | 'userId'>[], userId: string): QueueCounts {
  const mine = items.filter((q) => q.userId === userId);
  return {
    waiting: mine.filter((q) => q.state === 'waiting').length,
    stored: mine.filter((q) => q.state === 'stored').length,
    refused: mine.filter((q) => q.state === 'refused').length,
  };
}

/**
 * Whether a session token can still be used: not expired (its `exp`, with a minute's margin for the phone's
 * clock). An unreadable token is treated as usable: the server decides, and a refusal asks for a new sign-in.
 */
export function tokenUsable(token: string | null, now: Date): boolean {
  if (!token) return false;
  try {
    const part = token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(part)) as { exp?: number };
    return claims.exp === undefined || claims.exp * 1000 > now.getTime() + 60_000;
  } catch {
    return true;
  }
}

/** An attachment's id: the last part of its upload's address (`/uploads/<id>`). */
export const attachmentIdOf = (uploadUrl: string): string =>
  new URL(uploadUrl, 'http://localhost').pathname.split('/').filter(Boolean).pop()!;

/** Whether the server refused it only for want of a written reason for its lateness (补录: resend with one). */
export const refusedAsLate = (problems: readonly { rule: string }[]): boolean =>
  problems.length > 0 && problems.every((p) => p.rule === 'lateReason');

/**
 * The observation again, waiting, with the observer's reason for sending it late. Its id stays: it was refused,
 * so nothing is stored under it, and the reason is not part of its content.
 */
export function withLateReason<Q extends Queued>(item: Q, reason: string): Q {
  return { ...item, state: 'waiting', payload: { ...item.payload, lateReason: reason.trim() } };
}

/**
 * A new id (UUID v4) for an observation or a photo. crypto.randomUUID exists only on HTTPS (or localhost); a
 * phone reaching the server over plain HTTP still gets one, from crypto.getRandomValues.
 */
export function newId(random: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = crypto): string {
  if (typeof random.randomUUID === 'function') return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
