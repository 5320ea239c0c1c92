import { CloudUploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db, type QueuedObservation } from './db';
import { useLive } from './hooks';
import { problemText } from './problem-text';
import { counts, refusedAsLate, withLateReason } from './queue';
import type { ReferenceData } from './reference-data';

/** The observations saved on this phone, newest first, each with where it stands and the server's answer. */
export function Outbox({ data, syncing, canSync, onSync }: { data: ReferenceData; syncing: boolean; canSync: boolean; onSync(): void }) {
  const { t } = useTranslation();
  const userId = data.me.id;
  const items = useLive(() => db.outbox.where('userId').equals(userId).reverse().sortBy('savedAt'), [userId], [] as QueuedObservation[]);
  const photos = useLive(() => db.photos.where('userId').equals(userId).toArray(), [userId], []);
  const uploaded = new Set(photos.filter((p) => p.attachmentId).map((p) => p.id));
  const electionName = (id: string) => {
    const e = data.elections.find((x) => x.id === id);
    return e ? `${e.jurisdiction.name} ${e.organization.name}` : id;
  };
  const total = counts(items, userId);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text data-testid="outbox-summary">{t('observe.outbox.summary', { ...total })}</Typography.Text>
        <Button type="primary" icon={<CloudUploadOutlined />} onClick={onSync} loading={syncing} disabled={!canSync || total.waiting === 0}>
          {syncing ? t('observe.outbox.syncing') : t('observe.outbox.sync')}
        </Button>
      </Space>
      {items.length === 0 ? (
        <Empty description={t('observe.outbox.empty')} />
      ) : (
        <List
          dataSource={items}
          renderItem={(q) => {
            const status =
              q.state === 'waiting'
                ? 'waiting'
                : q.state === 'refused'
                  ? 'refused'
                  : q.result?.status === 'DUPLICATE'
                    ? 'duplicate'
                    : 'stored';
            const color = { waiting: 'gold', stored: 'green', duplicate: 'green', refused: 'red' }[status];
            const done = q.photoIds.filter((id) => uploaded.has(id)).length;
            return (
              <List.Item key={q.id}>
                <Card size="small" className="observe-queued" data-state={q.state} style={{ width: '100%' }}>
                  <Space direction="vertical" size={2} style={{ width: '100%' }}>
                    <Space wrap>
                      <Tag color={color}>{t(`observe.outbox.${status}`)}</Tag>
                      <Typography.Text strong>{q.payload.site.name}</Typography.Text>
                      <Typography.Text>{t(`vocab.observedStage.${q.payload.stage}`)}</Typography.Text>
                    </Space>
                    <Typography.Text type="secondary">
                      {electionName(q.payload.electionId)} · {new Date(q.savedAt).toLocaleString()} · {q.id.slice(0, 8)}
                    </Typography.Text>
                    {q.photoIds.length > 0 && (
                      <Typography.Text type="secondary">
                        {q.state === 'waiting'
                          ? t('observe.outbox.photosUploaded', { done, count: q.photoIds.length })
                          : t('observe.outbox.photos', { count: q.photoIds.length })}
                      </Typography.Text>
                    )}
                    {q.result?.flags.map((f) => (
                      <Alert
                        key={`${f.rule}-${f.item ?? ''}`}
                        type="warning"
                        showIcon
                        title={t(`reasons.${f.rule}`, { ...f.values, defaultValue: f.message })}
                      />
                    ))}
                    {q.state === 'refused' &&
                      q.result?.problems.map((p) => <Alert key={p.rule} type="error" showIcon title={problemText(t, p.rule, p.message)} />)}
                    {q.state === 'refused' && q.result && refusedAsLate(q.result.problems) && <LateReason item={q} onResend={onSync} />}
                    {q.state === 'waiting' && q.lastError && (
                      <Typography.Text type="secondary">{t('observe.outbox.lastError', { message: q.lastError })}</Typography.Text>
                    )}
                  </Space>
                </Card>
              </List.Item>
            );
          }}
        />
      )}
    </Space>
  );
}

/** A record refused only for its lateness: the observer says why (e.g. 现场无信号) and it goes again, same id. */
function LateReason({ item, onResend }: { item: QueuedObservation; onResend(): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const resend = async () => {
    await db.outbox.put({ ...withLateReason(item, reason), result: undefined });
    onResend();
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        aria-label={t('observe.outbox.lateReason')}
        placeholder={t('observe.outbox.lateReason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <Button type="primary" disabled={!reason.trim()} onClick={() => void resend()}>
        {t('observe.outbox.resend')}
      </Button>
    </Space.Compact>
  );
}
