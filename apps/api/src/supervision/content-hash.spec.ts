import { hash } from 'node:crypto';
import type { ObservationDraft } from '@scrutineer/domain';
import canonicalize from 'canonicalize';
import { contentHash } from './content-hash.js';

const reference = (electionId: string | undefined, draft: ObservationDraft) =>
  hash('sha256', canonicalize({ electionId, draft }) ?? '', 'hex');

const draft: ObservationDraft = {
  stage: 'ELECTION_MEETING',
  observedAt: '2026-03-01T09:30:00+08:00',
  channel: 'MOBILE_OFFLINE',
  site: { name: '村委大会议室', kind: 'MEETING_HALL', latitude: 30.5, longitude: 114.3 },
  checklist: [{ item: 'SECRET_BOOTH', answer: 'YES', numbers: { present: 40, entitled: 52 }, note: 'ok "quoted"' }],
  violations: [{ code: 'BRIBERY', severity: 'MAJOR', description: 'cash\nhanded out' }],
  narrative: 'Calm.',
};

describe('contentHash', () => {
  it('is the hash of the canonical JSON of the election id and the draft', () => {
    expect(contentHash('6f1c2d3e-0000-4000-8000-000000000001', draft)).toBe(reference('6f1c2d3e-0000-4000-8000-000000000001', draft));
  });

  it('leaves out undefined members as canonicalize does', () => {
    const partial = { ...draft, channel: undefined, site: { name: '', kind: undefined } } as unknown as ObservationDraft;
    expect(contentHash(undefined, partial)).toBe(reference(undefined, partial));
    expect(contentHash('x', { ...draft, checklist: [], violations: [] })).toBe(reference('x', { ...draft, checklist: [], violations: [] }));
  });
});
