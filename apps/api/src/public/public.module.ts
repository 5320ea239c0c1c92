import { Module } from '@nestjs/common';
import { ProofOfWork } from './proof-of-work.js';
import { PublicDirectoryResolver } from './public-directory.resolver.js';

/** What the public pages use besides filing and status (cases/): the picker and the proof of work. */
@Module({
  providers: [ProofOfWork, PublicDirectoryResolver],
  exports: [ProofOfWork],
})
export class PublicModule {}
