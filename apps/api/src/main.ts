import 'reflect-metadata';
import { AdminBootstrap } from './auth/admin-bootstrap.service.js';
import { createApp } from './bootstrap.js';
import { exitOnStartupFailure, installShutdown, loadConfigOrExit, openDatabase, type AppConfig } from '@scrutineer/platform';

function banner(config: AppConfig, url: string, admin: AdminBootstrap): string {
  const lines = [
    '',
    `  Scrutineer is running at ${url}`,
    `    GraphQL:  ${url}/graphql${config.graphql.sandbox ? '   (open it in a browser for GraphiQL)' : ''}`,
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
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const database = await openDatabase(config);
  const app = await createApp(config, { database });
  installShutdown(app, config.http.shutdownTimeoutMs);
  await app.listen(config.http.port, config.http.host);
  app.flushLogs();
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  const host = config.http.host === '0.0.0.0' || config.http.host === '::' ? 'localhost' : config.http.host;
  process.stdout.write(banner(config, `http://${host}:${port}`, app.get(AdminBootstrap)));
}

main().catch(exitOnStartupFailure('Scrutineer'));
