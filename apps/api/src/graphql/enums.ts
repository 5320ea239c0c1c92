import { registerEnumType } from '@nestjs/graphql';
import {
  EDUCATION_LEVELS,
  JURISDICTION_LEVELS,
  NOMINATION_ROUTES,
  ORGANIZATION_TYPES,
  PREPARATION_ITEMS,
  PROFILE_IDS,
  PROFILE_OPTIONS,
  REVIEW_LEVELS,
  ROLES,
  WITHDRAWAL_INITIATORS,
  type Education,
  type JurisdictionLevel,
  type NominationRoute,
  type OrganizationType,
  type PreparationItem,
  type ProfileId,
  type ProfileOption,
  type ReviewLevel,
  type Role,
  type WithdrawalInitiator,
} from '@scrutineer/domain';

/** A GraphQL enum object from a domain list of values (registerEnumType wants an object). */
export const enumObject = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

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

export const OrganizationTypeEnum = enumObject<OrganizationType>(ORGANIZATION_TYPES);
registerEnumType(OrganizationTypeEnum, {
  name: 'OrganizationType',
  description: 'The kind of body being elected.',
  valuesMap: {
    VILLAGE_COMMITTEE: { description: '村民委员会' },
    RESIDENTS_COMMITTEE: { description: '居民委员会' },
    PARTY_BRANCH: { description: '党支部' },
    PARTY_GENERAL_BRANCH: { description: '党总支' },
    PARTY_COMMITTEE: { description: '基层党委' },
    YOUTH_LEAGUE_BRANCH: { description: '团支部' },
    TRADE_UNION: { description: '工会' },
  },
});

export const ProfileIdEnum = enumObject<ProfileId>(PROFILE_IDS);
registerEnumType(ProfileIdEnum, { name: 'RuleProfileId', description: 'A set of election rules (README: Rule profiles).' });

export const ProfileOptionEnum = enumObject<ProfileOption>(PROFILE_OPTIONS);
registerEnumType(ProfileOptionEnum, {
  name: 'ProfileOption',
  description: 'A reading an election may be created under where the sources differ.',
  valuesMap: {
    STRICT_MARGIN: {
      description:
        '差额 多于20% (seed 000 L244): more than 20% more candidates than seats (5 seats → 7), instead of 不低于20% rounded up (5 → 6)',
    },
  },
});

export const NominationRouteEnum = enumObject<NominationRoute>(NOMINATION_ROUTES);
registerEnumType(NominationRouteEnum, {
  name: 'NominationRoute',
  valuesMap: {
    SELF: { description: '自荐' },
    JOINT: { description: '联名推荐' },
    ORGANIZATION: { description: '组织推荐' },
    MASS: { description: '海推' },
    PARTY_MEMBERS: { description: '党员推荐' },
    MASSES: { description: '群众推荐' },
  },
});

export const PreparationItemEnum = enumObject<PreparationItem>(PREPARATION_ITEMS);
registerEnumType(PreparationItemEnum, {
  name: 'PreparationItem',
  valuesMap: {
    COMMITTEE_FORMED: { description: '选举委员会组成' },
    RULES_ADOPTED: { description: '选举办法通过' },
    AUDIT_PUBLISHED: { description: '离任审计结果公布' },
  },
});

export const ReviewLevelEnum = enumObject<ReviewLevel>(REVIEW_LEVELS);
registerEnumType(ReviewLevelEnum, {
  name: 'ReviewLevel',
  valuesMap: {
    TOWNSHIP_PRELIMINARY: { description: '乡镇(街道)初审' },
    JOINT_REVIEW: { description: '县(市)资格联审: 纪检、组织、政法、公安、法院、信访' },
  },
});

export const WithdrawalInitiatorEnum = enumObject<WithdrawalInitiator>(WITHDRAWAL_INITIATORS);
registerEnumType(WithdrawalInitiatorEnum, {
  name: 'WithdrawalInitiator',
  description: 'Who initiated a withdrawal (it matters to supervision).',
});

export const EducationEnum = enumObject<Education>(EDUCATION_LEVELS);
registerEnumType(EducationEnum, {
  name: 'Education',
  valuesMap: {
    PRIMARY: { description: '小学' },
    JUNIOR_HIGH: { description: '初中' },
    HIGH_SCHOOL: { description: '高中' },
    SECONDARY_VOCATIONAL: { description: '中专' },
    JUNIOR_COLLEGE: { description: '大专' },
    BACHELOR: { description: '本科' },
    POSTGRADUATE: { description: '研究生' },
  },
});

export const SexEnum = { FEMALE: 'FEMALE', MALE: 'MALE' } as const;
registerEnumType(SexEnum, { name: 'Sex' });

export const RoundKindEnum = { REGULAR: 'REGULAR', EXTRA: 'EXTRA' } as const;
registerEnumType(RoundKindEnum, {
  name: 'RoundKind',
  valuesMap: {
    REGULAR: { description: 'The first vote for the seats' },
    EXTRA: { description: '另行选举: another round for seats left unfilled' },
  },
});
