import { registerEnumType } from '@nestjs/graphql';
import { JURISDICTION_LEVELS, ROLES, type JurisdictionLevel, type Role } from '@scrutineer/domain';

const enumObject = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RoleEnum = enumObject<Role>(ROLES);
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a staff account may do. The public has no role.',
  valuesMap: {
    ADMIN: { description: '系统管理员: manages jurisdictions and accounts in their subtree' },
    ELECTION_OFFICE: { description: '换届办: campaigns, elections, approvals' },
    ELECTION_COMMITTEE: { description: '选举委员会: voters, nominations, polling day, tally' },
    SUPERVISOR: { description: '督导组 / 观察员: on-site observations, rectification orders' },
    PETITION_HANDLER: { description: '信访办 / 纪检: complaint and petition cases' },
    INSPECTOR: { description: '纪委 / 巡查组: reads everything in the jurisdiction, audit trail' },
  },
});

export const JurisdictionLevelEnum = enumObject<JurisdictionLevel>(JURISDICTION_LEVELS);
registerEnumType(JurisdictionLevelEnum, {
  name: 'JurisdictionLevel',
  description: 'Administrative level, top to bottom.',
  valuesMap: {
    PROVINCE: { description: '省 (自治区, 直辖市)' },
    CITY: { description: '市 (地级市, 州, 盟)' },
    COUNTY: { description: '县 (区, 县级市, 旗)' },
    TOWNSHIP: { description: '乡 (镇, 街道)' },
    VILLAGE: { description: '行政村 / 社区' },
  },
});
