import { createHash, createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type Clock } from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import { APP_CONFIG, CLOCK, type AppConfig } from '@scrutineer/platform';
import { createChallenge, randomInt, verifySolution, type Challenge, type Payload } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { DataSource, type EntityManager } from 'typeorm';
import { resolveJwtSecret } from '../auth/jwt-secret.js';

/** How long a challenge may be solved and spent: long enough to write a complaint after the page loads. */
export const CHALLENGE_TTL_SECONDS = 30 * 60;
const ALGORITHM = 'SHA-256';
/** The longest payload taken (a challenge and its solution are about 600 characters in base64). */
const MAX_PAYLOAD = 4000;

/** The signing key: PROOF_OF_WORK_HMAC_KEY, else one derived from the JWT secret (never the secret itself). */
export function proofOfWorkKey(config: AppConfig): string {
  return config.proofOfWork.hmacKey ?? createHmac('sha256', resolveJwtSecret(config)).update('scrutineer proof of work').digest('hex');
}

/**
 * ALTCHA proof of work (altcha-lib, self-hosted: nothing is asked of anyone else) before the public may
 * file or upload: a script flooding the form pays a second or so of CPU per request. A challenge is
 * signed with our key and carries its expiry; its solution is accepted once: its signature is kept in
 * `proof_of_work_spent` until it expires, written in the caller's transaction so that a refused
 * filing spends nothing.
 */
@Injectable()
export class ProofOfWork {
  private readonly key: string;
  private readonly keySignatureKey: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {
    this.key = proofOfWorkKey(config);
    this.keySignatureKey = createHmac('sha256', this.key).update('derived key').digest('hex');
  }

  get required(): boolean {
    return this.config.proofOfWork.required;
  }

  /** A new challenge: find the counter (up to PROOF_OF_WORK_MAX_NUMBER) whose SHA-256 key the signature names. */
  challenge(): Promise<Challenge> {
    const max = this.config.proofOfWork.maxNumber;
    return createChallenge({
      algorithm: ALGORITHM,
      cost: 1,
      counter: randomInt(Math.floor(max / 5), max),
      deriveKey,
      expiresAt: new Date(this.clock.now().getTime() + CHALLENGE_TTL_SECONDS * 1000),
      hmacSignatureSecret: this.key,
      hmacKeySignatureSecret: this.keySignatureKey,
    });
  }

  /**
   * Check a solution (base64 of ALTCHA's JSON payload `{ challenge, solution }`) and spend it in `tx`.
   * Answers the SHA-256 of the challenge's signature: an upload keeps it to know its uploader again.
   */
  async spend(tx: EntityManager, encoded: string | null | undefined): Promise<string> {
    if (!encoded)
      throw new DomainError('PROOF_OF_WORK_REQUIRED', 'Solve a proof-of-work challenge (proofOfWorkChallenge) and send its solution');
    const payload = decode(encoded);
    const result = payload
      ? await verifySolution({
          challenge: payload.challenge,
          solution: payload.solution,
          deriveKey,
          hmacSignatureSecret: this.key,
          hmacKeySignatureSecret: this.keySignatureKey,
        }).catch(() => null)
      : null;
    if (!payload || !result?.verified || payload.challenge.parameters.algorithm !== ALGORITHM) {
      throw new DomainError(
        'PROOF_OF_WORK_INVALID',
        'The proof of work is not a solved, unexpired challenge of this server: solve a new one',
      );
    }
    const now = this.clock.now();
    // Expired ones could not be spent again anyway: forget them as we go (an index range).
    await sql(tx, 'DELETE FROM proof_of_work_spent WHERE expires_at < $1 RETURNING signature', [now]);
    const signature = payload.challenge.signature!;
    const expiresAt = new Date((payload.challenge.parameters.expiresAt ?? now.getTime() / 1000 + CHALLENGE_TTL_SECONDS) * 1000);
    const [spent] = await sql(
      tx,
      'INSERT INTO proof_of_work_spent (signature, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING signature',
      [signature, expiresAt],
    );
    if (!spent) throw new DomainError('PROOF_OF_WORK_USED', 'This proof of work was used already: solve a new challenge');
    return uploadKeyOf(signature);
  }

  /**
   * Admit an anonymous upload: its proof of work is spent at once (in its own transaction), and the key
   * answered is what the upload keeps to know its uploader again (uploadKey). With PROOF_OF_WORK off,
   * the header is taken as it is, as the uploader's key.
   */
  admitUpload(encoded: string): Promise<string> {
    if (!this.required) return Promise.resolve(uploadKeyOf(encoded));
    return this.dataSource.transaction((tx) => this.spend(tx, encoded));
  }

  /** The key of the upload this header's proof of work admitted (null: not a proof of work at all). */
  uploadKey(encoded: string): string | null {
    if (!this.required) return uploadKeyOf(encoded);
    const payload = decode(encoded);
    return payload ? uploadKeyOf(payload.challenge.signature!) : null;
  }
}

/** What an anonymous upload keeps of the proof of work that admitted it. */
export const uploadKeyOf = (signature: string): string => createHash('sha256').update(signature).digest('hex');

function decode(encoded: string): Payload | null {
  if (encoded.length > MAX_PAYLOAD) return null;
  try {
    const payload = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as Payload;
    const ok =
      typeof payload === 'object' &&
      payload !== null &&
      typeof payload.challenge?.signature === 'string' &&
      typeof payload.challenge.parameters === 'object' &&
      payload.challenge.parameters !== null &&
      typeof payload.solution === 'object' &&
      payload.solution !== null;
    return ok ? payload : null;
  } catch {
    return null;
  }
}
