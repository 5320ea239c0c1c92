import 'reflect-metadata';
import { WorkflowRegistry } from '@scrutineer/workflow';
import { DataSource } from 'typeorm';
import { AdminBootstrap } from './auth/admin-bootstrap.service.js';
import { banner } from './banner.js';
import { loadDemoData } from './demo/demo-data.js';
import { createApp } from './bootstrap.js';
import { exitOnStartupFailure, installShutdown, loadConfigOrExit, openDatabase } from '@scrutineer/platform';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const database = await openDatabase(config, { replica: true });
  const app = await createApp(config, { database });
  installShutdown(app, config.http.shutdownTimeoutMs);
  await app.init();
  const demo = process.argv.includes('--demo') ? await loadDemoData(app.get(DataSource), app.get(WorkflowRegistry), new Date()) : undefined;
  await app.listen(config.http.port, config.http.host);
  app.flushLogs();
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  const host = config.http.host === '0.0.0.0' || config.http.host === '::' ? 'localhost' : config.http.host;
  process.stdout.write(banner(config, `http://${host}:${port}`, app.get(AdminBootstrap).notice, demo));
}

main().catch(exitOnStartupFailure('Scrutineer'));
