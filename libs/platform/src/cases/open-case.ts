import {
  DEFAULT_LATE_ENTRY_DAYS,
  VOTER_LIST_OBJECTION_FILE_DAYS,
  addDays,
  badInput,
  caseProfileFor,
  givenDateProblem,
  localDateOf,
  ruleViolation,
  type CaseCategory,
  type CaseChannel,
  type CaseInput,
  type CaseKind,
  type CaseLevel,
  type CaseSubject,
  type WorkflowActor,
  type WorkingDays,
} from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import type { WorkflowEngine } from '@scrutineer/workflow';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { newTrackingCode } from './tracking.js';

export interface NewCase {
  kind: CaseKind;
  channel: CaseChannel;
  category: CaseCategory;
  title: string;
  body: string;
  subject: CaseSubject;
  /** The unit receiving the case and its level; the subject's jurisdiction level (competent level). */
  unit: { id: string; level: CaseLevel };
  competentLevel: CaseLevel;
  blocking: boolean;
  /** Whether the complainant gave their identity (it is sealed by the caller, into `secrets`). */
  anonymous: boolean;
  filedByPublic: boolean;
  sameMatterAs: { id: string; state: string; trackingCode: string } | null;
  /**
   * For a case about an election: its roll — the day published (null: not yet) and the last day voters
   * may object (from the later of the day published and the day recorded). Undefined without an election.
   */
  roll?: { publishedOn: string | null; objectionsUntil: string | null };
  /** The day it arrived, if earlier than today (a letter). */
  receivedOn?: string;
  /** Why the day of arrival is entered more than LATE_ENTRY_DAYS later. */
  lateReason?: string;
  /** LATE_ENTRY_DAYS. */
  lateEntryDays?: number;
  /** The observation a supervision finding comes from (one case per observation). */
  observationId?: string;
}

/** What only the complainant holds, written apart from the case row (and so apart from its audit entry). */
export interface CaseSecrets {
  pinHash: string;
  identitySealed: string | null;
}

/** A voter-list objection is filed within 3 days of the roll's publication, or of its recording if later (seed 000 L382). */
function objectionInTime(roll: { publishedOn: string | null; objectionsUntil: string | null }, receivedOn: string): void {
  const days = VOTER_LIST_OBJECTION_FILE_DAYS;
  if (roll.publishedOn === null) {
    throw ruleViolation('The voter roll of this election is not published yet: there is nothing to object to', {
      rule: 'roll-unpublished',
      citation: days.citation,
    });
  }
  const last = roll.objectionsUntil ?? addDays(roll.publishedOn, days.value);
  if (receivedOn > last) {
    throw ruleViolation(`Objections to the roll published on ${roll.publishedOn} were due by ${last}`, {
      rule: 'objection-late',
      citation: days.citation,
      values: { publishedOn: roll.publishedOn, last, receivedOn },
    });
  }
}

/**
 * Open a case in the caller's transaction: the workflow row, then its secrets (PIN hash, sealed
 * identity, made by `secrets` for the case's id) in their own table, so neither reaches the audit entry
 * of the creation. A case nobody follows from outside (a supervision finding) has no secrets.
 */
export async function openCase(
  tx: EntityManager,
  engine: WorkflowEngine,
  calendar: WorkingDays,
  actor: WorkflowActor,
  now: Date,
  c: NewCase,
  secrets?: (caseId: string) => Promise<CaseSecrets>,
): Promise<{ id: string; trackingCode: string }> {
  if (c.sameMatterAs?.state === 'final') {
    // 第三十六条: after 复核, the same facts and reasons are not accepted again.
    throw ruleViolation(
      `Case ${c.sameMatterAs.trackingCode} on this matter was finally decided after re-review (复核); it is not accepted again`,
      {
        rule: 'matter-final',
        citation: '信访工作条例 (2022) 第三十六条',
        values: { trackingCode: c.sameMatterAs.trackingCode },
      },
    );
  }
  const profile = caseProfileFor(c.kind, c.category);
  const today = localDateOf(now);
  const lateEntryDays = c.lateEntryDays ?? DEFAULT_LATE_ENTRY_DAYS;
  // The day of arrival is a date someone gives: not in the future, not before the roll objected to, late only with a reason.
  const received = givenDateProblem({
    field: 'receivedOn',
    date: c.receivedOn,
    today,
    lateEntryDays,
    lateReason: c.lateReason,
    notBefore:
      profile.id === 'VOTER_LIST_OBJECTION'
        ? [{ on: c.roll?.publishedOn, what: 'the voter roll was published', step: 'ROLL_PUBLISHED' }]
        : [],
  });
  if (!received.ok) {
    throw ruleViolation(received.message, { field: 'receivedOn', rule: received.rule, values: received.values ?? {} });
  }
  if (profile.id === 'VOTER_LIST_OBJECTION') {
    if (c.roll === undefined) {
      throw badInput('An objection to a voter roll names the election whose roll it is', { field: 'subject.electionId' });
    }
    objectionInTime(c.roll, c.receivedOn ?? today);
  }
  const input: CaseInput = {
    profile,
    kind: c.kind,
    channel: c.channel,
    category: c.category,
    subject: c.subject,
    unitJurisdictionId: c.unit.id,
    level: c.unit.level,
    competentLevel: c.competentLevel,
    blocking: c.blocking,
    calendar,
    lateEntryDays,
    ...(c.receivedOn ? { receivedOn: c.receivedOn } : {}),
    ...(c.lateReason ? { lateReason: c.lateReason } : {}),
  };
  const trackingCode = newTrackingCode();
  const created = await engine.create(
    'case',
    {
      id: randomUUID(),
      jurisdictionId: c.unit.id,
      input: input as unknown as Record<string, unknown>,
      columns: {
        tracking_code: trackingCode,
        kind: c.kind,
        channel: c.channel,
        category: c.category,
        profile_id: profile.id,
        profile_version: profile.version,
        election_id: c.subject.electionId,
        candidate_id: c.subject.candidateId,
        organization_id: c.subject.organizationId,
        subject_jurisdiction_id: c.subject.jurisdictionId,
        title: c.title,
        body: c.body,
        anonymous: c.anonymous,
        filed_by_public: c.filedByPublic,
        ...(c.observationId ? { observation_id: c.observationId } : {}),
      },
    },
    actor,
    tx,
  );
  if (secrets) {
    const { pinHash, identitySealed } = await secrets(created.id);
    await sql(tx, 'INSERT INTO case_secrets (case_id, pin_hash, identity_sealed) VALUES ($1, $2, $3)', [
      created.id,
      pinHash,
      identitySealed,
    ]);
  }
  if (c.sameMatterAs) {
    await sql(tx, `INSERT INTO case_links (case_id, linked_case_id, kind, created_at, created_by) VALUES ($1, $2, 'SAME_MATTER', $3, $4)`, [
      created.id,
      c.sameMatterAs.id,
      now,
      actor.id,
    ]);
  }
  return { id: created.id, trackingCode };
}
