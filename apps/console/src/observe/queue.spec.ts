import {
  attachmentIdOf,
  counts,
  newId,
  refusedAsLate,
  withLateReason,
  nextBatch,
  photosReady,
  photosToUpload,
  settle,
  submission,
  tokenUsable,
  type ObservationPayload,
  type Queued,
} from './queue';

const payload = (id: string): ObservationPayload => ({
  id,
  electionId: 'e1',
  stage: 'ELECTION_MEETING',
  observedAt: '2026-11-20T09:00:00.000Z',
  channel: 'MOBILE_OFFLINE',
  site: { name: '村委会大礼堂', kind: 'MEETING_HALL' },
  checklist: [{ item: 'SECRET_BOOTH', answer: 'YES' }],
  violations: [],
  narrative: '',
});

const queued = (id: string, savedAt: string, extra: Partial<Queued> = {}): Queued => ({
  id,
  userId: 'u1',
  state: 'waiting',
  payload: payload(id),
  photoIds: [],
  savedAt,
  ...extra,
});

describe('the observer outbox', () => {
  const noPhotos = new Map<string, { id: string; attachmentId?: string }>();

  it('sends this user’s waiting observations oldest first, in batches of the given size', () => {
    const items = [
      queued('c', '2026-11-20T09:03:00Z'),
      queued('a', '2026-11-20T09:01:00Z'),
      queued('b', '2026-11-20T09:02:00Z'),
      queued('d', '2026-11-20T09:00:00Z', { state: 'stored' }),
      queued('e', '2026-11-20T09:00:00Z', { state: 'refused' }),
      queued('f', '2026-11-20T09:00:00Z', { userId: 'someone else' }),
    ];
    expect(nextBatch(items, 'u1', noPhotos, 2).map((q) => q.id)).toEqual(['a', 'b']);
    expect(nextBatch(items, 'u1', noPhotos).map((q) => q.id)).toEqual(['a', 'b', 'c']);
    // Another observer's records on a shared phone wait for them.
    expect(nextBatch(items, 'someone else', noPhotos).map((q) => q.id)).toEqual(['f']);
  });

  it('holds an observation back until all its photos are uploaded, and names them in the order taken', () => {
    const item = queued('a', '2026-11-20T09:01:00Z', { photoIds: ['p2', 'p1'] });
    const half = new Map([
      ['p1', { id: 'p1', attachmentId: 'att-1' }],
      ['p2', { id: 'p2' }],
    ]);
    expect(photosReady(item, half)).toBe(false);
    expect(nextBatch([item], 'u1', half)).toEqual([]);
    expect(photosToUpload([item], 'u1', half).map((p) => p.id)).toEqual(['p2']);

    const done = new Map([...half, ['p2', { id: 'p2', attachmentId: 'att-2' }]]);
    expect(nextBatch([item], 'u1', done)).toEqual([item]);
    expect(submission(item, done).attachmentIds).toEqual(['att-2', 'att-1']);
  });

  it('sends the payload as saved, so a resend is the same content (answered DUPLICATE, not stored twice)', () => {
    const item = queued('a', '2026-11-20T09:01:00Z');
    expect(submission(item, noPhotos)).toEqual({ ...payload('a'), attachmentIds: [] });
    expect(submission(item, noPhotos)).toEqual(submission(item, noPhotos));
  });

  it('uploads no photo of an observation already answered', () => {
    const stored = queued('a', '2026-11-20T09:01:00Z', { state: 'stored', photoIds: ['p1'] });
    expect(photosToUpload([stored], 'u1', new Map([['p1', { id: 'p1' }]]))).toEqual([]);
  });

  it('takes CREATED and DUPLICATE as stored, REJECTED as refused, and leaves anything unanswered waiting', () => {
    const states = settle([
      { id: 'a', status: 'CREATED' },
      { id: 'b', status: 'DUPLICATE' },
      { id: 'c', status: 'REJECTED' },
      { id: 'd', status: 'SOMETHING_NEW' },
    ]);
    expect(Object.fromEntries(states)).toEqual({ a: 'stored', b: 'stored', c: 'refused' });
    expect(states.has('e')).toBe(false);
  });

  it('counts one user’s records by state', () => {
    const items = [
      queued('a', '1', { state: 'waiting' }),
      queued('b', '2', { state: 'stored' }),
      queued('c', '3', { state: 'refused' }),
      queued('d', '4', { userId: 'u2' }),
    ];
    expect(counts(items, 'u1')).toEqual({ waiting: 1, stored: 1, refused: 1 });
  });

  it('reads an attachment’s id from its upload address', () => {
    expect(attachmentIdOf('http://127.0.0.1:3000/uploads/0f8c6e0e-1a2b-4c3d-8e9f-001122334455')).toBe(
      '0f8c6e0e-1a2b-4c3d-8e9f-001122334455',
    );
    expect(attachmentIdOf('/uploads/abc')).toBe('abc');
  });

  it('treats an expired token as unusable (the queue waits for a sign-in) and an unreadable one as the server’s to judge', () => {
    const token = (exp: number) => `h.${Buffer.from(JSON.stringify({ sub: 'u1', exp })).toString('base64url')}.s`;
    const now = new Date('2026-11-20T09:00:00Z');
    const seconds = now.getTime() / 1000;
    expect(tokenUsable(token(seconds + 3600), now)).toBe(true);
    expect(tokenUsable(token(seconds - 1), now)).toBe(false);
    // Within a minute of expiry it would lapse mid-send.
    expect(tokenUsable(token(seconds + 30), now)).toBe(false);
    expect(tokenUsable(null, now)).toBe(false);
    expect(tokenUsable('not-a-jwt', now)).toBe(true);
  });

  it('offers a resend with a written reason when the only refusal is lateness, under the same id', () => {
    expect(refusedAsLate([{ rule: 'lateReason' }])).toBe(true);
    expect(refusedAsLate([{ rule: 'lateReason' }, { rule: 'site.name' }])).toBe(false);
    expect(refusedAsLate([])).toBe(false);
    const refused = queued('a', '2026-11-10T09:00:00Z', { state: 'refused' });
    const again = withLateReason(refused, ' 现场无信号 ');
    expect(again).toMatchObject({ id: 'a', state: 'waiting', payload: { ...payload('a'), lateReason: '现场无信号' } });
    expect(nextBatch([again], 'u1', noPhotos)).toEqual([again]);
  });

  it('makes UUIDs without crypto.randomUUID (a phone on plain HTTP has none)', () => {
    const { getRandomValues } = globalThis.crypto;
    const id = newId({ getRandomValues: (a) => getRandomValues.call(globalThis.crypto, a) });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newId({ getRandomValues, randomUUID: () => 'from-randomUUID' })).toBe('from-randomUUID');
  });
});
