import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { installShutdown, loadConfigOrExit } from '@scrutineer/platform';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit({ ...process.env, RUN_WORKER: 'true' });
  if (config.database.kind === 'embedded') {
    process.stderr.write('The worker needs DATABASE_URL: in embedded mode it runs inside the API process (npm start).\n');
    process.exit(1);
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  installShutdown(app, config.http.shutdownTimeoutMs);
  process.stderr.write('Scrutineer worker running\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`Scrutineer worker failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
