import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@scrutineer/domain';

export const ACCESS_RULE = 'scrutineer:access-rule';

export type AccessRule = { public: true } | { permission: Permission };

/** Callers must be signed in with a role that has this permission (libs/domain PERMISSIONS). */
export const Allow = (permission: Permission) => SetMetadata(ACCESS_RULE, { permission } satisfies AccessRule);

/** Anyone may call this, signed in or not. */
export const Public = () => SetMetadata(ACCESS_RULE, { public: true } satisfies AccessRule);
