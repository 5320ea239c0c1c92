import { createHash, randomUUID } from 'node:crypto';
import {
  contradictions,
  highestSeverity,
  localDateOf,
  type ChecklistAnswer,
  type ObservationDraft,
  type RectificationInput,
  type WorkflowActor,
} from '@scrutineer/domain';
import { sql, type JurisdictionEntity } from '@scrutineer/db';
import type { ManualClock, WorkflowEngine } from '@scrutineer/workflow';
import canonicalize from 'canonicalize';
import type { EntityManager } from 'typeorm';
import type { RecordEvent } from '../audit/record-event.js';
import { siteKey } from '../supervision/observations.service.js';

export interface DemoSupervisors {
  leader: WorkflowActor;
  observer: WorkflowActor;
}

/**
 * A supervision team covering the town, with what its members saw: two observers at 东村村民委员会's
 * election meeting who disagree (the secret booth, the count of those present) — a conflict for the
 * leader's list — two observations of 西村党支部's candidate publicity that disagree too (an election still
 * under way, so an order can follow from it), and a blocking rectification order for 西村党支部 to put
 * right before its vote.
 */
export async function loadDemoSupervision(
  tx: EntityManager,
  engine: WorkflowEngine,
  clock: ManualClock,
  at: (offset: number) => void,
  record: RecordEvent,
  office: WorkflowActor,
  people: DemoSupervisors,
  places: { county: JurisdictionEntity; town: JurisdictionEntity },
  elections: Record<string, string>,
): Promise<void> {
  at(-30);
  const teamId = randomUUID();
  await sql(
    tx,
    `INSERT INTO supervision_teams (id, jurisdiction_id, kind, name, leader_id, created_at, updated_at)
     VALUES ($1, $2, 'SUPERVISION', '城关镇督导组', $3, $4, $4) RETURNING id`,
    [teamId, places.county.id, people.leader.id, clock.now()],
  );
  for (const member of [people.leader, people.observer]) {
    await sql(tx, 'INSERT INTO supervision_team_members (team_id, user_id, added_at) VALUES ($1, $2, $3) RETURNING user_id', [
      teamId,
      member.id,
      clock.now(),
    ]);
  }
  await sql(
    tx,
    'INSERT INTO supervision_assignments (id, team_id, election_id, jurisdiction_id, created_at) VALUES ($1, $2, NULL, $3, $4) RETURNING id',
    [randomUUID(), teamId, places.town.id, clock.now()],
  );
  await record(tx, {
    subjectType: 'team',
    subjectId: teamId,
    action: 'team.create',
    actor: office,
    jurisdictionId: places.county.id,
    data: { name: '城关镇督导组', kind: 'SUPERVISION', members: [people.leader.label, people.observer.label], covers: places.town.name },
  });

  const eastVillage = elections['东村村民委员会']!;
  const westParty = elections['西村党支部']!;
  const hall = { name: '东村 村委会大礼堂', kind: 'MEETING_HALL' as const };
  at(-20);
  const meeting = (checklist: ChecklistAnswer[], narrative: string): ObservationDraft => ({
    stage: 'ELECTION_MEETING',
    observedAt: clock.now().toISOString(),
    channel: 'MOBILE_OFFLINE',
    site: hall,
    checklist,
    violations: [],
    narrative,
  });
  await observe(
    tx,
    record,
    clock,
    teamId,
    people.leader,
    eastVillage,
    places.town,
    meeting(
      [
        { item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 1596, present: 1428 } },
        { item: 'SECRET_BOOTH', answer: 'YES' },
        { item: 'BALLOT_BOX_SEALED', answer: 'YES' },
      ],
      '会场秩序良好，当场清点到会人数。',
    ),
  );
  await observe(
    tx,
    record,
    clock,
    teamId,
    people.observer,
    eastVillage,
    places.town,
    meeting(
      [
        { item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 1596, present: 1410 } },
        { item: 'SECRET_BOOTH', answer: 'NO', note: '写票处设在主席台旁，未遮挡' },
        { item: 'BALLOT_BOX_SEALED', answer: 'YES' },
      ],
      '秘密写票处设置不规范。',
    ),
  );

  at(-6);
  const publicity = await observe(tx, record, clock, teamId, people.leader, westParty, places.town, {
    stage: 'CANDIDATE_PUBLICITY',
    observedAt: clock.now().toISOString(),
    channel: 'WEB',
    site: { name: '西村 村务公开栏', kind: 'OTHER' },
    checklist: [{ item: 'CANDIDATES_PUBLICISED', answer: 'YES' }],
    violations: [{ code: 'SKIPPED_STEP', severity: 'MINOR', description: '公示栏未注明公示起止时间' }],
    narrative: '候选人名单已张贴，但未写明公示期限。',
  });
  // The other observer read the same board differently: a second conflict, on an election still under way.
  await observe(tx, record, clock, teamId, people.observer, westParty, places.town, {
    stage: 'CANDIDATE_PUBLICITY',
    observedAt: clock.now().toISOString(),
    channel: 'MOBILE_OFFLINE',
    site: { name: '西村 村务公开栏', kind: 'OTHER' },
    checklist: [{ item: 'CANDIDATES_PUBLICISED', answer: 'NO', note: '公开栏只见到正式候选人名单，未见考察公示' }],
    violations: [],
    narrative: '候选人考察情况未公示。',
  });
  at(-5);
  const order: RectificationInput = {
    electionId: westParty,
    observationId: publicity,
    teamId,
    requirement: '补充公示起止时间，并设置符合要求的秘密写票处',
    dueOn: localDateOf(new Date(clock.now().getTime() + 6 * 86_400_000)),
    blocking: true,
  };
  const [place] = await sql<{ jurisdiction_id: string }>(tx, 'SELECT jurisdiction_id FROM elections WHERE id = $1', [westParty]);
  await engine.create(
    'rectification',
    {
      jurisdictionId: place!.jurisdiction_id,
      input: order as unknown as Record<string, unknown>,
      columns: { election_id: westParty, observation_id: publicity, team_id: teamId },
    },
    people.leader,
    tx,
  );
}

/** One stored observation (as a device's batch of one), with its flags, content hash and audit entry. */
async function observe(
  tx: EntityManager,
  record: RecordEvent,
  clock: ManualClock,
  teamId: string,
  observer: WorkflowActor,
  electionId: string,
  town: JurisdictionEntity,
  draft: ObservationDraft,
): Promise<string> {
  const id = randomUUID();
  const [e] = await sql<{ jurisdiction_id: string }>(tx, 'SELECT jurisdiction_id FROM elections WHERE id = $1', [electionId]);
  const flags = contradictions(draft, { entitled: null, present: null, ballotsIssued: null, maxProxiesPerHolder: null });
  const hash = createHash('sha256')
    .update(canonicalize({ electionId, draft }) ?? '')
    .digest('hex');
  await sql(
    tx,
    `INSERT INTO observations (id, election_id, jurisdiction_id, team_id, observer_id, stage, channel, site_key, site, observed_at,
       checklist, violations, flags, narrative, max_severity, content_hash, recorded_late, late_reason, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, false, NULL, $17) RETURNING id`,
    [
      id,
      electionId,
      e!.jurisdiction_id,
      teamId,
      observer.id,
      draft.stage,
      draft.channel,
      siteKey(draft.site.name),
      JSON.stringify(draft.site),
      new Date(draft.observedAt),
      JSON.stringify(draft.checklist),
      JSON.stringify(draft.violations),
      JSON.stringify(flags),
      draft.narrative,
      highestSeverity(draft.violations.map((v) => v.severity)),
      hash,
      clock.now(),
    ],
  );
  // As a device's batch of one: the batch's entry, and the observation's own trail starting with its submission.
  const batchId = randomUUID();
  const jurisdictionId = e?.jurisdiction_id ?? town.id;
  const batch = await record(tx, {
    subjectType: 'observation_batch',
    subjectId: batchId,
    action: 'observation.submit_batch',
    actor: observer,
    jurisdictionId,
    data: { observations: [{ id, electionId, contentHash: hash }] },
  });
  await record(tx, {
    subjectType: 'observation',
    subjectId: id,
    action: 'observation.submit',
    actor: observer,
    jurisdictionId,
    data: { electionId, contentHash: hash, batchId, batchEntryId: batch.id },
  });
  return id;
}
