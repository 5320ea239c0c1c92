/**
 * What an audit entry's `data` says, as readable lines: the reason, summary or reply text given with a
 * step, the dates it named, the dates entered late (补录) and why, an account's or a place's fields, and
 * each change an administrator made (from → to). Keys the reader would not understand are left out.
 */
export interface DetailLine {
  label: string;
  value: string;
}

type T = (key: string, options?: Record<string, unknown>) => string;

const TEXTS = ['reason', 'summary', 'text', 'note', 'outcome', 'lateReason', 'requirement'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const fieldName = (t: T, field: string): string => t(`vocab.field.${field}`, { defaultValue: t('audit.details.date') });

function value(t: T, field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return t('audit.details.empty');
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  if (field === 'role' && typeof v === 'string') return t(`roles.${v}`, { defaultValue: v });
  if (field === 'level' && typeof v === 'string') return t(`levels.${v}`, { defaultValue: v });
  if (field === 'finding' && typeof v === 'string') return t(`vocab.finding.${v}`, { defaultValue: v });
  if (field === 'lockedUntil' && typeof v === 'string') return v.slice(0, 16).replace('T', ' ');
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

export function auditDetails(data: unknown, t: T): DetailLine[] {
  if (!isObject(data)) return [];
  const lines: DetailLine[] = [];
  const event = isObject(data.event) ? data.event : {};
  const input = isObject(data.input) ? data.input : {};
  for (const source of [event, input, data]) {
    for (const key of TEXTS) {
      const v = source[key];
      if (typeof v === 'string' && v.trim()) lines.push({ label: t(`audit.details.${key}`), value: v });
    }
    if (typeof source.finding === 'string') lines.push({ label: t('audit.details.finding'), value: value(t, 'finding', source.finding) });
    if (typeof source.assigneeName === 'string') lines.push({ label: t('audit.details.assignee'), value: source.assigneeName });
    for (const [key, v] of Object.entries(source)) {
      if (/On$/.test(key) && typeof v === 'string' && DATE.test(v)) lines.push({ label: fieldName(t, key), value: v });
    }
  }
  // An account or a place as it was created.
  for (const key of ['username', 'displayName', 'role', 'name', 'level', 'code'] as const) {
    const v = data[key];
    if (typeof v === 'string' && v) lines.push({ label: t(`audit.details.${key}`), value: value(t, key, v) });
  }
  if (isObject(data.changes)) {
    for (const [field, change] of Object.entries(data.changes)) {
      if (!isObject(change)) continue;
      const label = t(`audit.details.${field}`, { defaultValue: t('audit.details.other') });
      if (field === 'lockedUntil' && change.to === null) {
        lines.push({ label: t('audit.details.lock'), value: t('audit.details.unlocked') });
      } else if (field === 'jurisdictionId') {
        lines.push({ label, value: t('audit.details.changed') });
      } else {
        lines.push({ label, value: `${value(t, field, change.from)} → ${value(t, field, change.to)}` });
      }
    }
  }
  if (Array.isArray(data.lateEntries)) {
    for (const entry of data.lateEntries) {
      if (!isObject(entry)) continue;
      lines.push({
        label: t('audit.details.late'),
        value: t('audit.details.lateLine', {
          field: fieldName(t, String(entry.field ?? '')),
          date: String(entry.date ?? ''),
          days: entry.daysBack ?? '?',
          reason: typeof entry.reason === 'string' && entry.reason ? entry.reason : t('audit.details.empty'),
        }),
      });
    }
  }
  return lines;
}
