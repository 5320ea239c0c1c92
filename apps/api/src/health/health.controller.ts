import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { READ_DATA_SOURCE } from '@scrutineer/platform';
import { DataSource } from 'typeorm';

/**
 * `/health` — the process is alive. `/health/ready` — it can serve: the database answers.
 * `/health/replica` — the read replica that reports query (DATABASE_READ_URL): that it answers, is a
 * standby, and how far its replay is behind the primary. A replica that is down fails only this
 * check, not readiness: the reports fail, everything else is served.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    @Inject(READ_DATA_SOURCE) private readonly reads: DataSource,
  ) {}

  @Get()
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () =>
        this.indicators
          .check('database')
          .attempt(async () => {
            await this.dataSource.query('SELECT 1');
          })
          .withTimeout(3000),
    ]);
  }

  @Get('replica')
  @HealthCheck()
  replica() {
    return this.health.check([
      () =>
        this.indicators
          .check('replica')
          .attempt(async () => {
            if (this.reads === this.dataSource) return { configured: false };
            const [standby] = (await this.reads.query(
              `SELECT pg_is_in_recovery() AS "inRecovery", pg_last_wal_replay_lsn()::text AS replayed,
                      extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float AS "lastReplayAgeSeconds"`,
            )) as { inRecovery: boolean; replayed: string | null; lastReplayAgeSeconds: number | null }[];
            if (!standby!.inRecovery) throw new Error('DATABASE_READ_URL is not a standby (pg_is_in_recovery() is false)');
            // Bytes of WAL the primary has written that the standby has not replayed yet.
            const [behind] = (await this.dataSource.query('SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1)::float AS bytes', [
              standby!.replayed,
            ])) as { bytes: number | null }[];
            return { configured: true, lagBytes: behind!.bytes, lastReplayAgeSeconds: standby!.lastReplayAgeSeconds };
          })
          .withTimeout(3000),
    ]);
  }
}
