import type { Request } from 'express';
import type { Actor } from '../auth/actor.js';
import type { Loaders } from './loaders.js';

export type ScrutineerRequest = Request & { actor?: Actor | null };

/** The GraphQL context of one request. */
export interface RequestContext {
  req: ScrutineerRequest;
  loaders: Loaders;
}
