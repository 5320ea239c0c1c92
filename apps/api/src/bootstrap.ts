import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import express from 'express';
import { AppModule, type AppOverrides } from './app.module.js';
import { serveConsole } from './console/serve-console.js';
import { answerClientErrors } from './errors/client-error.js';
import { ERROR_LOG } from './errors/error-log.js';
import { AttachmentUploads, UPLOAD_PATH } from './supervision/attachment-uploads.js';
import { AppLogger, type AppConfig } from '@scrutineer/platform';

/** Build the HTTP application (not yet listening): used by main.ts and by the e2e tests. */
export async function createApp(config: AppConfig, overrides: AppOverrides): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, overrides), {
    bufferLogs: true,
    bodyParser: false,
    // Start-up failures reach main(), which reports them in one line.
    abortOnError: false,
  });
  app.useLogger(app.get(AppLogger));
  app.set('trust proxy', config.http.trustProxy);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: config.http.bodyLimit });
  // Open311 civic tools post form-encoded requests (GeoReport v2); nowhere else takes that.
  app.use('/open311', express.urlencoded({ extended: false, limit: config.http.bodyLimit }));
  answerClientErrors(app.getHttpServer(), app.get(ERROR_LOG));
  // Resumable attachment uploads (tus) take the raw request: mounted beside Nest's routes.
  const uploads = app.get(AttachmentUploads);
  app.use(UPLOAD_PATH, (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse) => {
    // Express strips the mount path; the tus server routes on the full one.
    req.url = req.originalUrl ?? req.url;
    void uploads.handle(req, res);
  });
  serveConsole(app);
  return app;
}
