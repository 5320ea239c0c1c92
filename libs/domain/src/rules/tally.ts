import { describeThreshold, meets, minimumToMeet, type Threshold } from './threshold.js';

/**
 * The tally engine: from the numbers of one polling round it decides whether the round counts and
 * who is elected to each post. Pure; every decision names its rule, its numbers and its source.
 */

/** What a share is taken of. VOTED: ballots returned (参加投票); PRESENT: in person + proxy + mobile box. */
export type Base = 'REGISTERED' | 'ENTITLED' | 'PRESENT' | 'VOTED';

export interface CitedThreshold extends Threshold {
  base: Base;
  /** The rule in the source's words, e.g. 获得参加投票的村民过半数的选票. */
  text: string;
  citation: string;
  /** Where sources disagree, or how the value was chosen. */
  note?: string;
}

export interface TallyRules {
  /** Whether the round counts at all: e.g. more than half of registered voters voted. */
  quorum: CitedThreshold & { measure: 'VOTED' | 'PRESENT' };
  /** To be elected in a regular round. */
  election: CitedThreshold;
  /** To be elected in another round for unfilled seats (另行选举); null: as in a regular round. */
  extraRound: CitedThreshold | null;
  proxy: { allowed: boolean; maxPerHolder: number | null; citation: string };
  mobileBox: { allowed: boolean; citation: string };
}

export interface CandidateVotes {
  candidateId: string;
  votes: number;
}

export interface PostVotes {
  /** e.g. 主任, 副主任, 委员, 书记. */
  post: string;
  seats: number;
  votes: CandidateVotes[];
}

export interface RoundInput {
  /** REGULAR: the first vote; EXTRA: another round for unfilled seats; a re-vote among tied candidates sets `revote`. */
  kind: 'REGULAR' | 'EXTRA';
  revote: boolean;
  /** 登记选民 / 党员 on the roll. */
  registered: number;
  /** 应到会: those entitled to attend. */
  entitled: number;
  present: { inPerson: number; byProxy: number; byMobileBox: number };
  ballotsIssued: number;
  ballotsReturned: number;
  /** Ballots found invalid in counting (e.g. naming more people than seats). */
  ballotsInvalid: number;
  /** The most ballots any one proxy holder cast for others, if proxies were used. */
  maxProxiesPerHolder: number;
  posts: PostVotes[];
}

export interface Decision {
  rule: string;
  ok: boolean;
  message: string;
  citation: string | null;
  values: Record<string, number | string | boolean>;
}

export interface PostResult {
  post: string;
  seats: number;
  /** Least votes that elect in this round, and the rule. */
  threshold: { minimum: number; text: string; citation: string };
  elected: CandidateVotes[];
  /** Equal votes at the last seat(s): a re-vote among these decides `seatsInTie` seats. */
  tied: CandidateVotes[];
  seatsInTie: number;
  /** Seats left for another round (另行选举). */
  unfilled: number;
  belowThreshold: CandidateVotes[];
}

export type RoundOutcome = 'VOID' | 'NO_QUORUM' | 'COMPLETE' | 'INCOMPLETE';

export interface RoundResult {
  outcome: RoundOutcome;
  decisions: Decision[];
  posts: PostResult[];
  /** Breaches of the rules seen in the numbers (proxies, mobile box): recorded, not decisive. */
  violations: Decision[];
}

const present = (r: RoundInput): number => r.present.inPerson + r.present.byProxy + r.present.byMobileBox;

function baseValue(base: Base, r: RoundInput): number {
  switch (base) {
    case 'REGISTERED':
      return r.registered;
    case 'ENTITLED':
      return r.entitled;
    case 'PRESENT':
      return present(r);
    case 'VOTED':
      return r.ballotsReturned;
  }
}

/** Numbers that cannot all be true at once: a round with any of these is refused as bad input. */
export function roundInputProblems(r: RoundInput): string[] {
  const problems: string[] = [];
  const counts: [string, number][] = [
    ['registered', r.registered],
    ['entitled', r.entitled],
    ['present.inPerson', r.present.inPerson],
    ['present.byProxy', r.present.byProxy],
    ['present.byMobileBox', r.present.byMobileBox],
    ['ballotsIssued', r.ballotsIssued],
    ['ballotsReturned', r.ballotsReturned],
    ['ballotsInvalid', r.ballotsInvalid],
    ['maxProxiesPerHolder', r.maxProxiesPerHolder],
  ];
  for (const [name, value] of counts) if (!Number.isInteger(value) || value < 0) problems.push(`${name} must be a whole number ≥ 0`);
  if (r.entitled > r.registered) problems.push(`more entitled (${r.entitled}) than registered (${r.registered})`);
  if (present(r) > r.entitled) problems.push(`more present (${present(r)}) than entitled (${r.entitled})`);
  if (r.ballotsIssued > present(r)) problems.push(`more ballots issued (${r.ballotsIssued}) than voters present (${present(r)})`);
  if (r.ballotsReturned > r.registered) problems.push(`more ballots returned (${r.ballotsReturned}) than registered (${r.registered})`);
  if (r.ballotsInvalid > r.ballotsReturned)
    problems.push(`more invalid ballots (${r.ballotsInvalid}) than returned (${r.ballotsReturned})`);
  if (r.posts.length === 0) problems.push('at least one post must be voted on');
  const valid = r.ballotsReturned - r.ballotsInvalid;
  const seenPosts = new Set<string>();
  for (const p of r.posts) {
    if (seenPosts.has(p.post)) problems.push(`post ${p.post} appears twice`);
    seenPosts.add(p.post);
    if (!Number.isInteger(p.seats) || p.seats < 1) problems.push(`post ${p.post}: seats must be a whole number ≥ 1`);
    const ids = new Set<string>();
    let total = 0;
    for (const v of p.votes) {
      if (ids.has(v.candidateId)) problems.push(`post ${p.post}: candidate ${v.candidateId} appears twice`);
      ids.add(v.candidateId);
      if (!Number.isInteger(v.votes) || v.votes < 0) problems.push(`post ${p.post}: votes must be whole numbers ≥ 0`);
      if (v.votes > valid) problems.push(`post ${p.post}: ${v.votes} votes for one candidate, but only ${valid} valid ballots`);
      total += v.votes;
    }
    if (total > p.seats * valid) problems.push(`post ${p.post}: ${total} votes, more than ${p.seats} seat(s) × ${valid} valid ballots`);
  }
  return problems;
}

function decidePost(post: PostVotes, rule: CitedThreshold, base: number): PostResult {
  const minimum = minimumToMeet(base, rule);
  const qualified = post.votes.filter((v) => meets(v.votes, base, rule));
  const belowThreshold = post.votes.filter((v) => !meets(v.votes, base, rule));
  // Highest first; equal votes form one group, so the order candidates were listed in never matters.
  const groups = [...new Set(qualified.map((v) => v.votes))].sort((a, b) => b - a).map((n) => qualified.filter((v) => v.votes === n));
  const elected: CandidateVotes[] = [];
  let tied: CandidateVotes[] = [];
  let remaining = post.seats;
  for (const group of groups) {
    if (remaining === 0) break;
    if (group.length <= remaining) {
      elected.push(...group);
      remaining -= group.length;
    } else {
      tied = group;
      break;
    }
  }
  const seatsInTie = tied.length > 0 ? remaining : 0;
  const sortById = (a: CandidateVotes, b: CandidateVotes) => b.votes - a.votes || a.candidateId.localeCompare(b.candidateId);
  return {
    post: post.post,
    seats: post.seats,
    threshold: { minimum, text: `${rule.text}: ${describeThreshold(rule, base)}`, citation: rule.citation },
    elected: elected.sort(sortById),
    tied: tied.sort(sortById),
    seatsInTie,
    unfilled: remaining - seatsInTie,
    belowThreshold: belowThreshold.sort(sortById),
  };
}

function violationsOf(rules: TallyRules, r: RoundInput): Decision[] {
  const out: Decision[] = [];
  if (r.present.byProxy > 0 && !rules.proxy.allowed) {
    out.push({
      rule: 'proxy-not-allowed',
      ok: false,
      message: `${r.present.byProxy} voted by proxy, which these rules do not allow`,
      citation: rules.proxy.citation,
      values: { byProxy: r.present.byProxy },
    });
  }
  if (rules.proxy.maxPerHolder !== null && r.maxProxiesPerHolder > rules.proxy.maxPerHolder) {
    out.push({
      rule: 'proxy-cap',
      ok: false,
      message: `one proxy holder voted for ${r.maxProxiesPerHolder} others; at most ${rules.proxy.maxPerHolder} are allowed`,
      citation: rules.proxy.citation,
      values: { maxProxiesPerHolder: r.maxProxiesPerHolder, cap: rules.proxy.maxPerHolder },
    });
  }
  if (r.present.byMobileBox > 0 && !rules.mobileBox.allowed) {
    out.push({
      rule: 'mobile-box-not-allowed',
      ok: false,
      message: `${r.present.byMobileBox} voted by mobile ballot box, which these rules forbid`,
      citation: rules.mobileBox.citation,
      values: { byMobileBox: r.present.byMobileBox },
    });
  }
  return out;
}

export function tally(rules: TallyRules, r: RoundInput): RoundResult {
  const problems = roundInputProblems(r);
  if (problems.length > 0) throw new RangeError(`Inconsistent round: ${problems.join('; ')}`);
  const decisions: Decision[] = [];
  const violations = violationsOf(rules, r);

  const voidRound = r.ballotsReturned > r.ballotsIssued;
  decisions.push({
    rule: 'ballots-returned',
    ok: !voidRound,
    message: voidRound
      ? `${r.ballotsReturned} ballots returned but only ${r.ballotsIssued} issued: the round is void`
      : `${r.ballotsReturned} ballots returned of ${r.ballotsIssued} issued`,
    citation: 'provincial measures (notes §8): 收回的选票多于发出的选票，选举无效',
    values: { ballotsIssued: r.ballotsIssued, ballotsReturned: r.ballotsReturned },
  });
  if (voidRound) return { outcome: 'VOID', decisions, posts: [], violations };

  // Attendance by a means the rules forbid does not make the quorum (the violation is recorded above).
  const lawfullyPresent =
    r.present.inPerson + (rules.proxy.allowed ? r.present.byProxy : 0) + (rules.mobileBox.allowed ? r.present.byMobileBox : 0);
  const measured = rules.quorum.measure === 'VOTED' ? r.ballotsReturned : lawfullyPresent;
  const quorumBase = baseValue(rules.quorum.base, r);
  const quorumMet = meets(measured, quorumBase, rules.quorum);
  decisions.push({
    rule: 'quorum',
    ok: quorumMet,
    message: `quorum: ${measured} ${rules.quorum.measure === 'VOTED' ? 'voted' : 'present'}, ${describeThreshold(rules.quorum, quorumBase)} needed — ${quorumMet ? 'met' : 'not met'}`,
    citation: rules.quorum.citation,
    values: {
      [rules.quorum.measure === 'VOTED' ? 'voted' : 'present']: measured,
      base: quorumBase,
      needed: minimumToMeet(quorumBase, rules.quorum),
      counted: measured,
    },
  });
  if (!quorumMet) return { outcome: 'NO_QUORUM', decisions, posts: [], violations };

  const rule = r.kind === 'EXTRA' && rules.extraRound ? rules.extraRound : rules.election;
  const base = baseValue(rule.base, r);
  const posts = r.posts.map((p) => decidePost(p, rule, base));
  for (const p of posts) {
    decisions.push({
      rule: r.kind === 'EXTRA' ? 'extra-round-threshold' : 'election-threshold',
      ok: p.unfilled === 0 && p.tied.length === 0,
      message:
        `${p.post}: ${p.elected.length} of ${p.seats} seat(s) filled with at least ${p.threshold.minimum} votes (${p.threshold.text})` +
        (p.tied.length ? `; ${p.tied.length} tied with ${p.tied[0]!.votes} votes for ${p.seatsInTie} seat(s): re-vote among them` : '') +
        (p.unfilled ? `; ${p.unfilled} seat(s) unfilled: another round (另行选举)` : ''),
      citation: p.threshold.citation,
      values: {
        post: p.post,
        seats: p.seats,
        elected: p.elected.length,
        tied: p.tied.length,
        unfilled: p.unfilled,
        minimum: p.threshold.minimum,
      },
    });
  }
  const complete = posts.every((p) => p.unfilled === 0 && p.tied.length === 0);
  return { outcome: complete ? 'COMPLETE' : 'INCOMPLETE', decisions, posts, violations };
}
