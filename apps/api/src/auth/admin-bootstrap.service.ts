import { type AppConfig, APP_CONFIG, CLOCK, PinoLogger } from '@scrutineer/platform';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Clock } from '@scrutineer/domain';
import { UserEntity } from '@scrutineer/db';
import { AuditLog } from '@scrutineer/workflow';
import { DataSource } from 'typeorm';
import { ensureAdmin } from './bootstrap-admin.js';

/** What start-up did about the first administrator; main.ts prints it. */
export interface AdminNotice {
  /** Empty when no account exists yet and none was created (server mode without ADMIN_USERNAME). */
  username: string;
  /** No account exists: the banner says how to create the first administrator. */
  noAccounts?: boolean;
  /** Set only when the password was generated here and must be shown once. */
  generatedPassword?: string;
  passwordFile?: string;
}

/**
 * At start-up: create the admin named by ADMIN_USERNAME/ADMIN_PASSWORD if missing. In embedded
 * mode with no account at all, create `admin` with a generated password (written to
 * DATA_DIR/initial-admin-password, readable by the owner only) so `npm start` is enough to begin.
 */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  notice: AdminNotice | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('AdminBootstrap');
  }

  async onApplicationBootstrap(): Promise<void> {
    const spec = this.config.bootstrapAdmin;
    if (spec) {
      const outcome = await ensureAdmin(this.dataSource, this.audit, this.clock, { ...spec, jurisdiction: this.config.rootJurisdiction });
      if (outcome.created) this.logger.info({ username: spec.username }, 'administrator created from ADMIN_USERNAME');
      this.notice = { username: spec.username };
      return;
    }
    if (this.config.env === 'test') return;
    if ((await this.dataSource.manager.count(UserEntity)) > 0) return;
    if (this.config.database.kind !== 'embedded') {
      // On a server nobody is created unasked: say how, rather than leave a newcomer with no way in.
      this.notice = { username: '', noAccounts: true };
      return;
    }
    const password = randomBytes(12).toString('base64url');
    const outcome = await ensureAdmin(this.dataSource, this.audit, this.clock, {
      username: 'admin',
      password,
      displayName: 'Administrator',
      jurisdiction: this.config.rootJurisdiction,
    });
    if (!outcome.created) return;
    const passwordFile = join(this.config.dataDir, 'initial-admin-password');
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    this.notice = { username: 'admin', generatedPassword: password, passwordFile };
  }
}
