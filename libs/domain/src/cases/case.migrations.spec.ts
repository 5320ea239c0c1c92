import { migrateCaseContext } from './case.migrations.js';

describe('case context migrations', () => {
  it('gives a version 1 case an empty list of dates given', () => {
    const v1 = { receivedOn: '2026-03-01' } as never;
    expect(migrateCaseContext(v1, 1)).toEqual({ receivedOn: '2026-03-01', datesGiven: [] });
    expect(migrateCaseContext(v1, 2)).toBe(v1);
  });
});
