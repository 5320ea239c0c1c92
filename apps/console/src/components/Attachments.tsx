import { PaperClipOutlined } from '@ant-design/icons';
import { Button, List, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { session } from '../auth/session';

export interface AttachmentItem {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256?: string | null;
}

const sizeText = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Photos and scans kept with a case (a public filing's photos). `/uploads/{id}` answers only a signed-in
 * reader who may see the case, so a plain link cannot carry the session: the file is fetched with the
 * token and shown from a blob URL (the page's policy allows `blob:` images), or saved under its name.
 */
export function Attachments({ items }: { items: readonly AttachmentItem[] }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<{ name: string; url: string } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => () => void (shown && URL.revokeObjectURL(shown.url)), [shown]);

  const open = async (item: AttachmentItem) => {
    setFailed(null);
    const token = session.token();
    const res = await fetch(`/uploads/${item.id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }).catch(() => null);
    if (!res?.ok) return setFailed(item.name);
    const url = URL.createObjectURL(await res.blob());
    if (item.mediaType.startsWith('image/')) return setShown({ name: item.name, url });
    const a = document.createElement('a');
    a.href = url;
    a.download = item.name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  return (
    <>
      <List
        size="small"
        dataSource={[...items]}
        locale={{ emptyText: t('attachments.none') }}
        renderItem={(item) => (
          <List.Item
            key={item.id}
            actions={[
              <Button
                key="open"
                size="small"
                autoInsertSpace={false}
                onClick={() => void open(item)}
                aria-label={`${t('attachments.open')} ${item.name}`}
              >
                {t('attachments.open')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              avatar={<PaperClipOutlined aria-hidden />}
              title={item.name}
              description={`${item.mediaType} · ${sizeText(item.size)}${item.sha256 ? ` · SHA-256 ${item.sha256.slice(0, 12)}…` : ''}`}
            />
          </List.Item>
        )}
      />
      {failed && <Typography.Text type="danger">{t('attachments.failed', { name: failed })}</Typography.Text>}
      <Modal open={shown !== null} title={shown?.name} footer={null} onCancel={() => setShown(null)} width={720}>
        {shown && <img src={shown.url} alt={shown.name} style={{ maxWidth: '100%' }} />}
      </Modal>
    </>
  );
}
