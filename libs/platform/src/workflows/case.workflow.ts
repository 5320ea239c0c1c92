import {
  CASE_MACHINE_VERSION,
  caseLevelOf,
  caseMachine,
  caseRules,
  localDateOf,
  migrateCaseContext,
  type CaseContext,
  type CaseFacts,
  type JurisdictionLevel,
} from '@scrutineer/domain';
import type { WorkflowDefinition } from '@scrutineer/workflow';
import type { Snapshot } from 'xstate';
import type { WorkflowSettings } from './settings.js';

/** The office clock due next (the complainant's windows count too: the public sees when theirs ends). */
function currentDue(context: CaseContext): string | null {
  const running = context.clocks.filter((k) => k.outcome === 'RUNNING');
  return running.length === 0 ? null : running.map((k) => k.dueOn).sort()[0]!;
}

/** The case workflow: the working-day calendar from configuration, the unit above from the database. */
export function caseWorkflow({ calendar, lateEntryDays }: WorkflowSettings): WorkflowDefinition<typeof caseMachine> {
  return {
    type: 'case',
    table: 'cases',
    machine: caseMachine,
    version: CASE_MACHINE_VERSION,
    rules: caseRules,
    internalEvents: ['DEADLINE', 'REMEDY_RESULT'],
    // The unit above the one handling the case, read with the case's row (no round trip of its own).
    readWithRow: {
      unit_parent_id: '(SELECT j.parent_id FROM jurisdictions j WHERE j.id = t.jurisdiction_id)',
      unit_parent_level: '(SELECT p.level FROM jurisdictions j JOIN jurisdictions p ON p.id = j.parent_id WHERE j.id = t.jurisdiction_id)',
    },
    async loadFacts({ withRow, now }): Promise<CaseFacts> {
      const parentId = withRow.unit_parent_id as string | null;
      const parentLevel = withRow.unit_parent_level as JurisdictionLevel | null;
      return {
        today: localDateOf(now),
        lateEntryDays,
        calendar,
        unitParent: parentId && parentLevel ? { id: parentId, level: caseLevelOf(parentLevel) } : null,
      };
    },
    migrateSnapshot: (snapshot, fromVersion) => {
      const persisted = snapshot as unknown as { context: CaseContext };
      return { ...persisted, context: migrateCaseContext(persisted.context, fromVersion) } as unknown as Snapshot<unknown>;
    },
    columns: (snapshot) => {
      const c = snapshot.context;
      const last = c.decisions.at(-1);
      return {
        jurisdiction_id: c.unitJurisdictionId,
        received_on: c.receivedOn,
        supervising_jurisdiction_id: c.supervisingJurisdictionId,
        assignee_id: c.assignee?.id ?? null,
        level: c.level,
        highest_level: c.highestLevel,
        cross_level: c.crossLevel,
        blocking: c.blocking,
        due_on: currentDue(c),
        overdue: c.clocks.some((k) => k.outcome === 'RUNNING' && k.overdue),
        finding: last?.finding ?? null,
        merged_into_id: c.acceptance?.mergedInto ?? null,
        // 办结: the written reply (第三十四条); the review window may still be open.
        replied_on: c.replies.find((r) => r.stage === 'HANDLING')?.on ?? null,
      };
    },
  };
}
