import { type AppConfig, APP_CONFIG } from '@scrutineer/platform';
import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { Actor } from './actor.js';

/** What a request needs to know of its token's account, as last read from the database. */
export interface SessionAccount {
  userId: string;
  username: string;
  role: Actor['role'];
  jurisdictionId: string;
  scopePath: string;
  active: boolean;
  tokenVersion: number;
}

/**
 * The accounts behind recent tokens, kept for SESSION_CACHE_SECONDS so that a request does not read the
 * account again (issue 12: that read was a third of a cheap request). A change in this process (password,
 * role, jurisdiction, deactivation) forgets the account at once; another process's change reaches this one
 * when the entry expires. A token newer than the cached account (a fresh sign-in) always reads it again.
 */
@Injectable()
export class SessionCache {
  private readonly accounts: LRUCache<string, SessionAccount> | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const seconds = config.auth.sessionCacheSeconds;
    this.accounts = seconds > 0 ? new LRUCache({ max: 20_000, ttl: seconds * 1000 }) : undefined;
  }

  /** The account as cached, if it was read for this token version (or a later one). */
  get(userId: string, tokenVersion: number): SessionAccount | undefined {
    const account = this.accounts?.get(userId);
    return account && account.tokenVersion >= tokenVersion ? account : undefined;
  }

  remember(account: SessionAccount): void {
    this.accounts?.set(account.userId, account);
  }

  /** Call after committing any change that ends the account's sessions. */
  forget(userId: string): void {
    this.accounts?.delete(userId);
  }
}
