import type { CSSProperties } from 'react';
import { electionMachine } from '@scrutineer/domain/machines/election.machine';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { stateName } from '../../components/StateTag';
import { lifecycleOf, placeOf } from './lifecycle';

/** Drawn once from the machine's definition: its states in order, the side paths apart. */
export const ELECTION_LIFECYCLE = lifecycleOf(electionMachine);

type Status = 'done' | 'current' | 'todo';

const STYLE: Record<Status, CSSProperties> = {
  done: { background: '#f6ffed', borderColor: '#95de64', color: '#135200' },
  current: { background: '#b71c1c', borderColor: '#b71c1c', color: '#fff', fontWeight: 600 },
  todo: { background: '#fff', borderColor: '#d9d9d9', color: 'rgba(0, 0, 0, 0.72)' },
};

function Box({ label, status, currentLabel, arrow }: { label: string; status: Status; currentLabel: string; arrow?: boolean }) {
  return (
    <li aria-current={status === 'current' ? 'step' : undefined} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
      {arrow ? (
        <span aria-hidden style={{ color: 'rgba(0, 0, 0, 0.45)' }}>
          →
        </span>
      ) : null}
      <span style={{ ...STYLE[status], border: '1px solid', borderRadius: 4, padding: '2px 10px', fontSize: 13, whiteSpace: 'nowrap' }}>
        {label}
        {status === 'current' ? <span style={HIDDEN}>（{currentLabel}）</span> : null}
      </span>
    </li>
  );
}

/** Read out, not shown. */
const HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

const row: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '8px 4px',
  alignItems: 'center',
  listStyle: 'none',
  padding: 0,
  margin: 0,
};

/** The election's lifecycle, from the machine: where it stands now, what came before, what may come. */
export function LifecycleDiagram({ state }: { state: string }) {
  const { t } = useTranslation();
  const { main, side } = ELECTION_LIFECYCLE;
  const place = placeOf(ELECTION_LIFECYCLE, state);
  const current = t('elections.page.current');
  return (
    <div>
      <Typography.Text type="secondary">{t('elections.page.mainPath')}</Typography.Text>
      <ol style={{ ...row, margin: '6px 0 12px' }} aria-label={t('elections.page.mainPath')}>
        {main.map((s, i) => (
          <Box
            key={s}
            arrow={i > 0}
            label={stateName(t, 'election', s)}
            status={i === place.main ? 'current' : place.main >= 0 && i < place.main ? 'done' : 'todo'}
            currentLabel={current}
          />
        ))}
      </ol>
      <Typography.Text type="secondary">{t('elections.page.sidePaths')}</Typography.Text>
      <ul style={{ ...row, marginTop: 6 }} aria-label={t('elections.page.sidePaths')}>
        {side.map((s) => (
          <Box key={s} label={stateName(t, 'election', s)} status={s === state ? 'current' : 'todo'} currentLabel={current} />
        ))}
      </ul>
    </div>
  );
}
