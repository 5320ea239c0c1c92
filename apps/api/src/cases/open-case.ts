import type { WorkflowActor, WorkingDays } from '@scrutineer/domain';
import { newPin, openCase, type IdentityCipher, type NewCase } from '@scrutineer/platform';
import type { WorkflowEngine } from '@scrutineer/workflow';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../auth/passwords.js';
import { sealIdentity, type ComplainantIdentity } from './identity.js';

/**
 * Open a case someone will follow from outside: with a PIN (returned once, kept only as its argon2
 * hash) and, if given, the complainant's identity sealed to the case.
 */
export async function openTrackedCase(
  tx: EntityManager,
  engine: WorkflowEngine,
  cipher: IdentityCipher,
  calendar: WorkingDays,
  actor: WorkflowActor,
  now: Date,
  c: Omit<NewCase, 'anonymous'> & { identity: ComplainantIdentity | null },
): Promise<{ id: string; trackingCode: string; pin: string }> {
  const pin = newPin();
  const { identity, ...rest } = c;
  const opened = await openCase(tx, engine, calendar, actor, now, { ...rest, anonymous: identity === null }, async (caseId) => ({
    pinHash: await hashPassword(pin),
    identitySealed: identity ? sealIdentity(cipher, caseId, identity) : null,
  }));
  return { ...opened, pin };
}
