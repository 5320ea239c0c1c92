import { systemActor, type Role, type WorkflowActor } from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import { ManualClock, WorkflowEngine, WorkflowRegistry } from '@scrutineer/workflow';
import type { DataSource } from 'typeorm';
import { createWidgetTable, widgetDefinition } from './widget.js';

export const userActor = (role: Role, label = role.toLowerCase()): WorkflowActor => ({
  kind: 'user',
  id: '00000000-0000-4000-8000-000000000001',
  role,
  label,
  ip: '127.0.0.1',
});

export const SYSTEM = systemActor('test');

export async function widgetEngine(dataSource: DataSource, clock = new ManualClock('2026-03-01T00:00:00.000Z')) {
  await createWidgetTable(dataSource);
  const engine = new WorkflowEngine(dataSource, new WorkflowRegistry([widgetDefinition]), clock);
  return { engine, clock };
}

export async function countRows(dataSource: DataSource, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [row] = await sql<{ n: number }>(dataSource.manager, `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return Number(row!.n);
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string; details?: Record<string, unknown> }> {
  try {
    await promise;
  } catch (err) {
    return err as Error & { code?: string };
  }
  throw new Error('expected the promise to reject');
}
