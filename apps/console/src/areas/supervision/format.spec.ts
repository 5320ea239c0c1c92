import type { TFunction } from 'i18next';
import { coveredElections, daysUntil, differsText, isOpenOrder, numbersText } from './format';

const t = ((key: string, options?: { defaultValue?: string }) =>
  ({
    'supervision.site.differsAnswer': '回答',
    'vocab.field.present': '实到人数',
    'vocab.field.entitled': '应到人数',
  })[key] ??
  options?.defaultValue ??
  key) as unknown as TFunction;

const election = (id: string, place: string, ...ancestors: string[]) => ({
  id,
  jurisdiction: { id: place, ancestors: ancestors.map((a) => ({ id: a })) },
});

describe('supervision formatters', () => {
  const elections = [election('e1', 'east', 'county', 'town'), election('e2', 'west', 'county', 'town'), election('e3', 'far', 'county')];

  it('covers the elections named, and those within an assigned jurisdiction', () => {
    expect(coveredElections(elections, [{ jurisdictionId: 'town' }]).map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(coveredElections(elections, [{ electionId: 'e3' }]).map((e) => e.id)).toEqual(['e3']);
    expect(coveredElections(elections, [{ jurisdictionId: 'east' }]).map((e) => e.id)).toEqual(['e1']);
    expect(coveredElections(elections, [])).toEqual([]);
    expect(coveredElections(elections, null)).toHaveLength(3);
  });

  it('counts days to a due day, negative once past', () => {
    expect(daysUntil('2026-11-30', '2026-11-26')).toBe(4);
    expect(daysUntil('2026-11-26', '2026-11-26')).toBe(0);
    expect(daysUntil('2026-11-20', '2026-11-26')).toBe(-6);
    expect(daysUntil('2027-03-01', '2027-02-27')).toBe(2);
  });

  it('says what observers disagree on, and names the numbers they counted', () => {
    expect(differsText(t, ['answer'])).toBe('回答');
    expect(differsText(t, ['present'])).toBe('实到人数');
    expect(differsText(t, ['answer', 'present'])).toBe('回答、实到人数');
    expect(numbersText(t, { entitled: 1596, present: 1410, ballotsIssued: null, __typename: 'X' })).toBe('应到人数 1596，实到人数 1410');
    expect(numbersText(t, null)).toBe('');
  });

  it('tells open orders from settled ones', () => {
    expect(isOpenOrder('open.issued')).toBe(true);
    expect(isOpenOrder('open.rectified')).toBe(true);
    expect(isOpenOrder('verified')).toBe(false);
    expect(isOpenOrder('cancelled')).toBe(false);
  });
});
