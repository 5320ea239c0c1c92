import {
  addDays,
  localDateOf,
  profileFor,
  systemActor,
  type ElectionInput,
  type OrganizationType,
  type Person,
  type PostSeats,
  type Role,
  type WorkflowActor,
} from '@scrutineer/domain';
import { JurisdictionEntity, UserEntity, sql, type OrganizationEntity } from '@scrutineer/db';
import { AuditLog, ManualClock, WorkflowEngine, type WorkflowRegistry } from '@scrutineer/workflow';
import type { DataSource, EntityManager } from 'typeorm';
import type { RecordEvent } from '../audit/record-event.js';
import { hashPassword } from '../auth/passwords.js';
import { insertCampaign } from '../campaigns/insert-campaign.js';
import { insertJurisdiction } from '../jurisdictions/insert-jurisdiction.js';
import { insertOrganization } from '../organizations/insert-organization.js';
import { insertUser } from '../users/insert-user.js';
import { DEMO_CASE_PIN, loadDemoCases } from './demo-cases.js';
import { loadDemoSupervision } from './demo-supervision.js';

export const DEMO_PASSWORD = 'scrutineer-demo';
export const DEMO_COUNTY = '示范县';
export const DEMO_ACCOUNTS = [
  'demo-office',
  'demo-committee',
  'demo-inspector',
  'demo-supervisor',
  'demo-observer',
  'demo-petitions',
  'demo-admin',
];

export interface DemoOutcome {
  loaded: boolean;
  accounts: { username: string; role: Role }[];
  /** A complaint filed by the public, to follow with `caseStatus` and DEMO_CASE_PIN. */
  publicCase: { trackingCode: string; pin: string } | null;
}

/**
 * `npm start -- --demo`: a township with villages, a campaign and elections in different states, cases
 * in several states, a supervision team with observations (two of which disagree) and an order, built
 * from the source documents' numbers (turnout 89.5% as in seed 000 L38–44; a Party branch with 46
 * entitled and 42 present, seed 003:8; a village left without a director after two rounds, seed 000
 * L260; a deferred election, seed 000 L183). Every step goes through the workflow runtime and its rules,
 * on a clock set to the day each step happened, so histories and deadlines are what they would be.
 */
export async function loadDemoData(dataSource: DataSource, registry: WorkflowRegistry, today: Date): Promise<DemoOutcome> {
  const clock = new ManualClock(today);
  const audit = new AuditLog(registry);
  const engine = new WorkflowEngine(dataSource, registry, clock, audit);
  const D0 = localDateOf(today);
  const at = (offset: number) => clock.set(`${addDays(D0, offset)}T02:00:00.000Z`);
  const system = systemActor('demo');
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  return dataSource.transaction(async (tx) => {
    const root = await tx.findOne(JurisdictionEntity, { where: { depth: 0 }, order: { createdAt: 'ASC' } });
    if (!root) throw new Error('Create an administrator first: the demo goes under the root jurisdiction');
    // Loaded once: its accounts mark it. Places of the same name made by hand (README's examples) are reused.
    if (await tx.existsBy(UserEntity, { username: 'demo-office' })) return { loaded: false, accounts: [], publicCase: null };

    const record: RecordEvent = (t, event) => audit.append(t, { ...event, at: clock.now() });
    at(-90);
    const place = async (parent: JurisdictionEntity, level: JurisdictionEntity['level'], name: string) =>
      (await tx.findOne(JurisdictionEntity, { where: { parentId: parent.id, name } })) ??
      insertJurisdiction(tx, record, system, clock.now(), { parent, level, name, code: null });
    const city = await place(root, 'CITY', '示范市');
    const county = await place(city, 'COUNTY', DEMO_COUNTY);
    const town = await place(county, 'TOWNSHIP', '城关镇');
    const [east, west, south, north, community] = [
      await place(town, 'VILLAGE', '东村'),
      await place(town, 'VILLAGE', '西村'),
      await place(town, 'VILLAGE', '南村'),
      await place(town, 'VILLAGE', '北村'),
      await place(town, 'VILLAGE', '城关社区'),
    ];

    const accounts: { username: string; role: Role; jurisdiction: JurisdictionEntity }[] = [
      { username: 'demo-office', role: 'ELECTION_OFFICE', jurisdiction: county },
      { username: 'demo-committee', role: 'ELECTION_COMMITTEE', jurisdiction: town },
      { username: 'demo-inspector', role: 'INSPECTOR', jurisdiction: county },
      { username: 'demo-supervisor', role: 'SUPERVISOR', jurisdiction: county },
      { username: 'demo-observer', role: 'SUPERVISOR', jurisdiction: county },
      { username: 'demo-petitions', role: 'PETITION_HANDLER', jurisdiction: county },
      // A county administrator: users and places of the demo county only (the first admin keeps the province).
      { username: 'demo-admin', role: 'ADMIN', jurisdiction: county },
    ];
    const actors: Record<string, WorkflowActor> = {};
    for (const a of accounts) {
      const user = await insertUser(tx, record, system, clock.now(), {
        username: a.username,
        passwordHash,
        displayName: a.username,
        role: a.role,
        jurisdictionId: a.jurisdiction.id,
      });
      actors[a.username] = { kind: 'user', id: user.id, role: a.role, label: a.username, ip: null };
    }
    const office = actors['demo-office']!;
    const committee = actors['demo-committee']!;

    const campaign = await insertCampaign(tx, record, office, clock.now(), {
      jurisdictionId: town.id,
      name: '城关镇第十届村（社区）两委换届',
      startsOn: addDays(D0, -60),
      endsOn: addDays(D0, 60),
      targetOn: addDays(D0, 45),
    });

    const demo = new DemoElections(tx, engine, clock, record, office, committee, campaign.id, at);
    await demo.archivedVillage(east);
    await demo.partyAwaitingApproval(east);
    await demo.partyNoticed(west);
    await demo.failedVillage(west);
    await demo.villageNominating(south);
    await demo.residentsRegistering(community);
    await demo.leagueAwaitingStart(north);
    await demo.deferredVillage(north);

    const elections = Object.fromEntries(
      (
        await sql<{ id: string; name: string }>(
          tx,
          'SELECT e.id, o.name FROM elections e JOIN organizations o ON o.id = e.organization_id WHERE e.campaign_id = $1',
          [campaign.id],
        )
      ).map((r) => [r.name, r.id]),
    );
    await loadDemoSupervision(
      tx,
      engine,
      clock,
      at,
      record,
      office,
      { leader: actors['demo-supervisor']!, observer: actors['demo-observer']! },
      { county, town },
      elections,
    );
    const cases = await loadDemoCases(tx, engine, clock, at, actors['demo-petitions']!, { county, town, east, west, south }, elections);
    return {
      loaded: true,
      accounts: accounts.map(({ username, role }) => ({ username, role })),
      publicCase: { trackingCode: cases.publicTrackingCode, pin: DEMO_CASE_PIN },
    };
  });
}

const person = (name: string, over: Partial<Person> = {}): Person => ({
  name,
  sex: 'MALE',
  birthDate: '1975-06-01',
  education: 'HIGH_SCHOOL',
  partyMember: true,
  partyJoinedOn: '2001-07-01',
  currentPosts: [],
  incumbent: false,
  records: {},
  ...over,
});

/** The demo's elections, each taken through its steps on the days they happened. */
class DemoElections {
  constructor(
    private readonly tx: EntityManager,
    private readonly engine: WorkflowEngine,
    private readonly clock: ManualClock,
    private readonly record: RecordEvent,
    private readonly office: WorkflowActor,
    private readonly committee: WorkflowActor,
    private readonly campaignId: string,
    private readonly at: (offset: number) => void,
  ) {}

  private async organization(
    jurisdiction: JurisdictionEntity,
    type: OrganizationType,
    name: string,
    memberCount: number,
  ): Promise<OrganizationEntity> {
    const org = await insertOrganization(this.tx, this.record, this.office, this.clock.now(), {
      jurisdictionId: jurisdiction.id,
      type,
      name,
      memberCount,
    });
    return org;
  }

  private async election(org: OrganizationEntity, electionDay: string, posts: PostSeats[]): Promise<string> {
    const profile = profileFor(org.type);
    const input: ElectionInput = { profile, organizationType: org.type, memberCount: org.memberCount, electionDay, posts };
    const created = await this.engine.create(
      'election',
      {
        jurisdictionId: org.jurisdictionId,
        input: input as unknown as Record<string, unknown>,
        columns: { organization_id: org.id, campaign_id: this.campaignId, profile_id: profile.id, profile_version: profile.version },
      },
      this.office,
      this.tx,
    );
    return created.id;
  }

  private send(id: string, event: { type: string } & Record<string, unknown>, actor = this.committee) {
    return this.engine.send({ type: 'election', id }, event, actor, { manager: this.tx });
  }

  private async candidate(
    electionId: string,
    post: string,
    route: string,
    who: Person,
    jurisdictionId: string,
    profileId: string,
  ): Promise<string> {
    const created = await this.engine.create(
      'candidate',
      {
        jurisdictionId,
        input: { electionId, profileId, post, route, person: who, nominatedOn: localDateOf(this.clock.now()) },
        columns: { election_id: electionId, post, route, name: who.name },
      },
      this.committee,
      this.tx,
    );
    return created.id;
  }

  private candidateStep(id: string, event: { type: string } & Record<string, unknown>, actor = this.committee) {
    return this.engine.send({ type: 'candidate', id }, event, actor, { manager: this.tx });
  }

  /** Review each nominee at every level the profile requires: 初审, then 联审 where there is one. */
  private async qualify(ids: string[], type: OrganizationType): Promise<void> {
    for (const id of ids) {
      await this.candidateStep(id, { type: 'START_REVIEW' });
      for (const level of profileFor(type).candidates.reviewLevels.value)
        await this.candidateStep(id, { type: 'APPROVE', level }, this.office);
    }
  }

  private async makeFormal(ids: string[], signedOn: string): Promise<void> {
    for (const id of ids) await this.candidateStep(id, { type: 'CONFIRM_FORMAL', commitmentsSignedOn: signedOn });
  }

  private day(offset: number): string {
    this.at(offset);
    return localDateOf(this.clock.now());
  }

  /** Village committee with preparation, roll, nomination and review done; stops at publicity. */
  private async villageToPublicity(
    org: OrganizationEntity,
    T: number,
    people: Record<string, Person[]>,
  ): Promise<{ id: string; ids: Record<string, string[]> }> {
    this.at(T - 45);
    const electionDay = localDateOf(new Date(this.clock.now().getTime() + 45 * 86_400_000));
    const id = await this.election(org, electionDay, [
      { post: '主任', seats: 1 },
      { post: '委员', seats: 2 },
    ]);
    await this.send(id, { type: 'SUBMIT' }, this.office);
    for (const item of ['COMMITTEE_FORMED', 'RULES_ADOPTED', 'AUDIT_PUBLISHED'])
      await this.send(id, { type: 'RECORD_PREPARATION', item, on: this.day(T - 44) });
    await this.send(id, { type: 'COMPLETE_PREPARATION' });
    await this.send(id, { type: 'PUBLISH_ROLL', publishedOn: this.day(T - 40), registered: org.memberCount });
    this.at(T - 36);
    await this.send(id, { type: 'DEADLINE', kind: 'objection-window' }, systemActor('scheduler'));
    await this.send(id, { type: 'CLOSE_ROLL' });
    this.at(T - 30);
    const ids: Record<string, string[]> = {};
    for (const [post, who] of Object.entries(people)) {
      ids[post] = [];
      for (const p of who) ids[post].push(await this.candidate(id, post, 'SELF', p, org.jurisdictionId, 'VILLAGE_COMMITTEE'));
    }
    this.at(T - 20);
    await this.send(id, { type: 'CLOSE_NOMINATION' });
    await this.qualify(Object.values(ids).flat(), 'VILLAGE_COMMITTEE');
    this.at(T - 15);
    await this.send(id, { type: 'COMPLETE_REVIEW' });
    return { id, ids };
  }

  private round(
    registered: number,
    voted: number,
    posts: { post: string; seats: number; votes: [string, number][] }[],
    kind: 'REGULAR' | 'EXTRA' = 'REGULAR',
  ) {
    return {
      kind,
      revote: false,
      registered,
      entitled: registered,
      present: { inPerson: voted, byProxy: 0, byMobileBox: 0 },
      ballotsIssued: voted,
      ballotsReturned: voted,
      ballotsInvalid: 0,
      maxProxiesPerHolder: 0,
      posts: posts.map((p) => ({ post: p.post, seats: p.seats, votes: p.votes.map(([candidateId, votes]) => ({ candidateId, votes })) })),
    };
  }

  /** 东村村民委员会: done and archived; 89.5% turnout (seed 000 L38–44), one seat filled in another round. */
  async archivedVillage(j: JurisdictionEntity): Promise<void> {
    const org = await this.organization(j, 'VILLAGE_COMMITTEE', '东村村民委员会', 1596);
    const T = -20;
    const { id, ids } = await this.villageToPublicity(org, T, {
      主任: [person('王建国', { incumbent: true }), person('李秀英', { sex: 'FEMALE', birthDate: '1982-03-15' })],
      委员: [
        person('张伟'),
        person('刘芳', { sex: 'FEMALE', birthDate: '1994-08-20', partyMember: false, partyJoinedOn: null }),
        person('陈明', { education: 'JUNIOR_HIGH' }),
      ],
    });
    await this.makeFormal(Object.values(ids).flat(), this.day(T - 14));
    await this.send(id, { type: 'PUBLISH_NOTICE', postedOn: this.day(T - 10) });
    this.at(T);
    await this.send(id, { type: 'OPEN_POLLING', secretBoothReady: true });
    const [wang, li] = ids['主任']!;
    const [zhang, liu, chen] = ids['委员']!;
    await this.send(id, {
      type: 'RECORD_ROUND',
      round: this.round(1596, 1428, [
        {
          post: '主任',
          seats: 1,
          votes: [
            [wang!, 901],
            [li!, 520],
          ],
        },
        {
          post: '委员',
          seats: 2,
          votes: [
            [zhang!, 1001],
            [liu!, 690],
            [chen!, 650],
          ],
        },
      ]),
    });
    await this.send(id, {
      type: 'RECORD_ROUND',
      round: this.round(
        1596,
        1400,
        [
          {
            post: '委员',
            seats: 1,
            votes: [
              [liu!, 760],
              [chen!, 600],
            ],
          },
        ],
        'EXTRA',
      ),
    });
    for (const c of [wang!, zhang!, liu!]) await this.candidateStep(c, { type: 'ELECT' }, systemActor('relay'));
    for (const c of [li!, chen!]) await this.candidateStep(c, { type: 'DEFEAT' }, systemActor('relay'));
    this.at(T + 1);
    await this.send(id, { type: 'CERTIFY' }, this.office);
    this.at(T + 3);
    await this.send(id, { type: 'COMPLETE_HANDOVER', on: this.day(T + 3) });
    this.at(T + 5);
    await this.send(id, { type: 'ARCHIVE' }, this.office);
  }

  /** 东村党支部: 46 entitled, 42 present (seed 003:8); the result waits for the upper Party committee. */
  async partyAwaitingApproval(j: JurisdictionEntity): Promise<void> {
    const org = await this.organization(j, 'PARTY_BRANCH', '东村党支部', 46);
    this.at(-40);
    const id = await this.election(org, addDays(localDateOf(this.clock.now()), 38), [{ post: '委员', seats: 3 }]);
    await this.send(id, { type: 'SUBMIT' }, this.office);
    await this.send(id, { type: 'APPROVE_START' }, this.office);
    await this.send(id, { type: 'COMPLETE_PREPARATION' });
    const names = ['赵强', '孙丽', '周涛', '吴敏', '郑华', '冯军'];
    const ids = [];
    for (const n of names)
      ids.push(
        await this.candidate(
          id,
          '委员',
          'PARTY_MEMBERS',
          person(n, n === '孙丽' || n === '吴敏' ? { sex: 'FEMALE' } : {}),
          org.jurisdictionId,
          'PARTY_BRANCH',
        ),
      );
    this.at(-30);
    await this.send(id, { type: 'CLOSE_NOMINATION' });
    await this.qualify(ids, 'PARTY_BRANCH');
    await this.send(id, { type: 'COMPLETE_REVIEW' });
    this.at(-20);
    await this.send(id, { type: 'APPROVE_CANDIDATES' }, this.office);
    await this.makeFormal(ids.slice(0, 4), this.day(-18));
    for (const c of ids.slice(4))
      await this.candidateStep(c, { type: 'WITHDRAW', reason: '组织调整，不再作为候选人', initiator: 'UPPER_BODY', on: this.day(-18) });
    await this.send(id, { type: 'PUBLISH_NOTICE', postedOn: this.day(-10) });
    this.at(-2);
    await this.send(id, { type: 'OPEN_POLLING', secretBoothReady: true, entitled: 46, present: 42 });
    await this.send(id, {
      type: 'RECORD_ROUND',
      round: {
        ...this.round(46, 42, [
          {
            post: '委员',
            seats: 3,
            votes: [
              [ids[0]!, 40],
              [ids[1]!, 38],
              [ids[2]!, 31],
              [ids[3]!, 17],
            ],
          },
        ]),
        entitled: 46,
      },
    });
  }

  /** 西村党支部: 55 entitled; polling in three days. Opening with 35 present would be refused (seed 000 L275). */
  async partyNoticed(j: JurisdictionEntity): Promise<void> {
    const org = await this.organization(j, 'PARTY_BRANCH', '西村党支部', 55);
    this.at(-30);
    const id = await this.election(org, addDays(localDateOf(this.clock.now()), 33), [{ post: '委员', seats: 3 }]);
    await this.send(id, { type: 'SUBMIT' }, this.office);
    await this.send(id, { type: 'APPROVE_START' }, this.office);
    await this.send(id, { type: 'COMPLETE_PREPARATION' });
    const ids = [];
    for (const n of ['何平', '高洁', '林峰', '罗霞', '梁斌', '宋雨'])
      ids.push(await this.candidate(id, '委员', 'PARTY_MEMBERS', person(n), org.jurisdictionId, 'PARTY_BRANCH'));
    this.at(-20);
    await this.send(id, { type: 'CLOSE_NOMINATION' });
    await this.qualify(ids, 'PARTY_BRANCH');
    await this.send(id, { type: 'COMPLETE_REVIEW' });
    await this.send(id, { type: 'APPROVE_CANDIDATES' }, this.office);
    await this.makeFormal(ids, this.day(-12));
    await this.send(id, { type: 'PUBLISH_NOTICE', postedOn: this.day(-5) });
  }

  /** 西村村民委员会: two rounds and no director (爭票, seed 000 L260); the vacancy must be filled in time. */
  async failedVillage(j: JurisdictionEntity): Promise<void> {
    const org = await this.organization(j, 'VILLAGE_COMMITTEE', '西村村民委员会', 1210);
    const T = -10;
    const { id, ids } = await this.villageToPublicity(org, T, {
      主任: [person('马成'), person('胡亮'), person('郭勇')],
      委员: [person('何静', { sex: 'FEMALE', birthDate: '1990-01-01' }), person('邓超'), person('曹阳')],
    });
    await this.makeFormal(Object.values(ids).flat(), this.day(T - 14));
    await this.send(id, { type: 'PUBLISH_NOTICE', postedOn: this.day(T - 9) });
    this.at(T);
    await this.send(id, { type: 'OPEN_POLLING', secretBoothReady: true });
    const [ma, hu, guo] = ids['主任']!;
    const [he, deng, cao] = ids['委员']!;
    await this.send(id, {
      type: 'RECORD_ROUND',
      round: this.round(1210, 1083, [
        {
          post: '主任',
          seats: 1,
          votes: [
            [ma!, 430],
            [hu!, 420],
            [guo!, 220],
          ],
        },
        {
          post: '委员',
          seats: 2,
          votes: [
            [he!, 801],
            [deng!, 700],
            [cao!, 300],
          ],
        },
      ]),
    });
    await this.send(id, {
      type: 'RECORD_ROUND',
      round: this.round(
        1210,
        1050,
        [
          {
            post: '主任',
            seats: 1,
            votes: [
              [ma!, 330],
              [hu!, 329],
              [guo!, 300],
            ],
          },
        ],
        'EXTRA',
      ),
    });
  }

  /** 南村村民委员会: nominating. */
  async villageNominating(j: JurisdictionEntity): Promise<void> {
    const org = await this.organization(j, 'VILLAGE_COMMITTEE', '南村村民委员会', 980);
    this.at(-20);
    const id = await this.election(org, addDays(localDateOf(this.clock.now()), 40), [
      { post: '主任', seats: 1 },
      { post: '委员', seats: 2 },
    ]);
    await this.send(id, { type: 'SUBMIT' }, this.office);
    for (const item of ['COMMITTEE_FORMED', 'RULES_ADOPTED', 'AUDIT_PUBLISHED'])
      await this.send(id, { type: 'RECORD_PREPARATION', item, on: this.day(-19) });
    await this.send(id, { type: 'COMPLETE_PREPARATION' });
    await this.send(id, { type: 'PUBLISH_ROLL', publishedOn: this.day(-15), registered: 980 });
    this.at(-11);
    await this.send(id, { type: 'DEADLINE', kind: 'objection-window' }, systemActor('scheduler'));
    await this.send(id, { type: 'CLOSE_ROLL' });
    this.at(-1);
    for (const [post, p] of [
      ['主任', person('谢军')],
      ['委员', person('韩梅', { sex: 'FEMALE', birthDate: '1996-05-05', partyMember: false, partyJoinedOn: null })],
      ['委员', person('唐亮', { birthDate: '1963-04-01' })],
    ] as const) {
      await this.candidate(id, post, 'SELF', p, org.jurisdictionId, 'VILLAGE_COMMITTEE');
    }
  }

  /** 城关社区居民委员会: roll published, an objection open (3 days to file, 2 to answer; seed 000 L382). */
  async residentsRegistering(j: JurisdictionEntity): Promise<void> {
    const org = await this.organization(j, 'RESIDENTS_COMMITTEE', '城关社区居民委员会', 4766);
    this.at(-5);
    const id = await this.election(org, addDays(localDateOf(this.clock.now()), 35), [
      { post: '主任', seats: 1 },
      { post: '副主任', seats: 1 },
      { post: '委员', seats: 3 },
    ]);
    await this.send(id, { type: 'SUBMIT' }, this.office);
    for (const item of ['COMMITTEE_FORMED', 'AUDIT_PUBLISHED']) await this.send(id, { type: 'RECORD_PREPARATION', item, on: this.day(-4) });
    await this.send(id, { type: 'COMPLETE_PREPARATION' });
    await this.send(id, { type: 'PUBLISH_ROLL', publishedOn: this.day(-1), registered: 4766 });
    this.at(0);
    await this.send(id, { type: 'RECORD_OBJECTION', receivedOn: this.day(0), summary: '重登: 同一选民登记两次' });
  }

  /** 北村团支部: waiting for the Party branch and 街道团工委 to approve holding the meeting (seed 002:29). */
  async leagueAwaitingStart(j: JurisdictionEntity): Promise<void> {
    const org = await this.organization(j, 'YOUTH_LEAGUE_BRANCH', '北村团支部', 23);
    this.at(-3);
    const id = await this.election(org, addDays(localDateOf(this.clock.now()), 45), [{ post: '委员', seats: 3 }]);
    await this.send(id, { type: 'SUBMIT' }, this.office);
  }

  /** 北村村民委员会: deferred (暂缓选举) for fear of unrest (seed 000 L183). */
  async deferredVillage(j: JurisdictionEntity): Promise<void> {
    const org = await this.organization(j, 'VILLAGE_COMMITTEE', '北村村民委员会', 860);
    this.at(-15);
    const id = await this.election(org, addDays(localDateOf(this.clock.now()), 40), [
      { post: '主任', seats: 1 },
      { post: '委员', seats: 2 },
    ]);
    await this.send(id, { type: 'SUBMIT' }, this.office);
    await this.send(id, { type: 'RECORD_PREPARATION', item: 'COMMITTEE_FORMED', on: this.day(-14) });
    this.at(-7);
    await this.send(id, { type: 'DEFER', reason: '征地款矛盾未化解，恐矛盾激化引起社会不稳定 (seed 000 L126, L183)' }, this.office);
  }
}
