import { PinoLogger } from '@scrutineer/platform';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { sql } from '@scrutineer/db';
import { DomainError } from '@scrutineer/domain';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { rateLimitStore } from './store-client.js';

/** The table the migration RateLimits1764201600000 creates. */
const TABLE = 'rate_limits';
/** Ended windows are swept this often (one DELETE for every limiter's keys). */
const SWEEP_MS = 5 * 60_000;

export interface LimiterSpec {
  /** Keeps this limiter's keys apart from the others' in the one table. */
  name: string;
  points: number;
  windowSeconds: number;
}

/** RATE_LIMITED, saying when to try again; every limit answers alike. */
export function rateLimited(msBeforeNext: number, what = 'requests'): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new DomainError('RATE_LIMITED', `Too many ${what}; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
}

/**
 * Rate limits kept in the database (rate-limiter-flexible's PostgreSQL store, on our DataSource): every
 * API process counts against the same limit, and a restart forgets nothing. A key over its limit is also
 * remembered in memory until its window ends, so a flood from it stops reaching the database.
 */
@Injectable()
export class RateLimits implements OnModuleDestroy {
  private readonly store;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('RateLimits');
    this.store = rateLimitStore(dataSource);
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_MS);
    this.sweeper.unref();
  }

  /** Delete windows that have ended (a key seen again starts a new window either way). */
  async sweep(now = Date.now()): Promise<number> {
    try {
      return (await sql(this.dataSource.manager, `DELETE FROM ${TABLE} WHERE expire < $1 RETURNING key`, [now])).length;
    } catch (err) {
      this.logger.warn({ err }, 'sweeping expired rate-limit windows failed; tried again later');
      return 0;
    }
  }

  limiter(spec: LimiterSpec): RateLimiterPostgres {
    const limiter = new RateLimiterPostgres({
      storeClient: this.store,
      storeType: 'client',
      tableName: TABLE,
      tableCreated: true,
      keyPrefix: spec.name,
      points: spec.points,
      duration: spec.windowSeconds,
      inMemoryBlockOnConsumed: spec.points + 1,
      // The sweep below does it once for the table, and stops with the app.
      clearExpiredByTimeout: false,
    });
    return limiter;
  }

  /** Take one point for `key`; RATE_LIMITED once the window's points are spent. Database errors propagate. */
  async consume(limiter: RateLimiterPostgres, key: string, what?: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw rateLimited(error.msBeforeNext, what);
      throw error;
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }
}
