import { localDateOf, type CaseCategory, type CaseChannel, type CaseKind, type WorkflowActor } from '@scrutineer/domain';
import { sql, type JurisdictionEntity } from '@scrutineer/db';
import { openCase } from '@scrutineer/platform';
import type { ManualClock, WorkflowEngine } from '@scrutineer/workflow';
import type { EntityManager } from 'typeorm';
import { publicActor } from '../auth/actor.js';
import { hashPassword } from '../auth/passwords.js';

/** The PIN of the demo's public complaint, so the public side can be tried (printed with the demo accounts). */
export const DEMO_CASE_PIN = '20261122';

export interface DemoCasePlaces {
  county: JurisdictionEntity;
  town: JurisdictionEntity;
  east: JurisdictionEntity;
  west: JurisdictionEntity;
  south: JurisdictionEntity;
}

/** Election ids by organisation name, for cases about them. */
export type DemoElectionIds = Record<string, string>;

const NO_HOLIDAYS = { holidays: [], workdays: [] };

/**
 * Cases a petition handler finds on a first visit, each in its own state and on the clocks it would
 * have run: one awaiting acceptance (a blocking bribery report about 西村党支部), one being handled, one replied with the
 * review window open, one not accepted, a voter-roll objection, and a public filing followed by code and PIN.
 */
export async function loadDemoCases(
  tx: EntityManager,
  engine: WorkflowEngine,
  clock: ManualClock,
  at: (offset: number) => void,
  handler: WorkflowActor,
  places: DemoCasePlaces,
  elections: DemoElectionIds,
): Promise<{ publicTrackingCode: string }> {
  const open = async (c: {
    kind: CaseKind;
    channel: CaseChannel;
    category: CaseCategory;
    title: string;
    body: string;
    place: JurisdictionEntity;
    electionId?: string;
    blocking?: boolean;
    filedByPublic?: boolean;
  }) => {
    const opened = await openCase(
      tx,
      engine,
      NO_HOLIDAYS,
      c.filedByPublic ? publicActor(null) : handler,
      clock.now(),
      {
        kind: c.kind,
        channel: c.channel,
        category: c.category,
        title: c.title,
        body: c.body,
        subject: { electionId: c.electionId ?? null, candidateId: null, organizationId: null, jurisdictionId: c.place.id },
        unit: c.filedByPublic ? { id: places.town.id, level: 'TOWNSHIP' } : { id: places.county.id, level: 'COUNTY' },
        competentLevel: 'TOWNSHIP',
        blocking: c.blocking ?? false,
        anonymous: true,
        filedByPublic: c.filedByPublic ?? false,
        sameMatterAs: null,
        ...(c.kind === 'OBJECTION' && c.category === 'VOTER_REGISTRATION' ? { roll: await rollOf(tx, c.electionId!) } : {}),
      },
      async () => ({ pinHash: await hashPassword(DEMO_CASE_PIN), identitySealed: null }),
    );
    if (!c.filedByPublic) await step(opened.id, { type: 'REGISTER' });
    return opened;
  };
  const step = (id: string, event: { type: string } & Record<string, unknown>) =>
    engine.send({ type: 'case', id }, event, handler, { manager: tx });

  // Being handled: a letter about 南村's nomination, accepted and assigned.
  at(-25);
  const handling = await open({
    kind: 'PETITION',
    channel: 'LETTER',
    category: 'PROCEDURE',
    title: '南村自荐报名时间过短',
    body: '来信反映南村选委会自荐报名只开放一天，部分外出务工选民未能报名。',
    place: places.south,
    electionId: elections['南村村民委员会'],
  });
  at(-23);
  await step(handling.id, { type: 'ACCEPT' });
  await step(handling.id, { type: 'ASSIGN', assigneeId: handler.id, assigneeName: handler.label });

  // Replied, the complainant's 30 days to ask for review still running.
  at(-40);
  const replied = await open({
    kind: 'PETITION',
    channel: 'VISIT',
    category: 'COUNTING',
    title: '西村主任选举计票有误',
    body: '来访反映西村第一轮主任选举唱票时有选票未展示。',
    place: places.west,
    electionId: elections['西村村民委员会'],
  });
  at(-38);
  await step(replied.id, { type: 'ACCEPT' });
  await step(replied.id, { type: 'ASSIGN', assigneeId: handler.id, assigneeName: handler.label });
  at(-8);
  await step(replied.id, {
    type: 'DECIDE',
    finding: 'UNSUBSTANTIATED',
    remedies: [],
    summary: '经调取录像核实，唱票过程公开，反映不属实。',
  });
  await step(replied.id, { type: 'REPLY', repliedOn: localDateOf(clock.now()), text: '经核查，计票过程公开透明，所反映问题不属实。' });

  // Not accepted: a question that is not a petition matter.
  at(-12);
  const enquiry = await open({
    kind: 'ENQUIRY',
    channel: 'HOTLINE',
    category: 'OTHER',
    title: '咨询选民登记条件',
    body: '来电咨询户籍不在本村的人员能否登记为选民。',
    place: places.east,
  });
  await step(enquiry.id, { type: 'NOT_ACCEPT', reason: '属政策咨询，已当场解答，不作为信访事项受理。' });

  // Awaiting acceptance, blocking: a report of bribery about 西村党支部, whose vote is days away.
  at(-1);
  await open({
    kind: 'REPORT',
    channel: 'HOTLINE',
    category: 'BRIBERY',
    title: '西村党支部选举涉嫌贿选',
    body: '举报电话反映有候选人在选举前向党员发放购物卡。',
    place: places.west,
    electionId: elections['西村党支部'],
    blocking: true,
  });

  // A voter-roll objection to 城关社区's roll, on its 2-day clock.
  at(0);
  await open({
    kind: 'OBJECTION',
    channel: 'IN_PERSON',
    category: 'VOTER_REGISTRATION',
    title: '选民名单漏登',
    body: '本人户籍在城关社区，选民名单中未列入。',
    place: places.east,
    electionId: elections['城关社区居民委员会'],
  });

  // Filed by the public online, followed with its tracking code and DEMO_CASE_PIN.
  const filed = await open({
    kind: 'REPORT',
    channel: 'ONLINE',
    category: 'CANVASSING',
    title: '西村党支部候选人拉票',
    body: '有候选人挨家挨户上门拉票。',
    place: places.west,
    electionId: elections['西村党支部'],
    filedByPublic: true,
  });
  return { publicTrackingCode: filed.trackingCode };
}

async function rollOf(tx: EntityManager, electionId: string): Promise<{ publishedOn: string | null; objectionsUntil: string | null }> {
  const [row] = await sql<{ published_on: string | null; objections_until: string | null }>(
    tx,
    `SELECT snapshot->'context'->'roll'->>'publishedOn' AS published_on, snapshot->'context'->'roll'->>'objectionsUntil' AS objections_until
       FROM elections WHERE id = $1`,
    [electionId],
  );
  return { publishedOn: row?.published_on ?? null, objectionsUntil: row?.objections_until ?? null };
}
