import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { JURISDICTION_LEVELS, type JurisdictionLevel } from '@scrutineer/domain';
import { openDatabase, loadConfigOrExit } from '@scrutineer/platform';
import { AuditLog, SystemClock } from '@scrutineer/workflow';
import { ensureAdmin } from '../auth/bootstrap-admin.js';

const USAGE = `Usage: npm run create-admin -- --username <name> [--password <pw>] [--display-name <name>]
                            [--jurisdiction <name>] [--level PROVINCE|CITY|COUNTY|TOWNSHIP|VILLAGE] [--code <digits>]
Creates an ADMIN account in a root jurisdiction (found by name, or created). Without --password one is
generated and printed. Defaults come from ADMIN_USERNAME, ADMIN_PASSWORD, ADMIN_JURISDICTION_NAME, … .`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      password: { type: 'string' },
      'display-name': { type: 'string' },
      jurisdiction: { type: 'string' },
      level: { type: 'string' },
      code: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfigOrExit();
  const username = values.username ?? config.bootstrapAdmin?.username;
  if (!username) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  const level = (values.level ?? config.rootJurisdiction.level) as JurisdictionLevel;
  if (!JURISDICTION_LEVELS.includes(level)) throw new Error(`--level must be one of ${JURISDICTION_LEVELS.join(', ')}`);
  const generated = (values.password ?? config.bootstrapAdmin?.password) ? undefined : randomBytes(12).toString('base64url');
  const password = values.password ?? config.bootstrapAdmin?.password ?? generated!;

  const { dataSource, unlock } = await openDatabase(config);
  try {
    const outcome = await ensureAdmin(dataSource, new AuditLog(), new SystemClock(), {
      username,
      password,
      displayName: values['display-name'] ?? config.bootstrapAdmin?.displayName ?? 'Administrator',
      jurisdiction: { name: values.jurisdiction ?? config.rootJurisdiction.name, level, code: values.code ?? config.rootJurisdiction.code },
    });
    if (!outcome.created) {
      process.stderr.write(`An account named ${username} already exists; nothing was changed.\n`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`Created administrator ${username} in jurisdiction ${outcome.jurisdictionId}.\n`);
    if (generated) process.stdout.write(`Generated password: ${generated}\nChange it after signing in (changeMyPassword).\n`);
  } finally {
    await dataSource.destroy();
    await unlock?.();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`create-admin failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
