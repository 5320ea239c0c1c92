import i18next, { type TFunction } from 'i18next';
import { catalogEn, catalogZhCN } from '../i18n/catalog/index';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import { formatReason, type Reason } from './format-reason';

/** The console's resources as i18n/index.ts builds them: the shell's texts, then the catalogue merged in. */
async function translator(language: 'zh-CN' | 'en'): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
  i18n.addResourceBundle('zh-CN', 'translation', catalogZhCN, true, true);
  i18n.addResourceBundle('en', 'translation', catalogEn, true, true);
  return i18n.t;
}

const reason = (rule: string, values: Record<string, unknown> = {}, citation: string | null = null): Reason => ({
  rule,
  message: 'the server’s English, never shown',
  citation,
  values,
});

/** 差额 under the strict reading: 5 seats need 7 candidates, 6 are not enough (seed 000 L244). */
const margin = reason(
  'candidate-margin',
  { post: '委员', seats: 5, candidates: 6, needed: 7, percent: 20 },
  'seed 000 L244 (多于20%, the STRICT_MARGIN option)',
);

describe('formatReason', () => {
  let zh: TFunction;
  let english: TFunction;
  beforeAll(async () => {
    zh = await translator('zh-CN');
    english = await translator('en');
  });

  it('renders a refusal in Chinese with its numbers and its source', () => {
    expect(formatReason(margin, zh)).toBe(
      '委员：应选 5 名，现有候选人 6 名；实行差额选举，候选人至少需要 7 名（依据：seed 000 L244 (多于20%, the STRICT_MARGIN option)）',
    );
  });

  it('renders the same refusal in English', () => {
    expect(formatReason(margin, english)).toContain(
      '委员: 6 candidate(s) for 5 seat(s); with more candidates than seats (差额) at least 7 are needed',
    );
  });

  it('names the ids among the values: states, fields, earlier steps, roles, lists', () => {
    expect(formatReason(reason('nomination-closed', { state: 'active.publicity' }), zh)).toBe('只有在提名阶段才能提名，选举当前处于“公示”');
    expect(
      formatReason(
        reason('date-before', {
          field: 'publishedOn',
          date: '2026-04-01',
          bound: '2026-04-03',
          what: 'preparation (AUDIT_PUBLISHED) was recorded as done',
          boundStep: 'PREPARATION_RECORDED',
        }),
        zh,
      ),
    ).toBe('公布日期（2026-04-01）早于筹备事项记录完成的日期（2026-04-03）');
    expect(formatReason(reason('actor-role', { role: 'SUPERVISOR', required: 'ELECTION_COMMITTEE,ELECTION_OFFICE' }), zh)).toBe(
      '只有选举委员会、换届办可以进行此操作',
    );
    expect(formatReason(reason('preparation', { missing: 'COMMITTEE_FORMED,AUDIT_PUBLISHED' }), zh)).toBe(
      '筹备工作尚未完成：组成选举委员会、公布离任审计结果尚未记录',
    );
    expect(formatReason(reason('merge-into-ended', { trackingCode: 'XF-2026-0001', state: 'notAccepted' }), zh)).toBe(
      '案件 XF-2026-0001 当前为“不予受理”，已不再办理，不能合并到该案件',
    );
    expect(formatReason(reason('round-kind', { expected: 'EXTRA' }), zh)).toBe('本轮应为另行选举');
    expect(formatReason(reason('exclusion-criminal-sentence', { kind: 'CRIMINAL_SENTENCE', yearsPassed: -1, years: 5 }), zh)).toBe(
      '被判处刑罚或刑满释放未满 5 年（已过：尚未处理完毕）',
    );
  });

  it('names an earlier step a refusal stored before steps had ids', () => {
    expect(formatReason(reason('date-before', { field: 'on', date: '2026-04-01', bound: '2026-04-03', what: 'polling opened' }), zh)).toBe(
      '日期（2026-04-01）早于前一环节的日期（2026-04-03）',
    );
  });

  it('falls back to the brief sentence when a place gives fewer numbers than the full one needs', () => {
    // The tally's quorum decision counts from its own base (registered voters or those entitled).
    const tallied = reason('quorum', { voted: 300, base: 520, needed: 261, counted: 300 }, '村民委员会组织法 第十五条');
    expect(formatReason(tallied, zh)).toBe(
      '法定人数：基数 520 人，实到（或参加投票）300 人，至少需要 261 人（依据：村民委员会组织法 第十五条）',
    );
    const atOpening = reason('quorum', { present: 35, entitled: 55, needed: 45, base: 55, counted: 35 });
    expect(formatReason(atOpening, zh)).toBe('未达到法定人数：应到会 55 人，实到会 35 人，至少需要 45 人');
    expect(formatReason(reason('window-closed', { step: 'REVIEW_REQUEST' }), zh)).toBe('申请复查的期限已过');
  });

  it('never shows the server’s English for a rule it does not know', () => {
    expect(formatReason(reason('no-such-rule', { n: 1 }), zh)).toBe('不符合规定（no-such-rule）');
  });
});
