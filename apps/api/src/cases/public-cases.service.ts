import { Inject, Injectable } from '@nestjs/common';
import { DomainError, badInput, caseLevelOf, competentLevelFor, type CaseContext, type Clock } from '@scrutineer/domain';
import { CaseEntity, JurisdictionEntity, sql } from '@scrutineer/db';
import { APP_CONFIG, CLOCK, IdentityCipher, type AppConfig } from '@scrutineer/platform';
import { WorkflowEngine, retryingTransaction } from '@scrutineer/workflow';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { publicActor } from '../auth/actor.js';
import { clientKey } from '../rate-limits/client-key.js';
import { RateLimits } from '../rate-limits/rate-limits.service.js';
import { burnPasswordCheck, verifyPassword } from '../auth/passwords.js';
import { CasesService } from './cases.service.js';
import type { FileComplaintInput } from './dto/case.inputs.js';
import { identityGiven } from './identity.js';
import { openTrackedCase } from './open-case.js';
import { publicView, type PublicCaseView } from './public-status.js';
import { normalizeTrackingCode } from '@scrutineer/platform';
import { ProofOfWork } from '../public/proof-of-work.js';
import { attachPhotos } from './case-attachments.js';

const UNKNOWN = 'No case matches this tracking code and PIN';
/** Wrong PINs allowed per tracking code and hour. */
export const WRONG_PINS_PER_CODE = 10;

/**
 * The public's side, without an account: file a complaint (anonymously if they wish) and follow it
 * with the tracking code and PIN. Rate-limited per client address; a wrong PIN and an unknown code
 * answer alike, in the same time, so neither tells whether the code exists.
 */
@Injectable()
export class PublicCasesService {
  /** Requests per client address (IPv6: per /64), in the database: shared by every API process. */
  private readonly limiter: RateLimiterPostgres;
  /** Wrong PINs per tracking code, whatever the address: guessing from many addresses gets nowhere either. */
  private readonly pinFailures: RateLimiterPostgres;

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: WorkflowEngine,
    private readonly cases: CasesService,
    private readonly cipher: IdentityCipher,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly limits: RateLimits,
    private readonly proofOfWork: ProofOfWork,
  ) {
    this.limiter = limits.limiter({
      name: 'public',
      points: config.publicApi.rateLimit,
      windowSeconds: config.publicApi.rateWindowSeconds,
    });
    this.pinFailures = limits.limiter({ name: 'pin', points: WRONG_PINS_PER_CODE, windowSeconds: 3600 });
  }

  /** One request from this client; RATE_LIMITED past the configured number per window. */
  async throttle(client: string | null): Promise<void> {
    await this.limits.consume(this.limiter, clientKey(client));
  }

  async file(
    client: string | null,
    input: FileComplaintInput,
  ): Promise<{ trackingCode: string; pin: string; status: PublicCaseView & { followedIn: null } }> {
    await this.throttle(client);
    // No address on the record: an anonymous complainant stays anonymous in the audit trail too.
    const actor = publicActor(null);
    const opened = await retryingTransaction(this.dataSource, async (tx) => {
      // Spent in this transaction: a filing refused for its input spends nothing, a replay writes nothing.
      if (this.proofOfWork.required) await this.proofOfWork.spend(tx, input.proofOfWork);
      const place = await tx.findOne(JurisdictionEntity, { where: { id: input.jurisdictionId } });
      if (!place) throw badInput('jurisdictionId names no place', { field: 'jurisdictionId' });
      if (input.electionId) {
        const [inPlace] = await sql(
          tx,
          `SELECT 1 FROM elections e JOIN jurisdictions j ON j.id = e.jurisdiction_id WHERE e.id = $1 AND starts_with(j.path, $2)`,
          [input.electionId, place.path],
        );
        if (!inPlace) throw badInput('electionId names no election in that place', { field: 'electionId' });
      }
      const { subject } = await this.cases.resolveSubject(
        null,
        { electionId: input.electionId, candidateId: input.candidateId, jurisdictionId: place.id },
        tx,
      );
      if (input.candidateId && subject.electionId) {
        const [inPlace] = await sql(
          tx,
          `SELECT 1 FROM elections e JOIN jurisdictions j ON j.id = e.jurisdiction_id WHERE e.id = $1 AND starts_with(j.path, $2)`,
          [subject.electionId, place.path],
        );
        if (!inPlace) throw badInput('candidateId names no candidate in that place', { field: 'candidateId' });
      }
      // 第二十条: to the body competent for the place (libs/domain competentLevelFor): a village matter goes to its town.
      const competentLevel = competentLevelFor(caseLevelOf(place.level));
      const unit =
        competentLevel !== caseLevelOf(place.level) && place.parentId
          ? await tx.findOneOrFail(JurisdictionEntity, { where: { id: place.parentId } })
          : place;
      const tracked = await openTrackedCase(tx, this.engine, this.cipher, this.config.cases, actor, this.clock.now(), {
        kind: input.kind,
        channel: 'ONLINE',
        category: input.category,
        title: input.title.trim(),
        body: input.body,
        subject,
        unit: { id: unit.id, level: caseLevelOf(unit.level) },
        competentLevel,
        // Nobody holds up an election anonymously: a handler marks a public filing blocking once registered.
        blocking: false,
        identity: identityGiven(input.identity),
        filedByPublic: true,
        sameMatterAs: null,
        roll: await this.cases.roll(subject.electionId, tx),
        lateEntryDays: this.config.dates.lateEntryDays,
      });
      await attachPhotos(tx, tracked.id, input.attachmentIds ?? []);
      return tracked;
    });
    const row = await this.dataSource.manager.findOneByOrFail(CaseEntity, { id: opened.id });
    return { trackingCode: opened.trackingCode, pin: opened.pin, status: { ...publicView(row, row.snapshot.context), followedIn: null } };
  }

  /** The public status of a case; NOT_FOUND alike for an unknown code and a wrong PIN. */
  async status(client: string | null, trackingCode: string, pin: string): Promise<PublicCaseView & { followedIn: PublicCaseView | null }> {
    await this.throttle(client);
    const row = await this.authenticate(trackingCode, pin);
    return { ...publicView(row, row.snapshot.context), followedIn: await this.followed(row) };
  }

  /**
   * The case a merged one follows: where it stands and when it is due — not its reply or extension,
   * which were written to another complainant.
   */
  async followed(row: CaseEntity): Promise<PublicCaseView | null> {
    if (!row.mergedIntoId) return null;
    const into = await this.dataSource.manager.findOneBy(CaseEntity, { id: row.mergedIntoId });
    return into ? { ...publicView(into, into.snapshot.context as CaseContext), reply: null, extension: null } : null;
  }

  async authenticate(trackingCode: string, pin: string): Promise<CaseEntity> {
    const code = normalizeTrackingCode(trackingCode);
    // Checked before the PIN, for codes that exist and codes that do not alike.
    if ((await this.pinFailures.get(code))?.remainingPoints === 0) await this.limits.consume(this.pinFailures, code);
    const [secret] = await sql<{ id: string; pin_hash: string }>(
      this.dataSource.manager,
      'SELECT c.id, s.pin_hash FROM cases c JOIN case_secrets s ON s.case_id = c.id WHERE c.tracking_code = $1',
      [code],
    );
    const ok = secret ? await verifyPassword(secret.pin_hash, pin) : (await burnPasswordCheck(pin), false);
    if (!secret || !ok) {
      await this.pinFailures.penalty(code, 1);
      throw new DomainError('NOT_FOUND', UNKNOWN);
    }
    return this.dataSource.manager.findOneByOrFail(CaseEntity, { id: secret.id });
  }
}
