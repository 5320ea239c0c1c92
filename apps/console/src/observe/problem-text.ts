import type { TFunction } from 'i18next';

/**
 * A refusal's reason for the observer, by the field it names (the domain's paths: `site.name`,
 * `violations[0].code`, `lateReason` …): in their language where the app words it, else the field and the
 * server's message.
 */
export function problemText(t: TFunction, field: string, message: string): string {
  // Keys hold no dots (i18next reads a dot as nesting): site.name → site_name.
  const key = field.replace(/^violations\[\d+\]\./, '').replace(/\./g, '_');
  const known = t(`observe.problems.${key}`, { defaultValue: '' });
  return known || t('observe.problems.other', { field, message });
}
