import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { refusalOf } from '../api/errors';

/** A refused request, in the reader's language: what was refused and each rule's reason. */
export function RefusalAlert({ error, onClose }: { error: CombinedError | null | undefined; onClose?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const refusal = refusalOf(error, t);
  return (
    <Alert
      type="error"
      showIcon
      closable={Boolean(onClose)}
      onClose={onClose}
      message={refusal.title}
      description={refusal.reasons.length ? refusal.reasons.map((r) => <div key={r}>{r}</div>) : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
