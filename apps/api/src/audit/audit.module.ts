import { Global, Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';
import { PlatformAudit } from './platform-audit.service.js';

@Global()
@Module({ providers: [AuditService, AuditResolver, PlatformAudit], exports: [PlatformAudit, AuditService] })
export class AuditModule {}
