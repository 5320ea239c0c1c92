import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { isDomainError, refusedText, roleHasPermission, type Clock } from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import { APP_CONFIG, CLOCK, type AppConfig } from '@scrutineer/platform';
import { FileStore } from '@tus/file-store';
import { Server } from '@tus/server';
import { fileTypeFromFile } from 'file-type';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DataSource } from 'typeorm';
import { ActorResolver } from '../auth/actor-resolver.service.js';
import type { Actor } from '../auth/actor.js';
import { ProofOfWork } from '../public/proof-of-work.js';
import { SupervisionAccess } from './supervision-access.js';

/** Photos and scans an observer may attach; the content must be what the type says (checked at the end). */
export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/heic': 'heic',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const UPLOAD_PATH = '/uploads';
/** An upload not finished within a week is given up: its bytes and its row go. */
export const UNFINISHED_UPLOAD_TTL_MS = 7 * 24 * 3600 * 1000;
const UPLOADERS: readonly string[] = ['SUPERVISOR', 'ELECTION_COMMITTEE', 'ELECTION_OFFICE'];
/** An anonymous uploader (a complainant's photos) sends its proof of work here, on every request of the upload. */
export const PROOF_HEADER = 'x-proof-of-work';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who is uploading: a signed-in user, or someone anonymous known again by the proof of work that admitted them. */
type Uploader = { actor: Actor; uploadKey: null } | { actor: null; uploadKey: string };

type Refusal = { status_code: number; body: string };
const refuse = (status_code: number, body: string): Refusal => ({ status_code, body: `${body}\n` });
const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'object' && value !== null && typeof (value as Refusal).status_code === 'number';

/**
 * Resumable attachment uploads (tus 1.0: POST to create, PATCH to send from the offset, HEAD to ask
 * where to resume), so a phone on a weak signal never starts over. Files live under DATA_DIR/attachments;
 * each upload's row says who sent it, its name, type, size and, once complete, its sha256. An
 * observation names its attachments by id when it is submitted; a public complaint names its photos,
 * uploaded without an account but admitted by a proof of work (X-Proof-Of-Work), which nobody but
 * staff who may see the case can read afterwards.
 */
@Injectable()
export class AttachmentUploads implements OnModuleInit, OnModuleDestroy {
  readonly server: Server;
  private readonly directory: string;
  private readonly uploaders = new WeakMap<object, Uploader>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly resolver: ActorResolver,
    private readonly supervision: SupervisionAccess,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly proofOfWork: ProofOfWork,
  ) {
    this.directory = join(config.dataDir, 'attachments');
    this.server = new Server({
      path: UPLOAD_PATH,
      relativeLocation: true,
      datastore: new FileStore({ directory: this.directory, expirationPeriodInMilliseconds: UNFINISHED_UPLOAD_TTL_MS }),
      maxSize: ATTACHMENT_MAX_BYTES,
      // Evidence stays: a finished upload cannot be deleted through the protocol.
      disableTerminationForFinishedUploads: true,
      // Attachments are named by UUID, like everything an observation refers to.
      namingFunction: () => randomUUID(),
      onUploadCreate: async (req, res, upload) => {
        const type = await this.created(req, upload.id, upload.size ?? null, upload.metadata ?? {});
        // The stored name is the id: the original (often Chinese) name is in the database, and an HTTP
        // header such as the download's Content-Disposition cannot carry it as it is.
        return { res, metadata: { ...(upload.metadata ?? {}), filename: `${upload.id}.${ATTACHMENT_TYPES[type]}`, filetype: type } };
      },
      onUploadFinish: async (_req, res, upload) => {
        await this.finished(upload.id);
        return res;
      },
    });
  }

  /**
   * Admission is decided here, before the tus server sees the request: a refused request is answered
   * and its body drained by us (refusing from inside the server's hooks, while it streams the body,
   * raced its stream adapter).
   */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0]!;
    const uploadId = path.slice(UPLOAD_PATH.length).replace(/^\/+/, '');
    let uploader: Uploader | null = null;
    const proof = req.headers[PROOF_HEADER];
    const refusal = await this.admit(
      req.method ?? 'GET',
      req.headers.authorization,
      typeof proof === 'string' ? proof : undefined,
      uploadId,
    ).then(
      (admitted) => {
        uploader = admitted;
        return null;
      },
      (error: unknown) => (isRefusal(error) ? error : refuse(500, 'Upload failed')),
    );
    if (refusal) {
      req.resume();
      res.writeHead(refusal.status_code, { 'Content-Type': 'text/plain; charset=utf-8', 'Tus-Resumable': '1.0.0' });
      res.end(refusal.body);
      return;
    }
    if (uploader) this.uploaders.set(req, uploader);
    await this.server.handle(req, res);
  }

  /** Remove uploads left unfinished past their time (files and rows); run hourly while the API runs. */
  async cleanUp(): Promise<number> {
    const removed = await this.server.cleanUpExpiredUploads();
    await sql(
      this.dataSource.manager,
      'DELETE FROM observation_attachments WHERE completed_at IS NULL AND observation_id IS NULL AND created_at < $1 RETURNING id',
      [new Date(this.clock.now().getTime() - UNFINISHED_UPLOAD_TTL_MS)],
    );
    // A complaint's photo never given to a complaint within the week goes too: nobody could read it.
    const orphans = await sql<{ id: string }>(
      this.dataSource.manager,
      'DELETE FROM observation_attachments WHERE uploaded_by IS NULL AND case_id IS NULL AND created_at < $1 RETURNING id',
      [new Date(this.clock.now().getTime() - UNFINISHED_UPLOAD_TTL_MS)],
    );
    for (const { id } of orphans) for (const file of [id, `${id}.json`]) await rm(join(this.directory, file), { force: true });
    return removed + orphans.length;
  }

  onModuleInit(): void {
    this.timer = setInterval(() => void this.cleanUp().catch(() => undefined), 3600_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /**
   * Signed in. Supervisors upload observation evidence, the election's side rectification evidence; an
   * upload is continued only by whoever began it, and only until it is complete; a finished file is read
   * by its uploader or by whoever may see the observation it belongs to.
   */
  private actorOf(authorization: string | undefined): Promise<Actor | null> {
    return this.resolver.fromRequest({ headers: { authorization } } as never).catch(() => null);
  }

  private async admit(method: string, authorization: string | undefined, proof: string | undefined, uploadId: string): Promise<Uploader> {
    const actor = await this.actorOf(authorization);
    if (!actor) return this.admitAnonymous(method, proof, uploadId);
    const uploader: Uploader = { actor, uploadKey: null };
    if (method === 'POST') {
      if (!UPLOADERS.includes(actor.role)) throw refuse(403, 'Only supervisors and the election’s side upload attachments');
      return uploader;
    }
    if (method === 'OPTIONS' || !uploadId) return uploader;
    const row = await this.row(uploadId);
    const own = row.uploaded_by === actor.userId;
    if (method === 'GET') {
      if (own) return uploader;
      if (!(await this.visible(actor, row))) throw refuse(404, 'No such upload');
      return uploader;
    }
    if (!own) throw refuse(404, 'No such upload');
    if (method !== 'HEAD' && row.completed_at !== null) throw refuse(403, 'This upload is complete and kept as it is');
    return uploader;
  }

  /**
   * Without an account: a complaint's photos. Creating one spends a proof of work; continuing it takes
   * the same proof again (its key is on the row); reading it back is never allowed, not even to its uploader.
   */
  private async admitAnonymous(method: string, proof: string | undefined, uploadId: string): Promise<Uploader> {
    if (!proof) throw refuse(401, 'Sign in, or send a solved proof of work (X-Proof-Of-Work), to upload');
    if (method === 'POST') {
      const uploadKey = await this.proofOfWork.admitUpload(proof).catch((error: unknown) => {
        throw isDomainError(error) ? refuse(403, `${error.code}: ${error.message}`) : error;
      });
      return { actor: null, uploadKey };
    }
    const uploadKey = this.proofOfWork.uploadKey(proof);
    if (method === 'OPTIONS' || !uploadId) return { actor: null, uploadKey: uploadKey ?? '' };
    const row = await this.row(uploadId);
    if (method === 'GET' || uploadKey === null || row.uploaded_by !== null || row.upload_key !== uploadKey)
      throw refuse(404, 'No such upload');
    if (method !== 'HEAD' && row.completed_at !== null) throw refuse(403, 'This upload is complete and kept as it is');
    return { actor: null, uploadKey };
  }

  private async row(uploadId: string) {
    if (!UUID.test(uploadId)) throw refuse(404, 'No such upload');
    const [row] = await sql<{
      uploaded_by: string | null;
      upload_key: string | null;
      completed_at: Date | null;
      election_id: string | null;
      case_id: string | null;
    }>(
      this.dataSource.manager,
      `SELECT a.uploaded_by, a.upload_key, a.completed_at, o.election_id, a.case_id
         FROM observation_attachments a LEFT JOIN observations o ON o.id = a.observation_id WHERE a.id = $1`,
      [uploadId],
    );
    if (!row) throw refuse(404, 'No such upload');
    return row;
  }

  /** Whoever may see the observation it belongs to, or the case (a complaint's photo). */
  private async visible(actor: Actor, row: { election_id: string | null; case_id: string | null }): Promise<boolean> {
    if (row.election_id !== null) {
      return this.supervision.assertElection(actor, row.election_id).then(
        () => true,
        () => false,
      );
    }
    if (row.case_id === null || !roleHasPermission(actor.role, 'case.read')) return false;
    const [inScope] = await sql(this.dataSource.manager, 'SELECT 1 FROM cases c WHERE c.id = $1 AND starts_with(c.jurisdiction_path, $2)', [
      row.case_id,
      actor.scopePath,
    ]);
    return inScope !== undefined;
  }

  private async created(req: IncomingMessage, id: string, size: number | null, metadata: Record<string, string | null>): Promise<string> {
    const uploader = this.uploaders.get(req);
    if (!uploader) throw refuse(401, 'Sign in to upload');
    const name = (metadata.filename ?? metadata.name ?? '').trim();
    const type = (metadata.filetype ?? metadata.type ?? '').trim().toLowerCase();
    if (name.length === 0 || name.length > 200) throw refuse(400, 'Give the file name (metadata filename, 1–200 characters)');
    if (refusedText(name)) throw refuse(400, `The file name ${refusedText(name)!}`);
    if (!(type in ATTACHMENT_TYPES)) throw refuse(415, `Accepted types: ${Object.keys(ATTACHMENT_TYPES).join(', ')}`);
    if (size === null) throw refuse(400, 'Give the upload length at creation');
    await sql(
      this.dataSource.manager,
      `INSERT INTO observation_attachments (id, uploaded_by, upload_key, name, media_type, size, storage_key, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, uploader.actor?.userId ?? null, uploader.uploadKey, name, type, size, id, this.clock.now()],
    );
    return type;
  }

  /** The whole file is here: check its content against its type, and record its sha256. */
  private async finished(id: string): Promise<void> {
    const path = join(this.directory, id);
    const [row] = await sql<{ media_type: string }>(
      this.dataSource.manager,
      'SELECT media_type FROM observation_attachments WHERE id = $1',
      [id],
    );
    const detected = await fileTypeFromFile(path);
    if (!row || detected?.mime !== row.media_type) {
      await rm(path, { force: true });
      await sql(this.dataSource.manager, 'DELETE FROM observation_attachments WHERE id = $1 AND completed_at IS NULL RETURNING id', [id]);
      throw refuse(415, `The file is not ${row?.media_type ?? 'an accepted type'}${detected ? ` (it looks like ${detected.mime})` : ''}`);
    }
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    await sql(this.dataSource.manager, 'UPDATE observation_attachments SET sha256 = $2, completed_at = $3 WHERE id = $1 RETURNING id', [
      id,
      hash.digest('hex'),
      this.clock.now(),
    ]);
  }
}
