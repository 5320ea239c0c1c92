import type { OutboxHandler, WorkflowDefinition, WorkflowEngine } from '@scrutineer/workflow';
import { caseRemedyHandler } from './case-remedy.handler.js';
import { caseWorkflow } from './case.workflow.js';
import { candidateResultsHandler } from './candidate-results.handler.js';
import { candidateWorkflow } from './candidate.workflow.js';
import { electionWorkflow } from './election.workflow.js';
import { rectificationWorkflow } from './rectification.workflow.js';
import { supervisionFindingHandler } from './supervision-finding.handler.js';
import { DEFAULT_WORKFLOW_SETTINGS, type WorkflowSettings } from './settings.js';

export * from './blockers.js';
export * from './case-blockers.js';
export { candidateWorkflow, caseWorkflow, electionWorkflow, rectificationWorkflow };
export * from './order-blockers.js';
export * from './settings.js';

/**
 * Every workflow definition and outbox handler, registered in this one place so that the API and
 * the standalone worker always run the same set. (A relay or scheduler leaves alone what it does not
 * know, so a rolling upgrade loses nothing; but a set that differs between processes delays work.)
 */
export const workflowDefinitions = (settings: WorkflowSettings): WorkflowDefinition[] => [
  electionWorkflow(settings) as unknown as WorkflowDefinition,
  candidateWorkflow(settings) as unknown as WorkflowDefinition,
  caseWorkflow(settings) as unknown as WorkflowDefinition,
  rectificationWorkflow as unknown as WorkflowDefinition,
];

export const outboxHandlers = (engine: WorkflowEngine, settings: WorkflowSettings = DEFAULT_WORKFLOW_SETTINGS): OutboxHandler[] => [
  candidateResultsHandler(engine),
  caseRemedyHandler(engine),
  supervisionFindingHandler(engine, settings.calendar),
];
