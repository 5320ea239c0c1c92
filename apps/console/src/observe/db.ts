import Dexie, { type Table } from 'dexie';
import type { ObservationPayload } from './queue';

/**
 * Everything the observer app keeps on the phone, in IndexedDB (it survives a reload, a crash and a lost
 * signal): the data it works from, the form being typed, the observations waiting to go up and their photos.
 * Every record carries the id of the user who made it, so a phone shared by two observers never sends one's
 * work under the other's name.
 */

/** What the app last read from the server (who is signed in, teams, elections, vocabulary, sites), by name. */
export interface CachedData {
  key: string;
  value: unknown;
  savedAt: string;
}

/** The form as it was last typed: one per user, written on every change. */
export interface Draft {
  userId: string;
  form: unknown;
  updatedAt: string;
}

/** Where a saved observation stands: waiting to go up, stored by the server (new or already there), or refused. */
export type QueueState = 'waiting' | 'stored' | 'refused';

export interface QueuedObservation {
  /** Made on the phone (a UUID): the server stores each id once, so sending again never makes a copy. */
  id: string;
  userId: string;
  state: QueueState;
  payload: ObservationPayload;
  /** The photos in the order taken (ids in `photos`). */
  photoIds: string[];
  savedAt: string;
  sentAt?: string;
  /** The server's answer: CREATED, DUPLICATE or REJECTED, with flags and the reasons of a refusal. */
  result?: SubmissionOutcome;
  /** Why the last attempt did not get an answer (no network, the server down). */
  lastError?: string;
}

export interface SubmissionOutcome {
  status: string;
  flags: { rule: string; item?: string | null; message: string; values: Record<string, unknown> }[];
  problems: { rule: string; message: string }[];
}

export interface Photo {
  id: string;
  userId: string;
  /** The draft's user id while on the form, then the observation's id once saved. */
  ownerId: string;
  /** Dropped once the server has stored the observation: the phone keeps no copy it no longer needs. */
  blob?: Blob;
  name: string;
  type: string;
  /** The tus upload's address once created: an interrupted upload resumes from there. */
  uploadUrl?: string;
  /** The attachment's id once the last byte is on the server. */
  attachmentId?: string;
}

export class ObserverDb extends Dexie {
  cache!: Table<CachedData, string>;
  drafts!: Table<Draft, string>;
  outbox!: Table<QueuedObservation, string>;
  photos!: Table<Photo, string>;

  constructor(name = 'scrutineer-observer') {
    super(name);
    this.version(1).stores({
      cache: 'key',
      drafts: 'userId',
      outbox: 'id, userId, state, savedAt',
      photos: 'id, ownerId, userId',
    });
  }
}

export const db = new ObserverDb();
