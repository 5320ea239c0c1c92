import {
  VIOLATION_CASE_CATEGORY,
  caseLevelOf,
  clipText,
  competentLevelFor,
  systemActor,
  type JurisdictionLevel,
  type ViolationCode,
  type WorkingDays,
} from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import type { OutboxHandler, WorkflowEngine } from '@scrutineer/workflow';
import { openCase } from '../cases/open-case.js';

const RELAY = systemActor('relay');

export interface SeriousViolationPayload {
  observationId: string;
  electionId: string;
  teamId: string;
  violations: { code: ViolationCode; severity: string; description: string }[];
  narrative: string;
}

/**
 * A MAJOR or CRITICAL violation on an observation opens a SUPERVISION_FINDING case, exactly once: the
 * relay records the delivery in the same savepoint, and the case row's unique observation id makes a
 * second case impossible even so. The case goes to the team's own unit, registered and blocking.
 */
export function supervisionFindingHandler(engine: WorkflowEngine, calendar: WorkingDays): OutboxHandler {
  return {
    name: 'cases.supervision-finding',
    topics: ['observation.serious_violation'],
    async handle(message, { manager, now }) {
      const p = message.payload as unknown as SeriousViolationPayload;
      const [existing] = await sql(manager, 'SELECT 1 FROM cases WHERE observation_id = $1', [p.observationId]);
      if (existing) return;
      const [where] = await sql<{
        team_unit: string;
        team_level: JurisdictionLevel;
        place: string;
        place_level: JurisdictionLevel;
        organization_id: string;
      }>(
        manager,
        `SELECT t.jurisdiction_id AS team_unit, tj.level AS team_level, e.jurisdiction_id AS place, ej.level AS place_level, e.organization_id
           FROM supervision_teams t JOIN jurisdictions tj ON tj.id = t.jurisdiction_id,
                elections e JOIN jurisdictions ej ON ej.id = e.jurisdiction_id
          WHERE t.id = $1 AND e.id = $2`,
        [p.teamId, p.electionId],
      );
      if (!where) throw new Error(`Observation ${p.observationId}: its team or election is gone`);
      const first = p.violations[0]!;
      const opened = await openCase(manager, engine, calendar, RELAY, now, {
        kind: 'SUPERVISION_FINDING',
        channel: 'OBSERVATION',
        category: VIOLATION_CASE_CATEGORY[first.code],
        title: clipText(`督导发现: ${p.violations.map((v) => `${v.code} (${v.severity})`).join(', ')}`, 200),
        body: clipText([p.narrative, ...p.violations.map((v) => `${v.code} ${v.severity}: ${v.description}`)].join('\n'), 20000) || '—',
        subject: { electionId: p.electionId, candidateId: null, organizationId: where.organization_id, jurisdictionId: where.place },
        unit: { id: where.team_unit, level: caseLevelOf(where.team_level) },
        // The same rule as every intake: a village matter's competent body is the township (第二十条).
        competentLevel: competentLevelFor(caseLevelOf(where.place_level)),
        blocking: true,
        anonymous: true,
        filedByPublic: false,
        sameMatterAs: null,
        observationId: p.observationId,
      });
      await engine.send({ type: 'case', id: opened.id }, { type: 'REGISTER' }, RELAY, { manager });
    },
  };
}
