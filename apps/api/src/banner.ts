import type { AppConfig } from '@scrutineer/platform';
import type { AdminNotice } from './auth/admin-bootstrap.service.js';
import { DEMO_ACCOUNTS, DEMO_COUNTY, DEMO_PASSWORD, type DemoOutcome } from './demo/demo-data.js';

/** What `npm start` prints once the server listens: where it is, the first admin, the demo's accounts. */
export function banner(config: AppConfig, url: string, notice: AdminNotice | undefined, demo: DemoOutcome | undefined): string {
  const lines = [
    '',
    `  Scrutineer is running at ${url}`,
    `    Console:  ${url}/   (the staff console, in Chinese; English from its language switch)`,
    `    Public:   ${url}/public   (file a complaint and check its progress, no account)`,
    `    Observe:  ${url}/observe/   (the supervisors' offline phone app; installable over HTTPS)`,
    `    GraphQL:  ${url}/graphql`,
    ...(config.graphql.sandbox ? [`    GraphiQL: ${url}/graphiql   (served by this server: no internet needed)`] : []),
    `    Health:   ${url}/health  ·  ${url}/health/ready`,
    config.database.kind === 'embedded'
      ? `    Database: embedded PostgreSQL (PGlite) in ${config.database.dataDir}`
      : '    Database: PostgreSQL server (DATABASE_URL)',
  ];
  if (notice?.generatedPassword) {
    lines.push(
      '',
      '  First start: an administrator account was created.',
      `    username: ${notice.username}`,
      `    password: ${notice.generatedPassword}`,
      `    (also in ${notice.passwordFile}; change it in the console: 修改密码, or with the changeMyPassword mutation)`,
    );
  }
  if (notice?.noAccounts) {
    lines.push(
      '',
      '  No account exists yet. Create the first administrator:',
      '    npm run create-admin -- --username admin            (prints a generated password)',
      '    in Docker: docker compose exec api node dist/apps/api/src/cli/create-admin.js --username admin',
      '    or set ADMIN_USERNAME and ADMIN_PASSWORD and restart.',
    );
  }
  if (!demo) {
    lines.push('', '  To look around with demo data and an account per role: npm start -- --demo');
  }
  if (demo) {
    lines.push(
      '',
      demo.loaded
        ? `  Demo data loaded under ${DEMO_COUNTY} (城关镇: elections in many states, cases, a supervision team and its observations).`
        : '  Demo data was already loaded.',
      `    accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.join(', ')}`,
      ...(demo.publicCase
        ? [
            `    a public complaint to follow at ${url}/public/status: tracking code ${demo.publicCase.trackingCode}, PIN ${demo.publicCase.pin}`,
          ]
        : []),
    );
  }
  return `${lines.join('\n')}\n`;
}
