import { Upload } from 'tus-js-client';
import type { Client } from 'urql';
import { session } from '../auth/session';
import { db, type Photo, type QueuedObservation } from './db';
import { SubmitObservationsMutation } from './queries';
import { attachmentIdOf, nextBatch, photosToUpload, settle, submission, tokenUsable } from './queue';

/**
 * Sends what waits in the outbox when the network is there: first each photo (tus, resumable: an interrupted
 * upload continues from its last byte, after a reload too), then the observations in batches with
 * submitObservations. Each item's answer is written back in one IndexedDB transaction. Nothing is ever removed
 * before the server has answered for it; a resend of something already stored is answered DUPLICATE.
 */
export type SyncOutcome = 'done' | 'offline' | 'signed-out' | 'failed';

/** A refusal of the session (expired, or signed out elsewhere): the queue waits for a new sign-in. */
class SignedOut extends Error {}

function uploadPhoto(photo: Photo & { blob: Blob }, token: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const upload = new Upload(photo.blob, {
      endpoint: '/uploads',
      uploadUrl: photo.uploadUrl ?? null,
      headers: { authorization: `Bearer ${token}` },
      metadata: { filename: photo.name, filetype: photo.type },
      chunkSize: 512 * 1024,
      retryDelays: [0, 1000, 3000],
      // The address is kept with the photo in IndexedDB (below), not in localStorage.
      storeFingerprintForResuming: false,
      onUploadUrlAvailable: () => {
        if (upload.url) void db.photos.update(photo.id, { uploadUrl: upload.url });
      },
      onError: (error) => {
        const status = (error as { originalResponse?: { getStatus(): number } }).originalResponse?.getStatus();
        reject(status === 401 ? new SignedOut() : error);
      },
      onSuccess: () => resolve(attachmentIdOf(upload.url!)),
    });
    upload.start();
  });
}

async function uploadPhotos(userId: string, token: string): Promise<void> {
  const [items, photos] = await Promise.all([
    db.outbox.where('userId').equals(userId).toArray(),
    db.photos.where('userId').equals(userId).toArray(),
  ]);
  for (const photo of photosToUpload(items, userId, new Map(photos.map((p) => [p.id, p])))) {
    const current = (await db.photos.get(photo.id)) ?? photo;
    if (!current.blob) continue;
    const attachmentId = await uploadPhoto({ ...current, blob: current.blob }, token);
    await db.photos.update(photo.id, { attachmentId });
  }
}

async function submitBatches(client: Client, userId: string): Promise<void> {
  for (;;) {
    const [items, photos] = await Promise.all([
      db.outbox.where('userId').equals(userId).toArray(),
      db.photos.where('userId').equals(userId).toArray(),
    ]);
    const byId = new Map(photos.map((p) => [p.id, p]));
    const batch = nextBatch(items, userId, byId);
    if (batch.length === 0) return;
    const result = await client
      .mutation(
        SubmitObservationsMutation,
        { input: { observations: batch.map((q) => submission(q, byId)) } },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (result.error) {
      const unauthenticated =
        result.error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') || result.error.response?.status === 401;
      if (unauthenticated) throw new SignedOut();
      const message = result.error.message;
      await db.outbox.bulkUpdate(batch.map((q) => ({ key: q.id, changes: { lastError: message } })));
      throw result.error;
    }
    const answers = result.data!.submitObservations;
    const states = settle(answers);
    const sentAt = new Date().toISOString();
    await db.transaction('rw', db.outbox, db.photos, async () => {
      for (const answer of answers) {
        const state = states.get(answer.id);
        if (!state) continue;
        const changes: Partial<QueuedObservation> = { state, sentAt, result: answer, lastError: undefined };
        await db.outbox.update(answer.id, changes);
        // The server holds the photos now: free the phone's storage, keep their attachment ids.
        if (state === 'stored')
          await db.photos
            .where('ownerId')
            .equals(answer.id)
            .modify((p) => void delete p.blob);
      }
    });
    // An answer that named none of the batch would loop for ever: stop and try again later.
    if (!batch.some((q) => states.has(q.id))) return;
  }
}

let running: Promise<SyncOutcome> | null = null;

/**
 * One pass over the outbox for this user. Passes do not overlap in this page, nor across pages of the app
 * (a Web Lock where the browser has them); overlapping would still store each observation once.
 */
export function syncOutbox(client: Client, userId: string): Promise<SyncOutcome> {
  if (running) return running;
  const pass = async (): Promise<SyncOutcome> => {
    if (!navigator.onLine) return 'offline';
    const token = session.token();
    if (!tokenUsable(token, new Date())) return 'signed-out';
    try {
      await uploadPhotos(userId, token!);
      await submitBatches(client, userId);
      return 'done';
    } catch (error) {
      if (error instanceof SignedOut) {
        session.clear();
        return 'signed-out';
      }
      return navigator.onLine ? 'failed' : 'offline';
    }
  };
  const locked = (): Promise<SyncOutcome> => (navigator.locks ? navigator.locks.request('scrutineer-observer-sync', pass) : pass());
  running = locked().finally(() => {
    running = null;
  });
  return running;
}
