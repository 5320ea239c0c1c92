import { setTimeout } from 'node:timers/promises';
import { DomainError } from '@scrutineer/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** Pause before the retry, plus as much again at random, so that two victims do not retry in step. */
const RETRY_PAUSE_MS = 25;

/** SQLSTATEs PostgreSQL ends a transaction with when it collided with another: retrying can succeed. */
const COLLISIONS: Record<string, string> = {
  '40P01': 'a deadlock with another change',
  '40001': 'a serialization failure against another change',
};

/** The SQLSTATE of a collision (deadlock, serialization failure), or null for any other error. */
export function collisionCode(err: unknown): string | null {
  const code = (err as { code?: unknown; driverError?: { code?: unknown } } | null)?.driverError?.code ?? (err as { code?: unknown })?.code;
  return typeof code === 'string' && code in COLLISIONS ? code : null;
}

/** The stable answer once the retry collided too: CONFLICT, so clients reload and try again. */
export function collisionConflict(code: string): DomainError {
  return new DomainError(
    'CONFLICT',
    `This change ran into ${COLLISIONS[code] ?? 'another change'} at the same moment and was not made. Reload and try again.`,
    { sqlState: code },
  );
}

/**
 * Run `work` in a transaction; when PostgreSQL ends it for a deadlock or a serialization failure, run the
 * whole transaction once more (the other side has usually finished by then), and answer CONFLICT if it
 * collides again. `work` must be safe to run twice: it only writes through its transaction.
 */
export async function retryingTransaction<T>(dataSource: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await dataSource.transaction(work);
  } catch (first) {
    if (!collisionCode(first)) throw first;
  }
  // A moment's pause first: a retry at once can take its rows back before the survivor, waiting for them,
  // wakes up (PostgreSQL lets a free row be locked without queueing), and deadlock with it again.
  await setTimeout(RETRY_PAUSE_MS + Math.random() * RETRY_PAUSE_MS);
  try {
    return await dataSource.transaction(work);
  } catch (second) {
    const code = collisionCode(second);
    throw code ? collisionConflict(code) : second;
  }
}
