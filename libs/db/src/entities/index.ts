import { AuditEntryEntity } from './audit-entry.entity.js';
import { CampaignEntity } from './campaign.entity.js';
import { CaseEntity } from './case.entity.js';
import { CandidateEntity } from './candidate.entity.js';
import { ElectionRoundEntity } from './election-round.entity.js';
import { ElectionEntity } from './election.entity.js';
import { JurisdictionEntity } from './jurisdiction.entity.js';
import { LateEntryEntity } from './late-entry.entity.js';
import { ObservationEntity } from './observation.entity.js';
import { OrganizationEntity } from './organization.entity.js';
import { UserEntity } from './user.entity.js';

export {
  AuditEntryEntity,
  CampaignEntity,
  CandidateEntity,
  CaseEntity,
  ElectionEntity,
  ElectionRoundEntity,
  JurisdictionEntity,
  LateEntryEntity,
  ObservationEntity,
  OrganizationEntity,
  UserEntity,
};

export const ENTITIES = [
  JurisdictionEntity,
  UserEntity,
  AuditEntryEntity,
  OrganizationEntity,
  CampaignEntity,
  ElectionEntity,
  CandidateEntity,
  ElectionRoundEntity,
  CaseEntity,
  ObservationEntity,
  LateEntryEntity,
];
