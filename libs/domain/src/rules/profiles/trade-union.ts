import type { RuleProfile } from '../profile.js';

const BY_ANALOGY = 'no source (seed 000 L2–10 gives none); Party rule by analogy (seed 000 L247, L248)';

/** 工会换届, from one school union's report (seed 000 L2–10). Voting thresholds are Party-style by design. */
export const TRADE_UNION_V1: RuleProfile = {
  id: 'TRADE_UNION',
  version: 1,
  name: '工会换届选举',
  organizationTypes: ['TRADE_UNION'],
  source: 'seed 000 L2–10 (one primary-school union’s members’ congress)',
  tally: {
    quorum: {
      measure: 'PRESENT',
      base: 'ENTITLED',
      ratio: { num: 4, den: 5 },
      strict: true,
      text: '到会会员超过应到会人数的五分之四 — by analogy',
      citation: BY_ANALOGY,
      basis: 'D',
    },
    election: {
      base: 'ENTITLED',
      ratio: { num: 1, den: 2 },
      strict: true,
      text: '赞成票超过应到会会员的半数 — by analogy',
      citation: BY_ANALOGY,
      basis: 'D',
    },
    extraRound: null,
  },
  maxRounds: { value: 2, citation: 'no source', basis: 'D' },
  vacancyFillDays: { value: 60, citation: 'no source', basis: 'D' },
  candidates: {
    routes: { value: ['ORGANIZATION'], citation: 'seed 000 L6', basis: 'P', note: '表決通過了…候選人名單' },
    margin: { value: { kind: 'MORE_THAN_SEATS', percent: 0, strict: true }, citation: 'seed 000 L8', basis: 'P', note: '差額選出…委員9人' },
    initialListRatio: { value: null, citation: '—', basis: 'D' },
    commitmentLetters: { value: false, citation: '—', basis: 'D' },
    partyAgeYears: { value: null, citation: '—', basis: 'D' },
    maxAge: { value: null, citation: '—', basis: 'D' },
    newMemberMaxAge: { value: null, citation: '—', basis: 'D' },
    exclusions: [],
    reviewLevels: {
      value: ['TOWNSHIP_PRELIMINARY'],
      citation: 'no source',
      basis: 'D',
      note: 'the union documents describe no joint review; one review by the upper union is assumed',
    },
  },
  body: {
    size: {
      value: { TRADE_UNION: { min: 3, max: 15 } },
      citation: 'seed 000 L8',
      basis: 'P',
      note: 'one union elected 9; the range is a design choice',
    },
    secretaryOnly: { value: null, citation: '—', basis: 'D' },
    composition: [],
  },
  voting: {
    proxy: { value: { allowed: false, maxPerHolder: null }, citation: 'no source', basis: 'D' },
    mobileBox: { value: false, citation: 'no source', basis: 'D' },
    secretBooth: { value: false, citation: 'no source', basis: 'D' },
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
    startApproval: { value: false, citation: '—', basis: 'D' },
    voterRoll: { value: false, citation: '—', basis: 'D' },
    candidateApproval: { value: false, citation: '—', basis: 'D' },
    result: { value: 'NONE', citation: '—', basis: 'D' },
    handover: { value: false, citation: '—', basis: 'D' },
    preparation: ['RULES_ADOPTED'],
  },
  termYears: { value: 3, citation: 'seed 000 L6', basis: 'P', note: '第六屆委員會在近三年來所做的工作' },
};
