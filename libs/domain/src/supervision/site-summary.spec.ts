import fc from 'fast-check';
import { CHECKLIST, type ChecklistItemId } from './checklist.js';
import type { ChecklistAnswer } from './observation.js';
import { answerDifferences, conflicts, siteSummary, type SiteItemSummary, type SiteObservation } from './site-summary.js';
import { CHECKLIST_ANSWERS } from './vocabulary.js';

const obs = (observationId: string, observer: string, ...checklist: ChecklistAnswer[]): SiteObservation => ({
  observationId,
  observer,
  checklist,
});
const statusOf = (summary: SiteItemSummary[], item: ChecklistItemId) => summary.find((s) => s.item === item)?.status;

describe('siteSummary', () => {
  it('is empty for no observations', () => {
    expect(siteSummary([])).toEqual([]);
    expect(siteSummary([obs('o1', 'a')])).toEqual([]);
  });

  it('calls one view SINGLE and takes it as the agreed value', () => {
    const [s] = siteSummary([obs('o1', 'a', { item: 'SECRET_BOOTH', answer: 'NO' })]);
    expect(s).toEqual({
      item: 'SECRET_BOOTH',
      status: 'SINGLE',
      answers: [{ observationId: 'o1', observer: 'a', answer: 'NO', numbers: {} }],
      agreed: { answer: 'NO', numbers: {} },
      differs: [],
    });
  });

  it('calls two equal views AGREE', () => {
    const summary = siteSummary([
      obs('o1', 'a', { item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 46, present: 42 } }),
      obs('o2', 'b', { item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { present: 42, entitled: 46 } }),
    ]);
    expect(summary[0]).toMatchObject({ status: 'AGREE', agreed: { answer: 'YES', numbers: { entitled: 46, present: 42 } }, differs: [] });
  });

  it('calls a different answer or a different number CONFLICT, naming what differs', () => {
    const summary = siteSummary([
      obs(
        'o1',
        'a',
        { item: 'SECRET_BOOTH', answer: 'YES' },
        { item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 46, present: 42 } },
      ),
      obs(
        'o2',
        'b',
        { item: 'SECRET_BOOTH', answer: 'NO' },
        { item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 46, present: 41 } },
      ),
    ]);
    expect(summary.map((s) => [s.item, s.status, s.differs, s.agreed])).toEqual([
      ['ATTENDANCE_COUNTED', 'CONFLICT', ['present'], null],
      ['SECRET_BOOTH', 'CONFLICT', ['answer'], null],
    ]);
    expect(conflicts(summary)).toHaveLength(2);
  });

  it('does not count a number only one observer gave as a disagreement', () => {
    const summary = siteSummary([
      obs('o1', 'a', { item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 46 } }),
      obs('o2', 'b', { item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { present: 42 } }),
    ]);
    expect(summary[0]).toMatchObject({ status: 'AGREE', agreed: { answer: 'YES', numbers: { entitled: 46, present: 42 } } });
  });

  it('lists NOT_SEEN answers but lets them conflict with nothing', () => {
    const summary = siteSummary([
      obs('o3', 'c', { item: 'BALLOT_BOX_SEALED', answer: 'NOT_SEEN' }, { item: 'PUBLIC_COUNTING', answer: 'NOT_SEEN' }),
      obs('o1', 'a', { item: 'BALLOT_BOX_SEALED', answer: 'YES' }),
      obs('o2', 'b', { item: 'BALLOT_BOX_SEALED', answer: 'YES' }),
    ]);
    expect(statusOf(summary, 'BALLOT_BOX_SEALED')).toBe('AGREE');
    expect(summary.find((s) => s.item === 'BALLOT_BOX_SEALED')!.answers.map((a) => a.answer)).toEqual(['YES', 'YES', 'NOT_SEEN']);
    expect(summary.find((s) => s.item === 'PUBLIC_COUNTING')).toMatchObject({ status: 'UNSEEN', agreed: null });
  });

  it('keeps checklist order and sorts answers by observation', () => {
    const summary = siteSummary([
      obs('o2', 'b', { item: 'RESULT_ANNOUNCED', answer: 'YES' }, { item: 'VOTER_LIST_POSTED', answer: 'YES' }),
      obs('o1', 'a', { item: 'RESULT_ANNOUNCED', answer: 'YES' }),
    ]);
    expect(summary.map((s) => s.item)).toEqual(['VOTER_LIST_POSTED', 'RESULT_ANNOUNCED']);
    expect(summary[1]!.answers.map((a) => a.observationId)).toEqual(['o1', 'o2']);
  });

  it('treats NOT_APPLICABLE as a view: it conflicts with YES', () => {
    const summary = siteSummary([
      obs('o1', 'a', { item: 'PROXIES_WRITTEN', answer: 'NOT_APPLICABLE' }),
      obs('o2', 'b', { item: 'PROXIES_WRITTEN', answer: 'YES', numbers: { proxiesHeld: 2 } }),
    ]);
    expect(summary[0]).toMatchObject({ status: 'CONFLICT', differs: ['answer'] });
  });
});

describe('siteSummary properties', () => {
  // Few items, answers and numbers, so that agreements and conflicts both happen often.
  const itemArb = fc.constantFrom<ChecklistItemId>('ATTENDANCE_COUNTED', 'SECRET_BOOTH', 'PUBLIC_COUNTING');
  const answerArb: fc.Arbitrary<ChecklistAnswer> = fc
    .record({
      item: itemArb,
      answer: fc.constantFrom(...CHECKLIST_ANSWERS),
      a: fc.option(fc.integer({ min: 40, max: 41 }), { nil: undefined }),
      b: fc.option(fc.integer({ min: 40, max: 41 }), { nil: undefined }),
    })
    .map(({ item, answer, a, b }): ChecklistAnswer => {
      if (answer === 'NOT_SEEN' || answer === 'NOT_APPLICABLE' || item === 'SECRET_BOOTH') return { item, answer };
      const numbers = item === 'ATTENDANCE_COUNTED' ? { entitled: a, present: b } : { ballotsIssued: a, ballotsReturned: b };
      return { item, answer, numbers };
    });
  const observationsArb = fc
    .array(
      fc.record({
        observer: fc.constantFrom('a', 'b', 'c'),
        checklist: fc.uniqueArray(answerArb, { selector: (x) => x.item, maxLength: 3 }),
      }),
      {
        maxLength: 5,
      },
    )
    .map((list) => list.map((o, i): SiteObservation => ({ observationId: `o${i}`, ...o })));

  /** The definitions, checked pair by pair, apart from the implementation. */
  const expectedStatus = (s: SiteItemSummary) => {
    const views = s.answers.filter((a) => a.answer !== 'NOT_SEEN');
    if (views.length === 0) return 'UNSEEN';
    if (views.length === 1) return 'SINGLE';
    const anyDiffer = views.some((x) =>
      views.some(
        (y) =>
          x.answer !== y.answer ||
          Object.entries(x.numbers).some(
            ([k, v]) => y.numbers[k as keyof typeof y.numbers] !== undefined && y.numbers[k as keyof typeof y.numbers] !== v,
          ),
      ),
    );
    return anyDiffer ? 'CONFLICT' : 'AGREE';
  };

  it('does not depend on the order of observations or of answers within one', () => {
    fc.assert(
      fc.property(
        observationsArb.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
            fc.array(fc.boolean(), { minLength: list.length, maxLength: list.length }),
          ),
        ),
        ([list, shuffled, reverse]) => {
          const reordered = shuffled.map((o, i) => (reverse[i] ? { ...o, checklist: [...o.checklist].reverse() } : o));
          expect(siteSummary(reordered)).toEqual(siteSummary(list));
        },
      ),
    );
  });

  it('gives each answered item one status, by the definitions', () => {
    fc.assert(
      fc.property(observationsArb, (list) => {
        const summary = siteSummary(list);
        const answered = new Set(list.flatMap((o) => o.checklist.map((a) => a.item)));
        expect(summary.map((s) => s.item).sort()).toEqual([...answered].sort());
        for (const s of summary) {
          expect(s.status).toBe(expectedStatus(s));
          const views = s.answers.filter((a) => a.answer !== 'NOT_SEEN').length;
          expect(s.status === 'SINGLE').toBe(views === 1);
          expect(s.status === 'UNSEEN').toBe(views === 0);
          expect(s.agreed === null).toBe(s.status === 'CONFLICT' || s.status === 'UNSEEN');
          expect(s.differs.length > 0).toBe(s.status === 'CONFLICT');
        }
      }),
    );
  });

  it('lists every answer exactly once', () => {
    fc.assert(
      fc.property(observationsArb, (list) => {
        const listed = siteSummary(list).flatMap((s) => s.answers.map((a) => `${a.observationId}:${s.item}`));
        const given = list.flatMap((o) => o.checklist.map((a) => `${o.observationId}:${a.item}`));
        expect(listed.sort()).toEqual(given.sort());
      }),
    );
  });

  it('never calls an item both AGREE and CONFLICT; conflicts() returns exactly the CONFLICT items', () => {
    fc.assert(
      fc.property(observationsArb, (list) => {
        const summary = siteSummary(list);
        const c = conflicts(summary);
        expect(c.every((s) => s.status === 'CONFLICT')).toBe(true);
        expect(c).toHaveLength(summary.filter((s) => s.status === 'CONFLICT').length);
        const agree = new Set(summary.filter((s) => s.status === 'AGREE').map((s) => s.item));
        expect(c.some((s) => agree.has(s.item))).toBe(false);
        expect(new Set(summary.map((s) => s.item)).size).toBe(summary.length);
      }),
    );
  });

  it('does not change a status an observer who saw nothing joins', () => {
    fc.assert(
      fc.property(observationsArb, itemArb, (list, item) => {
        const before = siteSummary(list).find((s) => s.item === item)?.status;
        const after = siteSummary([...list, obs('zz', 'd', { item, answer: 'NOT_SEEN' })]).find((s) => s.item === item)?.status;
        expect(after).toBe(before ?? 'UNSEEN');
      }),
    );
  });

  it('keeps agreed numbers consistent with every view', () => {
    fc.assert(
      fc.property(observationsArb, (list) => {
        for (const s of siteSummary(list)) {
          if (!s.agreed) continue;
          for (const a of s.answers.filter((x) => x.answer !== 'NOT_SEEN')) expect(answerDifferences(a, s.agreed)).toEqual([]);
        }
      }),
    );
  });

  it('orders items as the checklist does', () => {
    fc.assert(
      fc.property(observationsArb, (list) => {
        const positions = siteSummary(list).map((s) => CHECKLIST.findIndex((c) => c.id === s.item));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }),
    );
  });
});
