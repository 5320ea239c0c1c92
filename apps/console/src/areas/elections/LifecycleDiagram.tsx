import type { CSSProperties } from 'react';
import { electionMachine } from '@scrutineer/domain/machines/election.machine';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { stateName } from '../../components/StateTag';
import { lifecycleOf, placeOf, statusOf, type Status } from './lifecycle';

/** Drawn once from the machine's definition: its states in order, the side paths apart. */
export const ELECTION_LIFECYCLE = lifecycleOf(electionMachine);

const STYLE: Record<Status, CSSProperties> = {
  done: { background: '#f6ffed', borderColor: '#95de64', color: '#135200' },
  current: { background: '#b71c1c', borderColor: '#b71c1c', color: '#fff', fontWeight: 600 },
  todo: { background: '#fff', borderColor: '#d9d9d9', color: 'rgba(0, 0, 0, 0.72)' },
  skipped: { background: '#fafafa', borderColor: '#bfbfbf', borderStyle: 'dashed', color: 'rgba(0, 0, 0, 0.62)' },
};

function Box({ label, status, note, arrow }: { label: string; status: Status; note: string; arrow?: boolean }) {
  return (
    <li aria-current={status === 'current' ? 'step' : undefined} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
      {arrow ? (
        <span aria-hidden style={{ color: 'rgba(0, 0, 0, 0.45)' }}>
          →
        </span>
      ) : null}
      <span
        title={status === 'skipped' ? note : undefined}
        style={{ border: '1px solid', ...STYLE[status], borderRadius: 4, padding: '2px 10px', fontSize: 13, whiteSpace: 'nowrap' }}
      >
        {label}
        {status === 'current' || status === 'skipped' ? <span style={HIDDEN}>（{note}）</span> : null}
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

/**
 * The election's lifecycle, from the machine: where it stands now, the states it passed through (from its
 * history; the ones its rules skipped are dashed), what may come.
 */
export function LifecycleDiagram({ state, visited }: { state: string; visited?: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const { main, side } = ELECTION_LIFECYCLE;
  const place = placeOf(ELECTION_LIFECYCLE, state);
  // Automatic states (deciding a round) are passed through without being recorded: passed once what follows is reached.
  const passed = visited ? new Set([...visited, ...ELECTION_LIFECYCLE.transient]) : undefined;
  const note = (status: Status) => (status === 'skipped' ? t('elections.page.skipped') : t('elections.page.current'));
  return (
    <div>
      <Typography.Text type="secondary">{t('elections.page.mainPath')}</Typography.Text>
      <ol style={{ ...row, margin: '6px 0 12px' }} aria-label={t('elections.page.mainPath')}>
        {main.map((s, i) => {
          const status = statusOf(i, place.main, s, passed);
          return <Box key={s} arrow={i > 0} label={stateName(t, 'election', s)} status={status} note={note(status)} />;
        })}
      </ol>
      <Typography.Text type="secondary">{t('elections.page.sidePaths')}</Typography.Text>
      <ul style={{ ...row, marginTop: 6 }} aria-label={t('elections.page.sidePaths')}>
        {side.map((s) => (
          <Box
            key={s}
            label={stateName(t, 'election', s)}
            status={s === state ? 'current' : visited?.has(s) ? 'done' : 'todo'}
            note={note('current')}
          />
        ))}
      </ul>
    </div>
  );
}
