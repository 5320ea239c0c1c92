/** Counts as the charts and tables show them: named in the reader's language, largest first, none empty. */
export interface NamedCount {
  key: string;
  name: string;
  count: number;
}

export function namedCounts(counts: readonly { key: string; count: number }[], name: (key: string) => string): NamedCount[] {
  return counts
    .filter((c) => c.count > 0)
    .map((c) => ({ key: c.key, name: name(c.key), count: c.count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** A share (0–1) as a percentage with one decimal; a dash when there is nothing to divide. */
export function percent(share: number | null | undefined): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '—';
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** Violations as coverage lists them (`{ code, severity, count }`), summed per code and severity. */
export function violationRows(rows: readonly Record<string, unknown>[]): { key: string; code: string; severity: string; count: number }[] {
  const sums = new Map<string, { key: string; code: string; severity: string; count: number }>();
  for (const row of rows) {
    const code = typeof row.code === 'string' ? row.code : '';
    const severity = typeof row.severity === 'string' ? row.severity : '';
    const count = typeof row.count === 'number' ? row.count : Number(row.count ?? 0);
    const key = `${code}/${severity}`;
    const sum = sums.get(key) ?? { key, code, severity, count: 0 };
    sum.count += count;
    sums.set(key, sum);
  }
  return [...sums.values()].sort((a, b) => b.count - a.count);
}
