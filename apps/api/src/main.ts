import 'reflect-metadata';
import { WorkflowRegistry } from '@scrutineer/workflow';
import { DataSource } from 'typeorm';
import { AdminBootstrap } from './auth/admin-bootstrap.service.js';
import { DEMO_COUNTY, DEMO_PASSWORD, loadDemoData, type DemoOutcome } from './demo/demo-data.js';
import { createApp } from './bootstrap.js';
import { exitOnStartupFailure, installShutdown, loadConfigOrExit, openDatabase, type AppConfig } from '@scrutineer/platform';

function banner(config: AppConfig, url: string, admin: AdminBootstrap, demo: DemoOutcome | undefined): string {
  const lines = [
    '',
    `  Scrutineer is running at ${url}`,
    `    GraphQL:  ${url}/graphql`,
    ...(config.graphql.sandbox ? [`    GraphiQL: ${url}/graphiql   (served by this server: no internet needed)`] : []),
    `    Health:   ${url}/health  ·  ${url}/health/ready`,
    config.database.kind === 'embedded'
      ? `    Database: embedded PostgreSQL (PGlite) in ${config.database.dataDir}`
      : '    Database: PostgreSQL server (DATABASE_URL)',
  ];
  const notice = admin.notice;
  if (notice?.generatedPassword) {
    lines.push(
      '',
      '  First start: an administrator account was created.',
      `    username: ${notice.username}`,
      `    password: ${notice.generatedPassword}`,
      `    (also in ${notice.passwordFile}; change it with the changeMyPassword mutation)`,
    );
  }
  if (demo) {
    lines.push(
      '',
      demo.loaded
        ? `  Demo data loaded under ${DEMO_COUNTY} (城关镇: villages, a campaign, elections in many states).`
        : '  Demo data was already loaded.',
      `    accounts (password ${DEMO_PASSWORD}): ${['demo-office', 'demo-committee', 'demo-inspector', 'demo-supervisor', 'demo-petitions'].join(', ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const database = await openDatabase(config);
  const app = await createApp(config, { database });
  installShutdown(app, config.http.shutdownTimeoutMs);
  await app.init();
  const demo = process.argv.includes('--demo') ? await loadDemoData(app.get(DataSource), app.get(WorkflowRegistry), new Date()) : undefined;
  await app.listen(config.http.port, config.http.host);
  app.flushLogs();
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  const host = config.http.host === '0.0.0.0' || config.http.host === '::' ? 'localhost' : config.http.host;
  process.stdout.write(banner(config, `http://${host}:${port}`, app.get(AdminBootstrap), demo));
}

main().catch(exitOnStartupFailure('Scrutineer'));
