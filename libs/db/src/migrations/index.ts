import { Platform1763769600000 } from './1763769600000-platform.js';
import { Elections1763856000000 } from './1763856000000-elections.js';
import { Cases1763942400000 } from './1763942400000-cases.js';
import { Supervision1764028800000 } from './1764028800000-supervision.js';
import { Dates1764115200000 } from './1764115200000-dates.js';
import { RateLimits1764201600000 } from './1764201600000-rate-limits.js';
import { CaseQueues1764288000000 } from './1764288000000-case-queues.js';
import { CaseCounters1764331200000 } from './1764331200000-case-counters.js';
import { PublicFiling1764374400000 } from './1764374400000-public-filing.js';

/** Every migration, oldest first. Listed, not globbed: the build is ESM and globbing loads by path. */
export const MIGRATIONS = [
  Platform1763769600000,
  Elections1763856000000,
  Cases1763942400000,
  Supervision1764028800000,
  Dates1764115200000,
  RateLimits1764201600000,
  CaseQueues1764288000000,
  CaseCounters1764331200000,
  PublicFiling1764374400000,
];
