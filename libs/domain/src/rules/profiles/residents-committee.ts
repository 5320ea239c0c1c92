import type { RuleProfile } from '../profile.js';

/**
 * 居民委员会选举. The documents report one district's practice (seed 000 L282–298, L377–388) and
 * name 城市居民委员会组织法 without quoting it; the voting thresholds are the village ones by analogy
 * (basis D), to be replaced when a deployment has its province's measures.
 */
export const RESIDENTS_COMMITTEE_V1: RuleProfile = {
  id: 'RESIDENTS_COMMITTEE',
  version: 1,
  name: '居民委员会选举',
  organizationTypes: ['RESIDENTS_COMMITTEE'],
  source: 'seed 000 L142–148, L282–298, L377–388 (one district’s practice); thresholds by analogy with villages',
  tally: {
    quorum: {
      measure: 'VOTED',
      base: 'REGISTERED',
      ratio: { num: 1, den: 2 },
      strict: true,
      text: '过半数选民（居民代表）投票，选举有效 — by analogy with 村委会组织法 art.15',
      citation: 'no source; village rule by analogy',
      basis: 'D',
    },
    election: {
      base: 'VOTED',
      ratio: { num: 1, den: 2 },
      strict: true,
      text: '获得参加投票的过半数选票，始得当选 — by analogy',
      citation: 'no source; village rule by analogy',
      basis: 'D',
    },
    extraRound: {
      base: 'VOTED',
      ratio: { num: 1, den: 3 },
      strict: false,
      text: '另行选举不得少于已投选票数的三分之一 — by analogy',
      citation: 'no source; village rule by analogy',
      basis: 'D',
    },
  },
  maxRounds: { value: 2, citation: 'no source; village practice by analogy (seed 000 L260)', basis: 'D' },
  vacancyFillDays: { value: 60, citation: 'no source; village practice by analogy (seed 000 L267)', basis: 'D' },
  candidates: {
    routes: { value: ['JOINT', 'ORGANIZATION'], citation: 'seed 000 L294', basis: 'P', note: '居民代表10人聯名提出，組織提名' },
    margin: {
      value: { kind: 'MORE_THAN_SEATS', percent: 0, strict: true },
      citation: 'seed 000 L294',
      basis: 'P',
      note: '共產生主任候選人8名，副主任候選人10名 — no ratio given',
    },
    initialListRatio: { value: null, citation: '—', basis: 'D' },
    commitmentLetters: { value: true, citation: 'seed 000 L383', basis: 'P', note: '簽了候選人公正競選行為規範承諾書' },
    partyAgeYears: { value: null, citation: '—', basis: 'D' },
    maxAge: { value: null, citation: 'seed 002:195', basis: 'P', note: 'no age cap: one district elected 20 members aged 60 or more' },
    newMemberMaxAge: { value: null, citation: '—', basis: 'D' },
    exclusions: [],
    reviewLevels: {
      value: ['TOWNSHIP_PRELIMINARY', 'JOINT_REVIEW'],
      citation: 'seed 000 L171',
      basis: 'P',
      note: '經由街道黨工委…考察初審後，區換屆辦會同紀檢、政法、法檢、公安、信訪等部門…聯合審查',
    },
  },
  body: {
    size: {
      value: { RESIDENTS_COMMITTEE: { min: 3, max: 7 } },
      citation: 'seed 000 L208; seed 000 L148',
      basis: 'S',
      note: '村改居社區"兩委"職數3-7人; one committee of 5 (1+1+3)',
    },
    secretaryOnly: { value: null, citation: '—', basis: 'D' },
    composition: [
      { id: 'MIN_WOMEN', value: 1, blocking: false, text: '每個居委會都至少有一位婦女干部', citation: 'seed 000 L122, L206', basis: 'P' },
    ],
  },
  voting: {
    proxy: { value: { allowed: false, maxPerHolder: null }, citation: 'no source', basis: 'D', note: 'the documents describe none' },
    mobileBox: { value: false, citation: 'no source', basis: 'D' },
    secretBooth: { value: true, citation: 'seed 000 L295', basis: 'P', note: '設立秘密寫票處，無記名投票，公開唱票、計票' },
  },
  schedule: {
    selfNominationClosesDaysBefore: { value: null, citation: '—', basis: 'D' },
    massNominationByDaysBefore: { value: null, citation: '—', basis: 'D' },
    massNominationParticipation: { value: null, citation: '—', basis: 'D' },
    introductionRequestDaysBefore: { value: null, citation: '—', basis: 'D' },
    noticeMinDaysBefore: { value: 5, citation: 'seed 000 L383', basis: 'P', note: '選舉大會前5天…張貼了開會通知' },
    objectionFileDays: { value: 3, citation: 'seed 000 L382', basis: 'S', note: '可在選舉名單公布日後3日內向選舉委員會提出' },
    objectionAnswerDays: { value: 2, citation: 'seed 000 L382', basis: 'S', note: '選舉委員會應在2日內作出解釋或調整' },
  },
  steps: {
    startApproval: { value: false, citation: '—', basis: 'D' },
    voterRoll: { value: true, citation: 'seed 000 L293, L381', basis: 'P', note: '年滿18周歲以上的選民以戶籍所在社區為準' },
    candidateApproval: {
      value: false,
      citation: 'seed 000 L171, L206',
      basis: 'P',
      note: 'street preliminary and district joint review of candidates; no list approval',
    },
    result: { value: 'FILING', citation: 'seed 000 L297', basis: 'P', note: '選舉結果報街道辦事處備案…報區民政局社區辦備案' },
    handover: { value: true, citation: 'no source; as villages (seed 000 L267)', basis: 'D' },
    preparation: ['COMMITTEE_FORMED', 'AUDIT_PUBLISHED'],
  },
  termYears: { value: 3, citation: 'seed 000 L137', basis: 'P', note: '村(居)民委員會三年一選' },
};
