import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppLogger, exitOnStartupFailure, installShutdown, loadConfigOrExit, openDatabase } from '@scrutineer/platform';
import { WorkerModule } from './worker.module.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit({ ...process.env, RUN_WORKER: 'true' });
  if (config.database.kind === 'embedded') {
    process.stderr.write('The worker needs DATABASE_URL: in embedded mode it runs inside the API process (npm start).\n');
    process.exit(1);
  }
  const database = await openDatabase(config);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, database), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(AppLogger));
  installShutdown(app, config.http.shutdownTimeoutMs);
  process.stderr.write('Scrutineer worker running\n');
}

main().catch(exitOnStartupFailure('Scrutineer worker'));
