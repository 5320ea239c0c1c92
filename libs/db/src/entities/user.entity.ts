import type { Role } from '@scrutineer/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A staff account: one role, one home jurisdiction whose subtree bounds everything it sees. */
@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  username!: string;

  /** argon2id hash (PHC string). */
  @Column('text', { name: 'password_hash', select: false })
  passwordHash!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text')
  role!: Role;

  @Column('uuid', { name: 'jurisdiction_id' })
  jurisdictionId!: string;

  @Column('boolean')
  active!: boolean;

  /** Bumped on password change and deactivation: tokens carrying an older value stop working. */
  @Column('int', { name: 'token_version' })
  tokenVersion!: number;

  @Column('int', { name: 'failed_login_count' })
  failedLoginCount!: number;

  @Column('timestamptz', { name: 'locked_until', nullable: true })
  lockedUntil!: Date | null;

  @Column('timestamptz', { name: 'last_login_at', nullable: true })
  lastLoginAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Column('int')
  version!: number;
}
