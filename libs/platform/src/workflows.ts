import type { OutboxHandler, WorkflowDefinition } from '@scrutineer/workflow';

/**
 * Every workflow definition and outbox handler, registered in this one place so that the API and
 * the standalone worker always run the same set. (A relay or scheduler leaves alone what it does not
 * know, so a rolling upgrade loses nothing; but a set that differs between processes delays work.)
 * The election, case and rectification workflows are added here as they are built.
 */
export const WORKFLOW_DEFINITIONS: WorkflowDefinition[] = [];
export const OUTBOX_HANDLERS: OutboxHandler[] = [];
