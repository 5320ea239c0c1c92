import { createActor, type AnyMachineSnapshot, type AnyStateMachine, type Snapshot } from 'xstate';
import type { EntityManager } from 'typeorm';

/**
 * Revive a persisted snapshot. `createActor(..., { snapshot })` is XState's own restore path: it
 * revives history values and children, which `resolveState` does not. The actor is never started,
 * so no action runs.
 */
export function restoreSnapshot(machine: AnyStateMachine, persisted: Snapshot<unknown>): AnyMachineSnapshot {
  return createActor(machine, { snapshot: persisted }).getSnapshot() as AnyMachineSnapshot;
}

export function persistSnapshot(machine: AnyStateMachine, snapshot: AnyMachineSnapshot): Snapshot<unknown> {
  return machine.getPersistedSnapshot(snapshot) as Snapshot<unknown>;
}

/** Writers that rely on row and advisory locks must run inside a transaction, or the locks vanish at once. */
export function assertInTransaction(manager: EntityManager, what: string): void {
  if (!manager.queryRunner?.isTransactionActive) throw new Error(`${what} must run inside a transaction`);
}
