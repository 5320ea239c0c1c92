import { roundInputProblems, type RoundInput } from '@scrutineer/domain/rules/tally';
import { profileFor } from '@scrutineer/domain/rules/profiles/index';
import { previewRound, problemOf, toRoundInput, type RoundFormValues } from './tally-preview';

/** 西村党支部 of the demo: 55 entitled, three seats, six formal candidates. */
const party = profileFor('PARTY_BRANCH');
const form = (over: Partial<RoundFormValues> = {}, votes = [30, 29, 28, 20, 10, 5]): RoundFormValues => ({
  kind: 'REGULAR',
  revote: false,
  registered: 55,
  entitled: 55,
  presentInPerson: 50,
  presentByProxy: 0,
  presentByMobileBox: 0,
  ballotsIssued: 50,
  ballotsReturned: 50,
  ballotsInvalid: 0,
  maxProxiesPerHolder: 0,
  posts: [{ post: '委员', seats: 3, votes: votes.map((v, i) => ({ candidateId: `c${i}`, votes: v })) }],
  ...over,
});

describe('the round entry’s tally preview', () => {
  it('waits while a number is missing', () => {
    expect(previewRound(party, form({ ballotsReturned: null }))).toEqual({ status: 'incomplete' });
    expect(toRoundInput(form({}, [30, Number.NaN]))).toBeNull();
  });

  it('elects those over half of the entitled (过半数 of 55: 28), with the quorum and 差额 shown', () => {
    const preview = previewRound(party, form());
    if (preview.status !== 'decided') throw new Error(preview.status);
    expect(preview.result.outcome).toBe('COMPLETE');
    expect(preview.result.posts[0]!.threshold.minimum).toBe(28);
    expect(preview.result.posts[0]!.elected.map((e) => e.candidateId)).toEqual(['c0', 'c1', 'c2']);
    expect(preview.result.decisions.find((d) => d.rule === 'quorum')).toMatchObject({ ok: true, values: { needed: 45, counted: 50 } });
    expect(preview.margins).toEqual([{ post: '委员', seats: 3, candidates: 6, needed: 4, ok: true }]);
  });

  it('says when the quorum fails and when seats stay open', () => {
    const noQuorum = previewRound(party, form({ presentInPerson: 40, ballotsIssued: 40, ballotsReturned: 40 }, [30, 29, 28, 20, 5, 5]));
    expect(noQuorum.status === 'decided' && noQuorum.result.outcome).toBe('NO_QUORUM');
    const open = previewRound(party, form({}, [30, 29, 20, 20, 10, 5]));
    expect(open.status === 'decided' && open.result.outcome).toBe('INCOMPLETE');
    expect(open.status === 'decided' && open.result.posts[0]!.unfilled).toBe(1);
  });

  it('names each inconsistency of the numbers for the reader', () => {
    const preview = previewRound(party, form({ ballotsInvalid: 60, presentInPerson: 56 }));
    expect(preview.status).toBe('inconsistent');
    if (preview.status !== 'inconsistent') return;
    expect(preview.problems.map((p) => p.key)).toEqual(expect.arrayContaining(['presentOverEntitled', 'invalidOverReturned']));
    expect(preview.problems.find((p) => p.key === 'presentOverEntitled')!.values).toEqual({ present: 56, entitled: 55 });
  });

  it('knows every problem the domain can report (no English falls through)', () => {
    const round = toRoundInput(form())!;
    const bad: RoundInput = {
      ...round,
      registered: -1,
      entitled: 70,
      present: { inPerson: 80, byProxy: 0, byMobileBox: 0 },
      ballotsIssued: 90,
      ballotsReturned: 95,
      ballotsInvalid: 100,
      posts: [
        {
          post: '委员',
          seats: 0,
          votes: [
            { candidateId: 'a', votes: -1 },
            { candidateId: 'a', votes: 500 },
          ],
        },
        { post: '委员', seats: 1, votes: [] },
      ],
    };
    const texts = roundInputProblems(bad);
    const problems = texts.map(problemOf);
    expect(texts.filter((t) => problemOf(t).key === 'other')).toEqual([]);
    expect(problems.length).toBeGreaterThan(8);
    expect(problems.filter((p) => p.key === 'other')).toEqual([]);
    expect(roundInputProblems({ ...round, posts: [] }).map(problemOf)).toEqual([{ key: 'noPosts', values: {} }]);
  });
});
