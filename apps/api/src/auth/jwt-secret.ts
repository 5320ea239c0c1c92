import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '@scrutineer/platform';

/**
 * The token signing secret: from JWT_SECRET, or in embedded mode one generated on first start and
 * kept in DATA_DIR/jwt-secret (readable by the owner only), so tokens survive restarts.
 */
export function resolveJwtSecret(config: AppConfig): string {
  if (config.auth.jwtSecret) return config.auth.jwtSecret;
  if (config.database.kind !== 'embedded') throw new Error('JWT_SECRET is required with DATABASE_URL');
  const file = join(config.dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
