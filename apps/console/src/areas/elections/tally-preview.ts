import { minimumCandidates, tallyRules } from '@scrutineer/domain/rules/profile-rules';
import type { RuleProfile } from '@scrutineer/domain/rules/profile';
import { roundInputProblems, tally, type RoundInput, type RoundResult } from '@scrutineer/domain/rules/tally';

/**
 * The tally preview of the round entry form: the numbers as typed, decided by the domain's own tally
 * rules (quorum, 过半数, ties, 另行选举) and the profile's 差额 rule. Only a preview: the server decides.
 */

/** The form's values while they are typed: any number may still be empty. */
export interface RoundFormValues {
  kind: 'REGULAR' | 'EXTRA';
  revote: boolean;
  registered?: number | null;
  entitled?: number | null;
  presentInPerson?: number | null;
  presentByProxy?: number | null;
  presentByMobileBox?: number | null;
  ballotsIssued?: number | null;
  ballotsReturned?: number | null;
  ballotsInvalid?: number | null;
  maxProxiesPerHolder?: number | null;
  posts?: { post: string; seats: number; votes?: { candidateId: string; votes?: number | null }[] }[];
}

/** A problem with the numbers, as an i18n key under `elections.round.problems` with its values. */
export interface Problem {
  key: string;
  values: Record<string, string | number>;
}

export interface MarginCheck {
  post: string;
  seats: number;
  candidates: number;
  needed: number;
  ok: boolean;
}

export type Preview =
  | { status: 'incomplete' }
  | { status: 'inconsistent'; problems: Problem[] }
  | { status: 'decided'; result: RoundResult; margins: MarginCheck[] };

const NUMBERS = [
  'registered',
  'entitled',
  'presentInPerson',
  'presentByProxy',
  'presentByMobileBox',
  'ballotsIssued',
  'ballotsReturned',
  'ballotsInvalid',
  'maxProxiesPerHolder',
] as const;

const given = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** The round as the domain (and the recordRound mutation) takes it; null while a number is missing. */
export function toRoundInput(v: RoundFormValues): RoundInput | null {
  if (NUMBERS.some((k) => !given(v[k]))) return null;
  const posts = (v.posts ?? []).map((p) => ({
    post: p.post,
    seats: p.seats,
    votes: (p.votes ?? []).map((c) => ({ candidateId: c.candidateId, votes: c.votes })),
  }));
  if (posts.some((p) => p.votes.some((c) => !given(c.votes)))) return null;
  return {
    kind: v.kind,
    revote: v.revote,
    registered: v.registered!,
    entitled: v.entitled!,
    present: { inPerson: v.presentInPerson!, byProxy: v.presentByProxy!, byMobileBox: v.presentByMobileBox! },
    ballotsIssued: v.ballotsIssued!,
    ballotsReturned: v.ballotsReturned!,
    ballotsInvalid: v.ballotsInvalid!,
    maxProxiesPerHolder: v.maxProxiesPerHolder!,
    posts: posts.map((p) => ({ ...p, votes: p.votes.map((c) => ({ candidateId: c.candidateId, votes: c.votes! })) })),
  };
}

/** The domain's problems with the numbers (written for logs, in English), as keys the reader's language words. */
const PATTERNS: [RegExp, string, string[]][] = [
  [/^(.+) must be a whole number ≥ 0$/, 'wholeNumber', ['field']],
  [/^more entitled \((-?\d+)\) than registered \((-?\d+)\)$/, 'entitledOverRegistered', ['entitled', 'registered']],
  [/^more present \((-?\d+)\) than entitled \((-?\d+)\)$/, 'presentOverEntitled', ['present', 'entitled']],
  [/^more ballots issued \((-?\d+)\) than voters present \((-?\d+)\)$/, 'issuedOverPresent', ['issued', 'present']],
  [/^more ballots returned \((-?\d+)\) than registered \((-?\d+)\)$/, 'returnedOverRegistered', ['returned', 'registered']],
  [/^more invalid ballots \((-?\d+)\) than returned \((-?\d+)\)$/, 'invalidOverReturned', ['invalid', 'returned']],
  [/^at least one post must be voted on$/, 'noPosts', []],
  [/^post (.+) appears twice$/, 'postTwice', ['post']],
  [/^post (.+): seats must be a whole number ≥ 1$/, 'seats', ['post']],
  [/^post (.+): candidate (.+) appears twice$/, 'candidateTwice', ['post', 'candidate']],
  [/^post (.+): votes must be whole numbers ≥ 0$/, 'wholeVotes', ['post']],
  [/^post (.+): (-?\d+) votes for one candidate, but only (-?\d+) valid ballots$/, 'votesOverValid', ['post', 'votes', 'valid']],
  [
    /^post (.+): (-?\d+) votes, more than (-?\d+) seat\(s\) × (-?\d+) valid ballots$/,
    'totalOverValid',
    ['post', 'total', 'seats', 'valid'],
  ],
];

export function problemOf(text: string): Problem {
  for (const [pattern, key, names] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return { key, values: Object.fromEntries(names.map((n, i) => [n, /^-?\d+$/.test(m[i + 1]!) ? Number(m[i + 1]) : m[i + 1]!])) };
  }
  return { key: 'other', values: {} };
}

/** The preview of a round under the election's rules, as the numbers stand. */
export function previewRound(profile: RuleProfile, values: RoundFormValues): Preview {
  const round = toRoundInput(values);
  if (!round) return { status: 'incomplete' };
  const problems = roundInputProblems(round);
  if (problems.length > 0) return { status: 'inconsistent', problems: problems.map(problemOf) };
  const result = tally(tallyRules(profile), round);
  // 差额: more candidates on the ballot than seats, as the profile requires (a re-vote is among the tied only).
  const margins = round.revote
    ? []
    : round.posts.map((p) => {
        const needed = minimumCandidates(profile, p.seats);
        return { post: p.post, seats: p.seats, candidates: p.votes.length, needed, ok: p.votes.length >= needed };
      });
  return { status: 'decided', result, margins };
}
