import { checkComposition } from './composition.js';
import { checkEligibility } from './eligibility.js';
import { personDateProblems, type Person } from './person.js';
import { getProfile } from './profiles/index.js';

const person = (over: Partial<Person> = {}): Person => ({
  name: '张三',
  sex: 'MALE',
  birthDate: '1980-06-01',
  education: 'HIGH_SCHOOL',
  partyMember: true,
  partyJoinedOn: '2010-07-01',
  currentPosts: [],
  incumbent: false,
  records: {},
  ...over,
});
const T = '2026-05-10';

describe('candidate eligibility', () => {
  const village = getProfile('VILLAGE_COMMITTEE', 1);
  const party = getProfile('PARTY_BRANCH', 1);
  const league = getProfile('YOUTH_LEAGUE_BRANCH', 1);

  it('finds nothing against an ordinary candidate', () => {
    expect(checkEligibility(village, person(), T)).toEqual([]);
  });

  it('gives the reason, the numbers and the source for each exclusion', () => {
    expect(checkEligibility(village, person({ records: { CRIMINAL_SENTENCE: '2023-01-01' } }), T)).toEqual([
      expect.objectContaining({
        rule: 'exclusion-criminal-sentence',
        effect: 'INELIGIBLE',
        citation: 'seed 002:271',
        values: { kind: 'CRIMINAL_SENTENCE', yearsPassed: 3, years: 5 },
      }),
    ]);
    expect(checkEligibility(village, person({ records: { CRIMINAL_SENTENCE: '2020-01-01' } }), T)).toEqual([]);
    expect(checkEligibility(village, person({ records: { FAMILY_PLANNING: 'UNHANDLED' } }), T)[0]).toMatchObject({ effect: 'INELIGIBLE' });
    expect(checkEligibility(village, person({ records: { SERIOUS_SANCTION: '2025-01-01' } }), T)[0]).toMatchObject({
      effect: 'UNSUITABLE',
      citation: 'seed 002:273',
    });
  });

  it('lets someone over 60 stand for a village committee only with approval', () => {
    expect(checkEligibility(village, person({ birthDate: '1965-05-10' }), T)).toEqual([
      expect.objectContaining({ rule: 'max-age', effect: 'NEEDS_APPROVAL', values: { age: 61, limit: 60 } }),
    ]);
    expect(checkEligibility(village, person({ birthDate: '1966-05-11' }), T)).toEqual([]);
  });

  it('requires three years of Party age for a Party committee (seed 000 L244)', () => {
    expect(checkEligibility(party, person({ partyJoinedOn: '2024-01-01' }), T)[0]).toMatchObject({
      rule: 'party-age',
      effect: 'INELIGIBLE',
      values: { partyYears: 2, required: 3 },
    });
    expect(checkEligibility(party, person({ partyMember: false, partyJoinedOn: null }), T)[0]!.message).toMatch(/not a full Party member/);
  });

  it('applies the League’s age rules to new and continuing members (seed 002:23)', () => {
    expect(checkEligibility(league, person({ birthDate: '1996-01-01', partyMember: false, partyJoinedOn: null }), T)[0]).toMatchObject({
      rule: 'new-member-max-age',
    });
    expect(checkEligibility(league, person({ birthDate: '1990-01-01', incumbent: true }), T)[0]).toMatchObject({
      rule: 'max-age',
      effect: 'UNSUITABLE',
    });
    expect(
      checkEligibility(league, person({ birthDate: '1996-01-01', incumbent: true, partyMember: false, partyJoinedOn: null }), T),
    ).toEqual([]);
  });
});

describe('composition of the elected body', () => {
  it('reports each target as met or not, with the counts', () => {
    const village = getProfile('VILLAGE_COMMITTEE', 1);
    const elected = [
      person({ sex: 'FEMALE', birthDate: '1995-01-01' }),
      person({ education: 'PRIMARY', partyMember: false }),
      person({ education: 'JUNIOR_HIGH', partyMember: false }),
    ];
    const findings = checkComposition(village, elected, T);
    expect(findings.map((f) => [f.target, f.met, f.values.count, f.values.needed])).toEqual([
      ['MIN_WOMEN', true, 1, 1],
      ['MIN_UNDER_AGE', true, 1, 1],
      ['MIN_SHARE_HIGH_SCHOOL', false, 1, 2],
      ['MIN_SHARE_PARTY_MEMBERS', false, 1, 2],
    ]);
    expect(findings.every((f) => f.blocking === false)).toBe(true);
  });
});

describe('dates on a person record', () => {
  const person = {
    name: '王某',
    sex: 'MALE' as const,
    birthDate: '1980-03-01',
    education: 'HIGH_SCHOOL' as const,
    partyMember: true,
    partyJoinedOn: '2005-07-01',
    currentPosts: [],
    incumbent: false,
    records: {},
  };

  it('refuses a birth in the future or before 1900, and joining the Party before birth or in the future', () => {
    expect(personDateProblems(person, '2026-11-26')).toEqual([]);
    expect(personDateProblems({ ...person, birthDate: '2027-01-01', partyJoinedOn: null }, '2026-11-26')).toEqual([
      { field: 'person.birthDate', message: expect.stringContaining('must lie between 1900-01-01 and today') },
    ]);
    expect(personDateProblems({ ...person, partyJoinedOn: '1979-01-01' }, '2026-11-26')).toEqual([
      { field: 'person.partyJoinedOn', message: expect.stringContaining('between the birth date 1980-03-01') },
    ]);
    expect(personDateProblems({ ...person, records: { CRIMINAL_SENTENCE: '1970-01-01' } }, '2026-11-26')).toHaveLength(1);
  });
});
