import { createSecretKey } from 'node:crypto';
import { type AppConfig, APP_CONFIG } from '@scrutineer/platform';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { resolveJwtSecret } from './jwt-secret.js';
import { UsersModule } from '../users/users.module.js';
import { AccessGuard } from './access.guard.js';
import { ActorResolver } from './actor-resolver.service.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { SessionCache } from './session-cache.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { TokenService } from './token.service.js';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A KeyObject, not a string: given a string, jsonwebtoken first tries it as a public key and fails
      // before using it as a secret, which costs ~0.5 ms on every request (issue 12's profile).
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(resolveJwtSecret(config), 'utf8')),
        signOptions: { algorithm: 'HS256' },
      }),
    }),
    UsersModule,
  ],
  providers: [
    TokenService,
    SessionCache,
    ActorResolver,
    AuthService,
    AuthResolver,
    SignInThrottle,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [TokenService, ActorResolver, SessionCache],
})
export class AuthModule {}
