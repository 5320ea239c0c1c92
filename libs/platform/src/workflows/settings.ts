import { DEFAULT_LATE_ENTRY_DAYS, type WorkingDays } from '@scrutineer/domain';
import type { AppConfig } from '../config/app-config.js';

/** What the workflow definitions take from configuration: the working-day calendar and LATE_ENTRY_DAYS. */
export interface WorkflowSettings {
  calendar: WorkingDays;
  lateEntryDays: number;
}

export const DEFAULT_WORKFLOW_SETTINGS: WorkflowSettings = {
  calendar: { holidays: [], workdays: [] },
  lateEntryDays: DEFAULT_LATE_ENTRY_DAYS,
};

export const workflowSettings = (config: Pick<AppConfig, 'cases' | 'dates'>): WorkflowSettings => ({
  calendar: { holidays: config.cases.holidays, workdays: config.cases.workdays },
  lateEntryDays: config.dates.lateEntryDays,
});
