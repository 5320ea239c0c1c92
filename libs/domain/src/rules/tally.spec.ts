import fc from 'fast-check';
import { minimumToMeet } from './threshold.js';
import { roundInputProblems, tally, type CitedThreshold, type RoundInput, type TallyRules } from './tally.js';

const cited = (t: Omit<CitedThreshold, 'text' | 'citation'>): CitedThreshold => ({ ...t, text: 'rule', citation: 'test' });

const rulesArb: fc.Arbitrary<TallyRules> = fc
  .record({
    quorumNum: fc.integer({ min: 1, max: 4 }),
    quorumDen: fc.integer({ min: 4, max: 5 }),
    quorumMeasure: fc.constantFrom('VOTED' as const, 'PRESENT' as const),
    quorumBase: fc.constantFrom('REGISTERED' as const, 'ENTITLED' as const),
    electionBase: fc.constantFrom('VOTED' as const, 'ENTITLED' as const, 'PRESENT' as const),
    strict: fc.boolean(),
    extra: fc.boolean(),
  })
  .map((g) => ({
    quorum: { ...cited({ base: g.quorumBase, ratio: { num: g.quorumNum, den: g.quorumDen }, strict: g.strict }), measure: g.quorumMeasure },
    election: cited({ base: g.electionBase, ratio: { num: 1, den: 2 }, strict: true }),
    extraRound: g.extra ? cited({ base: 'VOTED', ratio: { num: 1, den: 3 }, strict: false }) : null,
    proxy: { allowed: true, maxPerHolder: 3, citation: 'test' },
    mobileBox: { allowed: false, citation: 'test' },
  }));

/** A consistent round, built from ballots so that every count agrees with every other. */
const roundArb: fc.Arbitrary<RoundInput> = fc
  .record({
    registered: fc.integer({ min: 1, max: 120 }),
    extraRegistered: fc.integer({ min: 0, max: 20 }),
    presentShare: fc.double({ min: 0, max: 1, noNaN: true }),
    proxyShare: fc.double({ min: 0, max: 0.3, noNaN: true }),
    invalidShare: fc.double({ min: 0, max: 0.2, noNaN: true }),
    kind: fc.constantFrom('REGULAR' as const, 'EXTRA' as const),
    posts: fc.array(
      fc.record({
        seats: fc.integer({ min: 1, max: 4 }),
        candidates: fc.integer({ min: 1, max: 7 }),
        picks: fc.array(fc.array(fc.nat(6)), { maxLength: 150 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map((g) => {
    // Not everyone on the roll is entitled to attend (e.g. members abroad): entitled ≤ registered.
    const entitled = g.registered;
    const registered = g.registered + g.extraRegistered;
    const presentCount = Math.floor(entitled * g.presentShare);
    const byProxy = Math.floor(presentCount * g.proxyShare);
    const issued = presentCount;
    const returned = issued;
    const invalid = Math.floor(returned * g.invalidShare);
    const valid = returned - invalid;
    const posts = g.posts.map((p, i) => {
      const votes = new Map<string, number>();
      for (let c = 0; c < p.candidates; c += 1) votes.set(`p${i}c${c}`, 0);
      for (let b = 0; b < valid; b += 1) {
        const picks = [...new Set((p.picks[b % Math.max(1, p.picks.length)] ?? []).map((x) => x % p.candidates))].slice(0, p.seats);
        for (const c of picks) votes.set(`p${i}c${c}`, votes.get(`p${i}c${c}`)! + 1);
      }
      return { post: `post${i}`, seats: p.seats, votes: [...votes].map(([candidateId, n]) => ({ candidateId, votes: n })) };
    });
    return {
      kind: g.kind,
      revote: false,
      registered,
      entitled,
      present: { inPerson: presentCount - byProxy, byProxy, byMobileBox: 0 },
      ballotsIssued: issued,
      ballotsReturned: returned,
      ballotsInvalid: invalid,
      maxProxiesPerHolder: byProxy > 0 ? 1 : 0,
      posts,
    };
  });

const electedIds = (result: ReturnType<typeof tally>) => result.posts.map((p) => p.elected.map((e) => e.candidateId).sort());

describe('tally engine', () => {
  it('builds only consistent rounds for the properties below', () => {
    fc.assert(fc.property(roundArb, (r) => expect(roundInputProblems(r)).toEqual([])));
  });

  it('never elects more than the seats, and never anyone below the threshold', () => {
    fc.assert(
      fc.property(rulesArb, roundArb, (rules, r) => {
        const result = tally(rules, r);
        for (const p of result.posts) {
          expect(p.elected.length + p.seatsInTie + p.unfilled).toBe(p.seats);
          for (const e of p.elected) expect(e.votes).toBeGreaterThanOrEqual(p.threshold.minimum);
          for (const b of p.belowThreshold) expect(b.votes).toBeLessThan(p.threshold.minimum);
        }
      }),
    );
  });

  it('does not depend on the order candidates are listed in', () => {
    fc.assert(
      fc.property(rulesArb, roundArb, fc.integer(), (rules, r, seed) => {
        const shuffled = {
          ...r,
          posts: r.posts.map((p) => ({
            ...p,
            votes: [...p.votes]
              .sort((a, b) => ((a.candidateId.charCodeAt(3) * seed) % 7) - ((b.candidateId.charCodeAt(3) * seed) % 7))
              .reverse(),
          })),
        };
        expect(tally(rules, shuffled)).toEqual(tally(rules, r));
      }),
    );
  });

  it('never un-elects a winner who gets more votes', () => {
    fc.assert(
      fc.property(rulesArb, roundArb, fc.integer({ min: 1, max: 10 }), (rules, r, extra) => {
        const before = tally(rules, r);
        const valid = r.ballotsReturned - r.ballotsInvalid;
        before.posts.forEach((p, i) => {
          for (const winner of p.elected) {
            const post = r.posts[i]!;
            const total = post.votes.reduce((n, v) => n + v.votes, 0);
            const add = Math.min(extra, valid - winner.votes, post.seats * valid - total);
            if (add <= 0) continue;
            const more = {
              ...r,
              posts: r.posts.map((q, j) =>
                j !== i
                  ? q
                  : { ...q, votes: q.votes.map((v) => (v.candidateId === winner.candidateId ? { ...v, votes: v.votes + add } : v)) },
              ),
            };
            expect(electedIds(tally(rules, more))[i]).toContain(winner.candidateId);
          }
        });
      }),
    );
  });

  it('elects nobody in a void round (more ballots returned than issued)', () => {
    fc.assert(
      fc.property(rulesArb, roundArb, fc.integer({ min: 1, max: 5 }), (rules, r, surplus) => {
        fc.pre(r.ballotsIssued >= surplus);
        const result = tally(rules, { ...r, ballotsIssued: r.ballotsIssued - surplus });
        expect(result.outcome).toBe('VOID');
        expect(result.posts).toEqual([]);
      }),
    );
  });

  describe('with the documents’ numbers', () => {
    const party: TallyRules = {
      quorum: {
        base: 'ENTITLED',
        measure: 'PRESENT',
        ratio: { num: 4, den: 5 },
        strict: true,
        text: '有选举权的到会人数超过应到会人数的五分之四',
        citation: 'seed 000 L247',
      },
      election: {
        base: 'ENTITLED',
        ratio: { num: 1, den: 2 },
        strict: true,
        text: '赞成票超过应到会有选举权人数的半数',
        citation: 'seed 000 L248',
      },
      extraRound: null,
      proxy: { allowed: false, maxPerHolder: null, citation: 'test' },
      mobileBox: { allowed: false, citation: 'test' },
    };
    const partyRound = (entitled: number, inPerson: number, votes: number[]): RoundInput => ({
      kind: 'REGULAR',
      revote: false,
      registered: entitled,
      entitled,
      present: { inPerson, byProxy: 0, byMobileBox: 0 },
      ballotsIssued: inPerson,
      ballotsReturned: inPerson,
      ballotsInvalid: 0,
      maxProxiesPerHolder: 0,
      posts: [{ post: '委员', seats: 3, votes: votes.map((v, i) => ({ candidateId: `c${i}`, votes: v })) }],
    });

    it('Party branch, 55 entitled, 35 present: no quorum (35 ≤ 44) — seed 000 L275–277', () => {
      const result = tally(party, partyRound(55, 35, [30, 30, 30, 5]));
      expect(result.outcome).toBe('NO_QUORUM');
      expect(result.decisions.find((d) => d.rule === 'quorum')).toMatchObject({
        ok: false,
        message: 'quorum: 35 present, more than 4/5 of 55 (44) needed — not met',
        values: { present: 35, base: 55, needed: 45 },
      });
    });

    it('Party branch, 46 expected, 42 present: quorum (42 > 36.8), elected with more than half of 46 — seed 003:8', () => {
      const result = tally(party, partyRound(46, 42, [40, 38, 24, 23]));
      expect(result.outcome).toBe('COMPLETE');
      expect(result.posts[0]!.threshold.minimum).toBe(24);
      expect(result.posts[0]!.elected.map((e) => e.candidateId)).toEqual(['c0', 'c1', 'c2']);
    });

    it('a village committee of 36,690 registered with 32,837 voting is valid — seed 000 L38–44', () => {
      const village: TallyRules = {
        ...party,
        quorum: {
          base: 'REGISTERED',
          measure: 'VOTED',
          ratio: { num: 1, den: 2 },
          strict: true,
          text: '选举村民委员会，有登记参加选举的村民过半数投票，选举有效',
          citation: '村委会组织法 art.15',
        },
        election: {
          base: 'VOTED',
          ratio: { num: 1, den: 2 },
          strict: true,
          text: '候选人获得参加投票的村民过半数的选票，始得当选',
          citation: '村委会组织法 art.15',
        },
      };
      const r: RoundInput = { ...partyRound(36_690, 32_837, [20_000, 18_000, 17_000, 3_000]), registered: 36_690, entitled: 36_690 };
      expect(tally(village, r).decisions.find((d) => d.rule === 'quorum')!.ok).toBe(true);
    });

    it('sends tied candidates at the last seat to a re-vote, and leaves seats below the threshold unfilled', () => {
      const result = tally(party, partyRound(46, 42, [40, 28, 28, 28]));
      expect(result.outcome).toBe('INCOMPLETE');
      expect(result.posts[0]).toMatchObject({ seatsInTie: 2, unfilled: 0, elected: [{ candidateId: 'c0', votes: 40 }] });
      expect(result.posts[0]!.tied.map((t) => t.candidateId)).toEqual(['c1', 'c2', 'c3']);
      const low = tally(party, partyRound(46, 42, [40, 20, 10, 5]));
      expect(low.posts[0]).toMatchObject({ unfilled: 2, seatsInTie: 0 });
      expect(minimumToMeet(46, { ratio: { num: 1, den: 2 }, strict: true })).toBe(24);
    });

    it('records proxies and a mobile box outside the rules as violations', () => {
      const result = tally(party, {
        ...partyRound(46, 40, [40, 38, 30]),
        present: { inPerson: 38, byProxy: 1, byMobileBox: 1 },
        maxProxiesPerHolder: 4,
      });
      expect(result.violations.map((v) => v.rule)).toEqual(['proxy-not-allowed', 'mobile-box-not-allowed']);
    });

    it('does not count attendance by forbidden means toward the quorum', () => {
      // 36 in person of 46 entitled is not more than 4/5 (36.8); two proxies the rules forbid do not make it so.
      const result = tally(party, { ...partyRound(46, 38, [30, 30, 30]), present: { inPerson: 36, byProxy: 2, byMobileBox: 0 } });
      expect(result.outcome).toBe('NO_QUORUM');
      expect(result.decisions.find((d) => d.rule === 'quorum')).toMatchObject({ ok: false, values: { present: 36, base: 46 } });
    });
  });

  it('refuses numbers that cannot all be true', () => {
    const base: RoundInput = {
      kind: 'REGULAR',
      revote: false,
      registered: 100,
      entitled: 100,
      present: { inPerson: 80, byProxy: 0, byMobileBox: 0 },
      ballotsIssued: 80,
      ballotsReturned: 80,
      ballotsInvalid: 0,
      maxProxiesPerHolder: 0,
      posts: [{ post: '主任', seats: 1, votes: [{ candidateId: 'a', votes: 50 }] }],
    };
    expect(roundInputProblems(base)).toEqual([]);
    expect(roundInputProblems({ ...base, entitled: 101 })).toContain('more entitled (101) than registered (100)');
    expect(roundInputProblems({ ...base, ballotsIssued: 81 })).toContain('more ballots issued (81) than voters present (80)');
    expect(roundInputProblems({ ...base, ballotsReturned: 101 })).toContain('more ballots returned (101) than registered (100)');
  });
});
