import type { OutboxHandler, WorkflowDefinition, WorkflowEngine } from '@scrutineer/workflow';
import type { WorkingDays } from '@scrutineer/domain';
import { caseRemedyHandler } from './case-remedy.handler.js';
import { caseWorkflow } from './case.workflow.js';
import { candidateResultsHandler } from './candidate-results.handler.js';
import { candidateWorkflow } from './candidate.workflow.js';
import { electionWorkflow } from './election.workflow.js';
import { rectificationWorkflow } from './rectification.workflow.js';
import { supervisionFindingHandler } from './supervision-finding.handler.js';

export * from './blockers.js';
export * from './case-blockers.js';
export { caseLevelOf } from './case.workflow.js';
export { candidateWorkflow, caseWorkflow, electionWorkflow, rectificationWorkflow };
export * from './order-blockers.js';

/**
 * Every workflow definition and outbox handler, registered in this one place so that the API and
 * the standalone worker always run the same set. (A relay or scheduler leaves alone what it does not
 * know, so a rolling upgrade loses nothing; but a set that differs between processes delays work.)
 */
export const workflowDefinitions = (calendar: WorkingDays): WorkflowDefinition[] => [
  electionWorkflow,
  candidateWorkflow,
  caseWorkflow(calendar) as unknown as WorkflowDefinition,
  rectificationWorkflow as unknown as WorkflowDefinition,
];

export const outboxHandlers = (engine: WorkflowEngine, calendar: WorkingDays = { holidays: [], workdays: [] }): OutboxHandler[] => [
  candidateResultsHandler(engine),
  caseRemedyHandler(engine),
  supervisionFindingHandler(engine, calendar),
];
