import type { RuleProfile } from '../profile.js';

const BY_ANALOGY = 'no source (seed 002:7–59 gives none); Party rule by analogy (seed 000 L247, L248)';

/** 村团支部换届, from one 街道's plan (seed 002:7–59). Voting thresholds are Party-style by design. */
export const YOUTH_LEAGUE_BRANCH_V1: RuleProfile = {
  id: 'YOUTH_LEAGUE_BRANCH',
  version: 1,
  name: '团支部换届选举',
  organizationTypes: ['YOUTH_LEAGUE_BRANCH'],
  source: 'seed 002:7–59 (a 街道’s plan for village League branches)',
  tally: {
    quorum: {
      measure: 'PRESENT',
      base: 'ENTITLED',
      ratio: { num: 4, den: 5 },
      strict: true,
      text: '到会团员超过应到会人数的五分之四 — by analogy',
      citation: BY_ANALOGY,
      basis: 'D',
    },
    election: {
      base: 'ENTITLED',
      ratio: { num: 1, den: 2 },
      strict: true,
      text: '赞成票超过应到会团员的半数 — by analogy',
      citation: BY_ANALOGY,
      basis: 'D',
    },
    extraRound: null,
  },
  maxRounds: { value: 2, citation: 'no source', basis: 'D' },
  vacancyFillDays: { value: 60, citation: 'no source', basis: 'D' },
  candidates: {
    routes: { value: ['ORGANIZATION', 'SELF'], citation: 'seed 002:25', basis: 'S', note: '组织推荐或个人自荐' },
    margin: { value: { kind: 'MORE_THAN_SEATS', percent: 0, strict: true }, citation: 'no source', basis: 'D' },
    initialListRatio: { value: null, citation: '—', basis: 'D' },
    commitmentLetters: { value: false, citation: '—', basis: 'D' },
    partyAgeYears: { value: null, citation: '—', basis: 'D' },
    maxAge: {
      value: { years: 35, effect: 'UNSUITABLE' },
      citation: 'seed 002:23',
      basis: 'S',
      note: '连任支部委员是党员的，年龄一般不超过35周岁',
    },
    newMemberMaxAge: { value: 28, citation: 'seed 002:23', basis: 'S', note: '新进班子的支部委员一般不超过28周岁' },
    exclusions: [],
    reviewLevels: {
      value: ['TOWNSHIP_PRELIMINARY'],
      citation: 'no source',
      basis: 'D',
      note: 'the League documents name no joint review; the 街道团工委 reviews the list (seed 002:29)',
    },
  },
  body: {
    size: {
      value: { YOUTH_LEAGUE_BRANCH: { min: 3, max: 5 } },
      citation: 'seed 002:21',
      basis: 'S',
      note: '团的支部委员会一般由三至五人组成',
    },
    secretaryOnly: {
      value: { requiredBelow: null, allowedUpTo: 7 },
      citation: 'seed 002:21',
      basis: 'S',
      note: '村团员数在七人以下的，经村党支部和街道团工委批准，可只设书记，不设委员 — 7 or fewer, optional, with that approval',
    },
    composition: [
      { id: 'MIN_WOMEN', value: 1, blocking: false, text: '有条件的支部班子成员中可设一名女委员', citation: 'seed 002:23', basis: 'S' },
    ],
  },
  voting: {
    proxy: { value: { allowed: false, maxPerHolder: null }, citation: 'no source', basis: 'D' },
    mobileBox: { value: false, citation: 'no source', basis: 'D' },
    secretBooth: { value: false, citation: 'seed 002:27', basis: 'S', note: '无记名投票 — no writing booth required' },
  },
  schedule: {
    selfNominationClosesDaysBefore: { value: null, citation: '—', basis: 'D' },
    massNominationByDaysBefore: { value: null, citation: '—', basis: 'D' },
    massNominationParticipation: { value: null, citation: '—', basis: 'D' },
    introductionRequestDaysBefore: { value: null, citation: '—', basis: 'D' },
    noticeMinDaysBefore: {
      value: null,
      citation: 'seed 002:43',
      basis: 'S',
      note: 'numbered notices 1–4 before, 5 with the result; no number of days',
    },
    objectionFileDays: { value: null, citation: '—', basis: 'D' },
    objectionAnswerDays: { value: null, citation: '—', basis: 'D' },
  },
  steps: {
    startApproval: { value: true, citation: 'seed 002:29', basis: 'S', note: '召开团员大会应事先向村党支部和街道团工委请示，并取得批准' },
    voterRoll: { value: true, citation: 'seed 002:41, 002:47', basis: 'S', note: '公布有选举权和被选举权的团员名单' },
    candidateApproval: {
      value: true,
      citation: 'seed 002:27, 002:45',
      basis: 'S',
      note: '竞职人选 fixed by the village Party branch and 街道团工委',
    },
    result: { value: 'APPROVAL', citation: 'seed 002:29', basis: 'S', note: '选举结果须报村党支部和街道团工委批准，并由街道发文公布' },
    handover: { value: false, citation: '—', basis: 'D' },
    preparation: [],
  },
  termYears: { value: 3, citation: 'no source', basis: 'D' },
};

/**
 * Version 2: a branch of fewer than 7 members elects a secretary only, no committee (团支部工作条例:
 * 团员人数不足7人的团支部设书记1名); exactly 7 may elect a committee, or a secretary alone with approval
 * (seed 002:21 "七人以下", read inclusively).
 */
export const YOUTH_LEAGUE_BRANCH_V2: RuleProfile = {
  ...YOUTH_LEAGUE_BRANCH_V1,
  version: 2,
  body: {
    ...YOUTH_LEAGUE_BRANCH_V1.body,
    secretaryOnly: {
      value: { requiredBelow: 7, allowedUpTo: 7 },
      citation: '团支部工作条例 (团员人数不足7人的团支部设书记1名); seed 002:21',
      basis: 'X',
      note: 'fewer than 7 members: a secretary only, no committee; exactly 7: a committee, or with the approval of the village Party branch and 街道团工委 a secretary alone (村团员数在七人以下的…可只设书记，不设委员)',
    },
  },
};
