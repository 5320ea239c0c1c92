import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** Days left to a due day, coloured: late red, three days or less orange, otherwise green. */
export function DueTag({ dueOn, daysLeft }: { dueOn: string | null | undefined; daysLeft: number | null | undefined }) {
  const { t } = useTranslation();
  if (!dueOn || daysLeft === null || daysLeft === undefined) return <Tag>{t('common.none')}</Tag>;
  const colour = daysLeft < 0 ? 'red' : daysLeft <= 3 ? 'orange' : 'green';
  const text =
    daysLeft < 0
      ? t('common.daysLate', { count: -daysLeft })
      : daysLeft === 0
        ? t('common.dueToday')
        : t('common.daysLeft', { count: daysLeft });
  return (
    <Tooltip title={dueOn}>
      <Tag color={colour}>{text}</Tag>
    </Tooltip>
  );
}
