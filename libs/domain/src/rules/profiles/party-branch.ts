import type { RuleProfile } from '../profile.js';

const CONFLICT_MAJORITY = 'notes-001-004 §8 reports "more than half of those present (实到会)"; the generic rules say 应到会';

/**
 * 党支部 / 党总支 / 基层党委 elections, from the generic Party election rules quoted in seed 000
 * (L240–249, L390–407) and a Zhejiang city's 公推直选 rules (seed 002:287–291).
 */
export const PARTY_BRANCH_V1: RuleProfile = {
  id: 'PARTY_BRANCH',
  version: 1,
  name: '党组织换届选举',
  organizationTypes: ['PARTY_BRANCH', 'PARTY_GENERAL_BRANCH', 'PARTY_COMMITTEE'],
  source:
    'seed 000 L240–249, L390–407 (generic rules); seed 002:287–291 (Zhejiang 公推直选). The age limit, exclusions and composition targets are the 村两委 rules of seed 002:267–273, applied here to every Party body the profile covers; a deployment electing other Party bodies should publish its own version',
  tally: {
    quorum: {
      measure: 'PRESENT',
      base: 'ENTITLED',
      ratio: { num: 4, den: 5 },
      strict: true,
      text: '有選舉權的到會人數必須超過應到會人數的五分之四，方可進行選舉',
      citation: 'seed 000 L247',
      basis: 'S',
    },
    election: {
      base: 'ENTITLED',
      ratio: { num: 1, den: 2 },
      strict: true,
      text: '候選人獲得的贊成票必須超過應到會有選舉權黨員半數以上，方能當選',
      citation: 'seed 000 L248',
      basis: 'S',
      note: CONFLICT_MAJORITY,
    },
    // The sources give no other threshold for another round: the same rule applies.
    extraRound: null,
  },
  maxRounds: { value: 2, citation: 'no source; village practice by analogy (seed 000 L260)', basis: 'D' },
  vacancyFillDays: { value: 60, citation: 'no source; 补选 after upper consent (seed 000 L245, L396)', basis: 'D' },
  candidates: {
    routes: {
      value: ['PARTY_MEMBERS', 'MASSES', 'ORGANIZATION', 'SELF', 'JOINT'],
      citation: 'seed 002:289; seed 000 L180, L185, L243',
      basis: 'S',
      note: '党员推荐、群众推荐、组织推荐 (公推); 个人自荐、联名推荐',
    },
    margin: {
      value: { kind: 'PERCENT', percent: 20, strict: true },
      citation: 'seed 000 L244',
      basis: 'S',
      note: '委員預備人選必須差額提出，差額比例應多于20%; seed 002:289 has 不低于20% (at least); no rounding rule is given',
    },
    initialListRatio: { value: 2, citation: 'seed 002:289', basis: 'S', note: '按1:2的比例产生候选人初步人选' },
    commitmentLetters: { value: true, citation: 'seed 002:291', basis: 'S', note: '不按要求签订承诺书的，取消其候选人资格' },
    partyAgeYears: {
      value: 3,
      citation: 'seed 000 L244',
      basis: 'S',
      note: '黨齡不得低于3年; seed 000 L393: members 2 years "in principle"',
    },
    maxAge: {
      value: { years: 60, effect: 'NEEDS_APPROVAL' },
      citation: 'seed 002:273',
      basis: 'S',
      note: 'village Party organisations (村两委); seed 000 L191: one township retains no secretary aged 60 or more',
    },
    newMemberMaxAge: { value: null, citation: '—', basis: 'D' },
    exclusions: [
      {
        kind: 'CRIMINAL_SENTENCE',
        years: 5,
        effect: 'INELIGIBLE',
        text: '被判处刑罚或者刑满释放未满5年 (村两委)',
        citation: 'seed 002:271',
        basis: 'S',
      },
      {
        kind: 'GANG_RELATED',
        years: 3,
        effect: 'INELIGIBLE',
        text: '涉黑涉恶受处理未满3年 (村两委)',
        citation: 'seed 002:271',
        basis: 'S',
      },
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
      citation: 'seed 000 L171; seed 002:305',
      basis: 'S',
      note: '黨組織委員候選人初步預備人選: 街道黨工委初審, then the district joint review',
    },
  },
  body: {
    size: {
      value: { PARTY_BRANCH: { min: 3, max: 5 }, PARTY_GENERAL_BRANCH: { min: 5, max: 7 }, PARTY_COMMITTEE: { min: 5, max: 11 } },
      citation: 'seed 000 L399',
      basis: 'S',
      note: '黨委一般設委員5—9人，最多不超過11人；黨總支5—7人；黨支部3—5人',
    },
    secretaryOnly: {
      value: { requiredBelow: 7, allowedUpTo: null },
      citation: 'seed 000 L242, L399; 中国共产党支部工作条例(试行) (2018) art.9',
      basis: 'S',
      note: '黨員人數在7人以下的黨支部，不設支部委員會，只設1名書記 — read as "fewer than 7", as the 2018 条例 has 正式党员不足7人',
    },
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
    ],
  },
  voting: {
    proxy: {
      value: { allowed: false, maxPerHolder: null },
      citation: 'no source',
      basis: 'D',
      note: 'members vote in person at the congress',
    },
    mobileBox: { value: false, citation: 'no source', basis: 'D' },
    secretBooth: { value: true, citation: 'seed 000 L189', basis: 'P', note: '設立單獨的劃票室' },
  },
  schedule: {
    selfNominationClosesDaysBefore: { value: null, citation: '—', basis: 'D' },
    massNominationByDaysBefore: { value: null, citation: '—', basis: 'D' },
    massNominationParticipation: { value: null, citation: '—', basis: 'D' },
    introductionRequestDaysBefore: { value: null, citation: '—', basis: 'D' },
    noticeMinDaysBefore: { value: null, citation: '—', basis: 'D' },
    objectionFileDays: { value: null, citation: '—', basis: 'D' },
    objectionAnswerDays: { value: null, citation: '—', basis: 'D' },
  },
  steps: {
    startApproval: { value: true, citation: 'seed 000 L112, L241', basis: 'S', note: '從黨支部上報換屆選舉的請示後到工委研究後批復' },
    voterRoll: { value: false, citation: '—', basis: 'D', note: 'entitled members (正式黨員) are counted at the congress' },
    candidateApproval: {
      value: true,
      citation: 'seed 000 L243; seed 002:289–291',
      basis: 'S',
      note: '報上級黨委審定; 三不批: 区域行业分布不平衡, 年龄性别结构不符合要求, 不符合任职条件',
    },
    result: { value: 'APPROVAL', citation: 'seed 000 L249', basis: 'S', note: '選舉結果必須報上級黨委(工委)審查批準後，方可生效' },
    handover: {
      value: true,
      citation: 'seed 000 L278',
      basis: 'P',
      note: '公章、辦公場所、集體財產賬目、固定資產、債權債務、經濟合同、檔案資料',
    },
    preparation: [],
  },
  termYears: { value: 3, citation: 'seed 000 L391', basis: 'S', note: '黨支部每屆任期三年; L241: 2 or 3; L398: 2' },
};

/**
 * Version 2: the 差额 read as practice and seed 002:289 read it — at least 20% more candidates than
 * seats, rounded up to a whole person (5 seats → 6). The strict reading of seed 000 L244 (多于20%,
 * 5 seats → 7) stays available as the STRICT_MARGIN option.
 */
export const PARTY_BRANCH_V2: RuleProfile = {
  ...PARTY_BRANCH_V1,
  version: 2,
  candidates: {
    ...PARTY_BRANCH_V1.candidates,
    margin: {
      value: { kind: 'PERCENT', percent: 20, strict: false },
      citation: 'seed 002:289; seed 000 L244',
      basis: 'S',
      note:
        '差额比例不低于20% (seed 002:289), as practice reads it: at least 20% of the seats more, rounded up to a whole person (5 seats → 6, 3 → 4, 10 → 12); ' +
        'seed 000 L244 writes 多于20% (more than: 5 seats → 7), the STRICT_MARGIN option',
    },
  },
};
