import { ROLES, type JurisdictionLevel, type Role } from '@scrutineer/domain';
import { ADMIN, type TestApp } from './test-app.js';

export const PASSWORD = 'correct horse battery';

/**
 * A small province: city C with counties A and B; A has township TA with villages VA1 and VA2,
 * B has township TB with village VB1. County A has one account per role; county B an inspector.
 */
export interface World {
  adminToken: string;
  ids: {
    province: string;
    city: string;
    countyA: string;
    countyB: string;
    townA: string;
    townB: string;
    villageA1: string;
    villageA2: string;
    villageB1: string;
  };
  /** Tokens of county A's accounts by role, and of county B's inspector. */
  tokens: Record<Role, string> & { inspectorB: string };
  userIds: Record<Role, string> & { inspectorB: string };
}

export async function createJurisdiction(
  t: TestApp,
  token: string,
  parentId: string,
  level: JurisdictionLevel,
  name: string,
  code?: string,
): Promise<string> {
  const res = await t.gql<{ createJurisdiction: { id: string } }>(
    'mutation ($input: CreateJurisdictionInput!) { createJurisdiction(input: $input) { id } }',
    { input: { parentId, level, name, code } },
    token,
  );
  if (!res.data?.createJurisdiction) throw new Error(`createJurisdiction ${name}: ${JSON.stringify(res.errors)}`);
  return res.data.createJurisdiction.id;
}

export async function createUser(
  t: TestApp,
  token: string,
  username: string,
  role: Role,
  jurisdictionId: string,
  password = PASSWORD,
): Promise<string> {
  const res = await t.gql<{ createUser: { id: string } }>(
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { username, password, displayName: username, role, jurisdictionId } },
    token,
  );
  if (!res.data?.createUser) throw new Error(`createUser ${username}: ${JSON.stringify(res.errors)}`);
  return res.data.createUser.id;
}

export async function buildWorld(t: TestApp): Promise<World> {
  const adminToken = await t.login(ADMIN.username, ADMIN.password);
  const me = await t.gql<{ me: { jurisdiction: { id: string } } }>('{ me { jurisdiction { id } } }', {}, adminToken);
  const province = me.data!.me.jurisdiction.id;
  const city = await createJurisdiction(t, adminToken, province, 'CITY', '示范市');
  const countyA = await createJurisdiction(t, adminToken, city, 'COUNTY', '甲县');
  const countyB = await createJurisdiction(t, adminToken, city, 'COUNTY', '乙县');
  const townA = await createJurisdiction(t, adminToken, countyA, 'TOWNSHIP', '甲镇');
  const townB = await createJurisdiction(t, adminToken, countyB, 'TOWNSHIP', '乙镇');
  const villageA1 = await createJurisdiction(t, adminToken, townA, 'VILLAGE', '东村');
  const villageA2 = await createJurisdiction(t, adminToken, townA, 'VILLAGE', '西村');
  const villageB1 = await createJurisdiction(t, adminToken, townB, 'VILLAGE', '南村');

  const userIds = {} as World['userIds'];
  const tokens = {} as World['tokens'];
  for (const role of ROLES) {
    const username = `a-${role.toLowerCase().replace(/_/g, '-')}`;
    userIds[role] = await createUser(t, adminToken, username, role, countyA);
    tokens[role] = await t.login(username, PASSWORD);
  }
  userIds.inspectorB = await createUser(t, adminToken, 'b-inspector', 'INSPECTOR', countyB);
  tokens.inspectorB = await t.login('b-inspector', PASSWORD);
  return {
    adminToken,
    ids: { province, city, countyA, countyB, townA, townB, villageA1, villageA2, villageB1 },
    tokens,
    userIds,
  };
}
