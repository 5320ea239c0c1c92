import { sha, solveChallenge, type Challenge } from 'altcha/lib';
import { CHALLENGE, gql } from './api';

/**
 * A solved proof of work (ALTCHA, self-hosted): a challenge from this server, solved here with the
 * browser's own SHA-256, as base64 of `{ challenge, solution }` — what fileComplaint and an anonymous
 * upload (X-Proof-Of-Work) take. Each is accepted once: solve one per filing and per photo.
 */
export async function solveProofOfWork(signal?: AbortSignal): Promise<string> {
  const { proofOfWorkChallenge } = await gql<{ proofOfWorkChallenge: string }>(CHALLENGE);
  const challenge = JSON.parse(proofOfWorkChallenge) as Challenge;
  const controller = new AbortController();
  signal?.addEventListener('abort', () => controller.abort());
  const solution = await solveChallenge({ challenge, deriveKey: sha.deriveKey, controller });
  if (!solution) throw new Error('proof of work not solved');
  return btoa(JSON.stringify({ challenge, solution }));
}
