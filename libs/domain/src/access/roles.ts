/**
 * Roles of the product (DOMAIN.md "Who does what"). The public files complaints without a role.
 */
export const ROLES = [
  /** 系统管理员: manages jurisdictions and user accounts in their subtree. */
  'ADMIN',
  /** 换届办 / 换届领导小组办公室: campaigns, elections, approvals. */
  'ELECTION_OFFICE',
  /** 选举委员会 (选委会) or Party branch committee: voters, nominations, polling day, tally. */
  'ELECTION_COMMITTEE',
  /** 督导组 / 巡查组 / 观察员: on-site observations and rectification orders. */
  'SUPERVISOR',
  /** 信访稳定组 / 信访办 / 纪检: complaint and petition cases. */
  'PETITION_HANDLER',
  /** 纪委 / 巡查组 / higher 换届办: reads everything in the jurisdiction, audit trail, statistics. */
  'INSPECTOR',
] as const;

export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
