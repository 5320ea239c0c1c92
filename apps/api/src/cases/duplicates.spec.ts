import type { CaseEntity } from '@scrutineer/db';
import { rankDuplicates, textSimilarity } from './duplicates.js';

const kase = (over: Partial<CaseEntity>): CaseEntity =>
  ({
    id: 'x',
    title: '',
    body: '',
    category: 'BRIBERY',
    electionId: null,
    subjectJurisdictionId: null,
    receivedOn: '2026-03-01',
    state: 'open.received',
    ...over,
  }) as CaseEntity;

describe('duplicate suggestions', () => {
  it('measures text similarity on Chinese text', () => {
    expect(textSimilarity('候选人王某发放购物卡拉票', '候选人王某发放购物卡拉票')).toBe(1);
    expect(textSimilarity('候选人王某发放购物卡拉票', '候选人王某给村民发购物卡拉票')).toBeGreaterThan(0.6);
    expect(textSimilarity('候选人王某发放购物卡拉票', '选民名单漏登张三')).toBeLessThan(0.3);
  });

  it('suggests the same election’s similar reports first, and never the case itself or a merged one', () => {
    const subject = kase({ id: 'a', title: '贿选', body: '候选人王某发放购物卡拉票', electionId: 'e1' });
    const ranked = rankDuplicates(subject, [
      subject,
      kase({ id: 'b', title: '贿选', body: '候选人王某给村民发购物卡拉票', electionId: 'e1' }),
      kase({ id: 'c', title: '贿选', body: '候选人王某发放购物卡拉票', electionId: 'e1', state: 'merged' }),
      kase({ id: 'd', title: '漏登', body: '选民名单漏登张三', electionId: 'e1' }),
      kase({ id: 'e', title: '贿选', body: '候选人王某发放购物卡拉票', electionId: 'e2' }),
    ]);
    expect(ranked.map((r) => r.case.id)).toEqual(['e', 'b']);
    expect(ranked[1]!.reason).toContain('same election');
  });
});
