import { ROLES, type Role } from './roles.js';

/**
 * What each role may do, in one table. Resolvers name a permission; the guard looks it up here.
 * Jurisdiction scoping (the caller's subtree) is a second, separate check on every object.
 */
export const PERMISSIONS = {
  /** Any signed-in user: read own account, change own password, browse jurisdictions in scope. */
  'session.self': ROLES,
  'jurisdiction.read': ROLES,
  'jurisdiction.manage': ['ADMIN'],
  'user.read': ['ADMIN', 'INSPECTOR'],
  'user.manage': ['ADMIN'],
  /** Audit trail and chain verification: inspectors must be able to trust the history. */
  'audit.read': ['ADMIN', 'INSPECTOR'],
  /** Organisations, campaigns, elections and candidates: everyone on staff reads them in scope. */
  'election.read': ROLES,
  /** 换届办 registers the bodies to be elected and plans campaigns. */
  'organization.manage': ['ADMIN', 'ELECTION_OFFICE'],
  'campaign.manage': ['ELECTION_OFFICE'],
  'election.create': ['ELECTION_OFFICE'],
  /**
   * Steps of an election or a candidacy. The machine decides per step who may take it: approvals,
   * certificates and side paths are the office's, the rest the election committee's or the office's.
   */
  'election.act': ['ELECTION_OFFICE', 'ELECTION_COMMITTEE'],
  /**
   * What holds up an election's certification, named (a case by tracking code and category): for the
   * office that certifies, and those who read cases anyway — not for the committee complained about.
   */
  'election.blockers': ['ELECTION_OFFICE', 'INSPECTOR', 'PETITION_HANDLER'],
  /** Complaint and petition cases: handlers work them, inspectors read them (and their statistics). */
  'case.read': ['PETITION_HANDLER', 'INSPECTOR'],
  'case.intake': ['PETITION_HANDLER'],
  'case.act': ['PETITION_HANDLER'],
  /** Seeing a complainant's identity: each reveal is audited with its reason. */
  'case.identity': ['PETITION_HANDLER', 'INSPECTOR'],
  /** Supervision teams: the 换届办 sets them up and says what each covers. */
  'supervision.manage': ['ELECTION_OFFICE'],
  /** Reading teams, observations, site summaries, orders and coverage (supervisors only within their assignment). */
  'supervision.read': ['SUPERVISOR', 'ELECTION_OFFICE', 'INSPECTOR'],
  /** Recording observations and issuing, verifying or rejecting rectification orders. */
  'supervision.observe': ['SUPERVISOR'],
  /** The election's side of an order: acknowledge it, report it rectified. */
  'rectification.respond': ['ELECTION_COMMITTEE', 'ELECTION_OFFICE'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const roleHasPermission = (role: Role, permission: Permission): boolean =>
  (PERMISSIONS[permission] as readonly Role[]).includes(role);
