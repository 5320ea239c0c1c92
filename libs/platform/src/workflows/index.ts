import type { OutboxHandler, WorkflowDefinition, WorkflowEngine } from '@scrutineer/workflow';
import { candidateResultsHandler } from './candidate-results.handler.js';
import { candidateWorkflow } from './candidate.workflow.js';
import { electionWorkflow } from './election.workflow.js';

export * from './blockers.js';
export { candidateWorkflow, electionWorkflow };

/**
 * Every workflow definition and outbox handler, registered in this one place so that the API and
 * the standalone worker always run the same set. (A relay or scheduler leaves alone what it does not
 * know, so a rolling upgrade loses nothing; but a set that differs between processes delays work.)
 */
export const WORKFLOW_DEFINITIONS: WorkflowDefinition[] = [electionWorkflow, candidateWorkflow];

export const outboxHandlers = (engine: WorkflowEngine): OutboxHandler[] => [candidateResultsHandler(engine)];
