import type { CaseContext } from './case.types.js';

/**
 * Bring a case context written by an older case machine up to date (CASE_MACHINE_VERSION).
 * Version 1 kept no dates given: what it recorded was taken as given on the day it was recorded.
 */
export function migrateCaseContext(context: CaseContext, fromVersion: number): CaseContext {
  if (fromVersion >= 2) return context;
  return { ...context, datesGiven: context.datesGiven ?? [] };
}
