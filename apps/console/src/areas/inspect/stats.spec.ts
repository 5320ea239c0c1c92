import { namedCounts, percent, violationRows } from './stats';

describe('statistics for charts and tables', () => {
  it('names counts, drops zeros, largest first', () => {
    const names: Record<string, string> = { LETTER: '来信', VISIT: '来访', HOTLINE: '热线电话' };
    expect(
      namedCounts(
        [
          { key: 'LETTER', count: 1 },
          { key: 'VISIT', count: 3 },
          { key: 'HOTLINE', count: 0 },
        ],
        (k) => names[k]!,
      ),
    ).toEqual([
      { key: 'VISIT', name: '来访', count: 3 },
      { key: 'LETTER', name: '来信', count: 1 },
    ]);
  });

  it('shows shares as percentages, a dash when undefined', () => {
    expect(percent(0.5)).toBe('50.0%');
    expect(percent(2 / 3)).toBe('66.7%');
    expect(percent(null)).toBe('—');
  });

  it('sums violations per code and severity', () => {
    expect(
      violationRows([
        { code: 'PROXY', severity: 'MINOR', count: 1 },
        { code: 'PROXY', severity: 'MINOR', count: 2 },
        { code: 'SECRECY', severity: 'MAJOR', count: 1 },
      ]),
    ).toEqual([
      { key: 'PROXY/MINOR', code: 'PROXY', severity: 'MINOR', count: 3 },
      { key: 'SECRECY/MAJOR', code: 'SECRECY', severity: 'MAJOR', count: 1 },
    ]);
  });
});
