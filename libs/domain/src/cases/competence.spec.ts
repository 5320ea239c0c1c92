import { competentLevelFor, isCrossLevel } from './competence.js';

describe('competent level and 越级 (信访工作条例 第二十条)', () => {
  it('gives a village matter to the township, and every other matter to its own level', () => {
    expect(competentLevelFor('VILLAGE')).toBe('TOWNSHIP');
    expect(competentLevelFor('TOWNSHIP')).toBe('TOWNSHIP');
    expect(competentLevelFor('COUNTY')).toBe('COUNTY');
  });

  it('calls a village matter 越级 only above the county: the township is competent, the county the level above', () => {
    const competent = competentLevelFor('VILLAGE');
    expect(isCrossLevel('TOWNSHIP', competent)).toBe(false);
    expect(isCrossLevel('COUNTY', competent)).toBe(false);
    expect(isCrossLevel('CITY', competent)).toBe(true);
    expect(isCrossLevel('NATIONAL', competentLevelFor('COUNTY'))).toBe(true);
    expect(isCrossLevel('CITY', competentLevelFor('COUNTY'))).toBe(false);
  });
});
