import type { RuleProfile } from '../profile.js';

const ZJ = 'seed 002 (a county-level city in Zhejiang, 2010–11)';

/**
 * 村民委员会选举. Procedure from a Zhejiang city's 2010 rules (seed 002:235–337); the voting
 * thresholds of 村民委员会组织法 art.15 and the provincial measures as the notes report them.
 */
export const VILLAGE_COMMITTEE_V1: RuleProfile = {
  id: 'VILLAGE_COMMITTEE',
  version: 1,
  name: '村民委员会选举',
  organizationTypes: ['VILLAGE_COMMITTEE'],
  source: `${ZJ}; 村民委员会组织法 art.15 and provincial measures as reported in notes-000 §8`,
  tally: {
    quorum: {
      measure: 'VOTED',
      base: 'REGISTERED',
      ratio: { num: 1, den: 2 },
      strict: true,
      text: '有登记参加选举的村民过半数投票，选举有效',
      citation: '村委会组织法 art.15 (notes-000 §8)',
      basis: 'X',
    },
    election: {
      base: 'VOTED',
      ratio: { num: 1, den: 2 },
      strict: true,
      text: '候选人获得参加投票的村民过半数的选票，始得当选',
      citation: '村委会组织法 art.15 (notes-000 §8)',
      basis: 'X',
    },
    extraRound: {
      base: 'VOTED',
      ratio: { num: 1, den: 3 },
      strict: false,
      text: '另行选举：得票多的当选，但得票数不得少于已投选票数的三分之一',
      citation: 'provincial measures (notes-000 §8; notes-001-004 §8)',
      basis: 'X',
    },
  },
  maxRounds: { value: 2, citation: 'seed 000 L260', basis: 'P', note: '通過"兩次"選舉仍有2個村未選舉出村主任' },
  vacancyFillDays: {
    value: 60,
    citation: 'seed 000 L251, L267',
    basis: 'P',
    note: '未完成換屆選舉的村，就短缺職數，於4月底前完成 — the campaign closed at the end of February: about two months',
  },
  candidates: {
    routes: { value: ['SELF', 'MASS'], citation: 'seed 002:303', basis: 'S', note: '自荐; 没有选民"自荐"的，采取"海推"方式' },
    margin: {
      value: { kind: 'MORE_THAN_SEATS', percent: 0, strict: true },
      citation: 'seed 000 L48',
      basis: 'S',
      note: '等額提名、差額投票、多數確認 — no ratio given',
    },
    initialListRatio: { value: null, citation: 'seed 002:303', basis: 'S', note: 'no initial list: 自荐 or 海推' },
    commitmentLetters: { value: true, citation: 'seed 002:307', basis: 'S', note: '不签订两项承诺书的，取消候选人资格' },
    partyAgeYears: { value: null, citation: '—', basis: 'D' },
    maxAge: {
      value: { years: 60, effect: 'NEEDS_APPROVAL' },
      citation: 'seed 002:273',
      basis: 'S',
      note: '年龄超过60周岁的，原则上不再担任村两委班子成员，确因工作需要的，须经镇乡街道党(工)委审核同意',
    },
    newMemberMaxAge: { value: null, citation: '—', basis: 'D' },
    exclusions: [
      {
        kind: 'CRIMINAL_SENTENCE',
        years: 5,
        effect: 'INELIGIBLE',
        text: '被判处刑罚或者刑满释放未满5年',
        citation: 'seed 002:271',
        basis: 'S',
      },
      { kind: 'REEDUCATION', years: 3, effect: 'INELIGIBLE', text: '解除劳教未满3年', citation: 'seed 002:271', basis: 'S' },
      {
        kind: 'FAMILY_PLANNING',
        years: 5,
        effect: 'INELIGIBLE',
        text: '违反计划生育未处理或受处理后未满5年',
        citation: 'seed 002:271',
        basis: 'S',
      },
      { kind: 'GANG_RELATED', years: 3, effect: 'INELIGIBLE', text: '涉黑涉恶受处理未满3年', citation: 'seed 002:271', basis: 'S' },
      {
        kind: 'SERIOUS_SANCTION',
        years: 3,
        effect: 'UNSUITABLE',
        text: '近三年内受到过严重警告处分以上的人员',
        citation: 'seed 002:273',
        basis: 'S',
      },
    ],
    reviewLevels: {
      value: ['TOWNSHIP_PRELIMINARY', 'JOINT_REVIEW'],
      citation: 'seed 002:305',
      basis: 'S',
      note: '必须经过镇乡街道初审和市资格联审组联审。联审不过关的，取消候选人资格',
    },
  },
  body: {
    size: {
      value: { VILLAGE_COMMITTEE: { min: 3, max: 7 } },
      citation: 'seed 002:265',
      basis: 'S',
      note: '村党组织和村委会成员职数各为3-7人',
    },
    secretaryOnly: { value: null, citation: '—', basis: 'D' },
    composition: [
      { id: 'MIN_WOMEN', value: 1, blocking: false, text: '至少有1名女干部 (村两委)', citation: 'seed 002:267', basis: 'S' },
      {
        id: 'MIN_UNDER_AGE',
        value: 1,
        age: 35,
        blocking: false,
        text: '至少有1名35岁以下的年轻干部 (村两委)',
        citation: 'seed 002:267',
        basis: 'S',
      },
      {
        id: 'MIN_SHARE_HIGH_SCHOOL',
        value: 40,
        blocking: false,
        text: '高中以上学历原则上要达到40%以上',
        citation: 'seed 002:267',
        basis: 'S',
      },
      {
        id: 'MIN_SHARE_PARTY_MEMBERS',
        value: 40,
        blocking: false,
        text: '村委会成员中党员比例达到40%以上',
        citation: 'seed 002:267',
        basis: 'S',
      },
    ],
  },
  voting: {
    proxy: {
      value: { allowed: true, maxPerHolder: 3 },
      citation: 'seed 002:309',
      basis: 'S',
      note: '近亲属, 非候选人, 每一选民接受委托人数不得超过3人, 受委托人不得再行委托',
    },
    mobileBox: {
      value: false,
      citation: 'seed 002:313',
      basis: 'S',
      note: '不设流动票箱 (Zhejiang 2010); a Shaanxi county used mobile boxes in 2015 (seed 000 L257): a profile version for such a province sets true',
    },
    secretBooth: { value: true, citation: 'seed 002:313', basis: 'S', note: '必须设立秘密写票处' },
  },
  schedule: {
    selfNominationClosesDaysBefore: {
      value: 10,
      citation: 'seed 002:303',
      basis: 'S',
      note: '应在选举日10日前…通过"自荐"的方式产生候选人',
    },
    massNominationByDaysBefore: { value: 5, citation: 'seed 002:303', basis: 'S', note: '要在选举日5日前，采取"海推"方式' },
    massNominationParticipation: {
      value: {
        base: 'REGISTERED',
        ratio: { num: 1, den: 2 },
        strict: true,
        text: '"海推"必须有过半数选民本人参加投票',
        citation: 'seed 002:303',
      },
      citation: 'seed 002:303',
      basis: 'S',
    },
    introductionRequestDaysBefore: { value: 3, citation: 'seed 002:311', basis: 'S', note: '应在投票日三日前提出，并提交书面介绍材料' },
    noticeMinDaysBefore: {
      value: 5,
      citation: 'notes-000 §8; seed 000 L383',
      basis: 'X',
      note: 'formal candidates and the meeting announced commonly 5 days ahead; a residents’ committee posted its notice 5 days before',
    },
    objectionFileDays: {
      value: 3,
      citation: 'seed 000 L382',
      basis: 'P',
      note: '可在選舉名單公布日後3日內向選舉委員會提出 (a residents’ committee; adopted by analogy)',
    },
    objectionAnswerDays: { value: 2, citation: 'seed 000 L382', basis: 'P', note: '選舉委員會應在2日內作出解釋或調整' },
  },
  steps: {
    startApproval: { value: false, citation: '—', basis: 'D', note: 'no source requires approval to start' },
    voterRoll: {
      value: true,
      citation: 'seed 002:301; seed 000 L48',
      basis: 'S',
      note: '按照法定時間公布選民名單，做到不漏登、不錯登、不重登',
    },
    candidateApproval: {
      value: false,
      citation: 'seed 002:305',
      basis: 'S',
      note: 'candidates pass the joint review; no upper approval of the list',
    },
    result: {
      value: 'NONE',
      citation: 'seed 002:305',
      basis: 'S',
      note: 'announced on the spot; only a winner who skipped the joint review waits for its confirmation',
    },
    handover: { value: true, citation: 'seed 000 L267', basis: 'P', note: '在鄉鎮人民政府的主持下…完成新舊"班子"交接' },
    preparation: ['COMMITTEE_FORMED', 'RULES_ADOPTED', 'AUDIT_PUBLISHED'],
  },
  termYears: {
    value: 3,
    citation: 'seed 002:237',
    basis: 'S',
    note: '三年任期; 5 years since the 2018 amendment (notes-000 §8) — a later profile version',
  },
};
