import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';

/** Readiness turns false as soon as shutdown begins, so a load balancer stops sending traffic. */
@Injectable()
export class ShutdownState implements BeforeApplicationShutdown {
  shuttingDown = false;

  beforeApplicationShutdown(): void {
    this.shuttingDown = true;
  }
}
