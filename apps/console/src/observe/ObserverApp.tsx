import { Alert, Button, Card, Layout, Modal, Spin, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { whenSignedOut } from '../api/client';
import { session } from '../auth/session';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { db } from './db';
import { useLive, useOnline } from './hooks';
import { ObservationForm } from './ObservationForm';
import { Outbox } from './Outbox';
import { tokenUsable } from './queue';
import { cachedReference, ledTeams, refreshReference, type ReferenceData } from './reference-data';
import { SignIn } from './SignIn';
import { syncOutbox } from './sync';
import { TeamView } from './TeamView';

const SYNC_EVERY_MS = 30_000;

/**
 * The observer app: starts from what IndexedDB holds (so it opens with no network), reads everything again
 * when it can, and sends the outbox whenever the network is there: on start, on coming back online, after each
 * save and every 30 seconds. A session that ends (expired, even offline) never costs a record: the outbox
 * waits for the next sign-in.
 */
export function ObserverApp() {
  const { t } = useTranslation();
  const client = useClient();
  const online = useOnline();
  const [data, setData] = useState<ReferenceData | null | undefined>(undefined);
  const [needSignIn, setNeedSignIn] = useState(false);
  const [signingIn, setSigningIn] = useState(false);
  const [syncing, setSyncing] = useState(false);
  const [tab, setTab] = useState('record');

  const refresh = useCallback(async () => {
    if (!tokenUsable(session.token(), new Date())) return setNeedSignIn(true);
    if (!navigator.onLine) return;
    try {
      setData(await refreshReference(client));
      setNeedSignIn(false);
    } catch {
      // Offline, or the session refused (whenSignedOut below says so): keep what the phone holds.
      if (!session.token()) setNeedSignIn(true);
    }
  }, [client]);

  useEffect(() => {
    void cachedReference().then(async (cached) => {
      setData(cached);
      await refresh();
    });
    return whenSignedOut(() => setNeedSignIn(true));
  }, [refresh]);

  const userId = data?.me.id;
  const sync = useCallback(async () => {
    if (!userId) return;
    setSyncing(true);
    const outcome = await syncOutbox(client, userId);
    setSyncing(false);
    if (outcome === 'signed-out') setNeedSignIn(true);
  }, [client, userId]);

  // Send on start, when the network returns, and now and then while it stays.
  useEffect(() => {
    if (!online || !userId || needSignIn) return;
    void sync();
    const timer = setInterval(() => void sync(), SYNC_EVERY_MS);
    return () => clearInterval(timer);
  }, [online, userId, needSignIn, sync]);

  const waiting = useLive(() => (userId ? db.outbox.where({ userId, state: 'waiting' }).count() : Promise.resolve(0)), [userId], 0);

  const signedIn = () => {
    setSigningIn(false);
    setNeedSignIn(false);
    void refresh();
  };

  if (data === undefined) return <Spin fullscreen />;
  const header = (
    <Layout.Header className="observe-header">
      <Typography.Title level={1} className="observe-title">
        {t('observe.title')}
      </Typography.Title>
      <Tag color={online ? 'green' : 'default'} data-testid="network">
        {online ? t('observe.online') : t('observe.offline')}
      </Tag>
      <LanguageSwitch />
    </Layout.Header>
  );
  if (data === null)
    return (
      <Layout className="observe-layout">
        {header}
        <Layout.Content className="observe-content">
          <Card title={t('observe.signIn.title')}>
            <SignIn online={online} onSignedIn={signedIn} />
          </Card>
        </Layout.Content>
      </Layout>
    );
  const leader = ledTeams(data).length > 0;
  return (
    <Layout className="observe-layout">
      {header}
      <Layout.Content className="observe-content">
        <Typography.Text type="secondary" className="observe-user">
          {data.me.displayName} · {data.me.jurisdiction.name}
        </Typography.Text>
        {!online && <Alert className="observe-session" type="info" showIcon title={t('observe.offlineHint')} />}
        {needSignIn && (
          <Alert
            className="observe-session"
            type="warning"
            showIcon
            title={t('observe.signIn.again')}
            action={
              <Button size="small" onClick={() => setSigningIn(true)} disabled={!online}>
                {t('observe.signIn.againButton')}
              </Button>
            }
          />
        )}
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'record', label: t('observe.tabs.record'), children: <ObservationForm data={data} onSaved={() => void sync()} /> },
            {
              key: 'outbox',
              label: t('observe.tabs.outbox', { count: waiting }),
              children: <Outbox data={data} syncing={syncing} canSync={online && !needSignIn} onSync={() => void sync()} />,
            },
            ...(leader ? [{ key: 'team', label: t('observe.tabs.team'), children: <TeamView data={data} online={online} /> }] : []),
          ]}
        />
      </Layout.Content>
      <Modal open={signingIn} title={t('observe.signIn.title')} footer={null} onCancel={() => setSigningIn(false)} destroyOnHidden>
        <SignIn online={online} onSignedIn={signedIn} />
      </Modal>
    </Layout>
  );
}
