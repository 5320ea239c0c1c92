import { type AppConfig, APP_CONFIG } from '@scrutineer/platform';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DomainError } from '@scrutineer/domain';
import { LRUCache } from 'lru-cache';

interface TokenClaims {
  sub: string;
  /** The user's token version when issued: a password change or deactivation bumps it. */
  tv: number;
}

type VerifiedClaims = TokenClaims & { exp: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Only tokens as `issue` makes them: a user id as subject, a token version, and an expiry (a token without one would never end). */
const wellFormed = (claims: Partial<TokenClaims> & { exp?: unknown }): claims is VerifiedClaims =>
  typeof claims.sub === 'string' && UUID.test(claims.sub) && Number.isSafeInteger(claims.tv) && typeof claims.exp === 'number';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

const ISSUER = 'scrutineer';
const AUDIENCE = 'scrutineer-api';

@Injectable()
export class TokenService {
  /**
   * Tokens whose signature and claims were checked, by their exact text (signature included): a client
   * sends the same token with every request, and checking it again cost a tenth of a cheap read (issue 12).
   * Only expiry can change for the same text, and it is checked on every use. Revocation is the account's
   * token version, checked by ActorResolver, not here.
   */
  private readonly verified = new LRUCache<string, VerifiedClaims>({ max: 10_000 });

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Tokens live on wall-clock time (jsonwebtoken checks expiry against it), not the domain clock. */
  async issue(userId: string, tokenVersion: number): Promise<IssuedToken> {
    const ttl = this.config.auth.tokenTtlSeconds;
    const iat = Math.floor(Date.now() / 1000);
    const token = await this.jwt.signAsync({ sub: userId, tv: tokenVersion, iat } satisfies TokenClaims & { iat: number }, {
      expiresIn: ttl,
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithm: 'HS256',
    });
    return { token, expiresAt: new Date((iat + ttl) * 1000) };
  }

  async verify(token: string): Promise<TokenClaims> {
    const known = this.verified.get(token);
    if (known) {
      // jsonwebtoken's rule: expired once the current second reaches `exp`.
      if (Math.floor(Date.now() / 1000) < known.exp) return known;
      this.verified.delete(token);
    }
    try {
      const claims = await this.jwt.verifyAsync<Partial<TokenClaims>>(token, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      if (!wellFormed(claims)) throw new Error('malformed claims');
      this.verified.set(token, claims);
      return claims;
    } catch {
      throw new DomainError('UNAUTHENTICATED', 'Your session token is invalid or has expired; sign in again');
    }
  }
}
