import type { TFunction } from 'i18next';
import { observeZhCN } from './messages';
import { problemText } from './problem-text';

/** The app's own texts, looked up as i18next would (`observe.problems.<field>`, with {{placeholders}}). */
const t = ((key: string, options?: Record<string, string>) => {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], observeZhCN);
  if (typeof found !== 'string') return options?.defaultValue ?? key;
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => options?.[name] ?? '');
}) as unknown as TFunction;

describe('a refusal’s reason for the observer', () => {
  it('words the fields the app knows, a violation’s by its own field', () => {
    expect(problemText(t, 'site.name', 'the site needs a name')).toBe('请填写地点');
    expect(problemText(t, 'violations[2].description', 'a violation needs a description')).toBe('请填写违规情况描述');
    expect(problemText(t, 'lateReason', 'Observed 5 days before …')).toBe('记录时间距上传超过规定天数，需填写补录原因');
  });

  it('gives the field and the server’s message for any other', () => {
    expect(problemText(t, 'checklist[3].numbers.present', 'present must be a whole number ≥ 0, not -1')).toBe(
      'checklist[3].numbers.present：present must be a whole number ≥ 0, not -1',
    );
  });
});
