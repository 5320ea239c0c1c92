import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, gql, STATUS, type CaseStatus } from './api';
import { errorText } from './errors';

/**
 * 查询进度: the state in plain words, the next due date, the published reply, an extension and, for a
 * merged case, the case it follows. An unknown code and a wrong PIN read exactly alike (the server
 * answers both NOT_FOUND).
 */
export function StatusPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CaseStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  async function check(values: { code: string; pin: string }) {
    setLoading(true);
    setError(null);
    setStatus(null);
    try {
      const { caseStatus } = await gql<{ caseStatus: CaseStatus }>(STATUS, { code: values.code.trim(), pin: values.pin.trim() });
      setStatus(caseStatus);
    } catch (e) {
      setError(e instanceof ApiError && e.code === 'NOT_FOUND' ? t('status.notFound') : errorText(t, e));
    } finally {
      setLoading(false);
    }
  }

  return (
    <Card>
      <Typography.Title level={1} className="public-title">
        {t('status.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('status.intro')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={(v: { code: string; pin: string }) => void check(v)} className="public-status-form">
        <Form.Item name="code" label={t('status.code')} rules={[{ required: true, whitespace: true, message: t('status.codeRequired') }]}>
          <Input autoComplete="off" spellCheck={false} maxLength={40} />
        </Form.Item>
        <Form.Item name="pin" label={t('status.pin')} rules={[{ required: true, whitespace: true, message: t('status.pinRequired') }]}>
          <Input.Password autoComplete="off" maxLength={40} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('status.submit')}
        </Button>
      </Form>
      <div aria-live="polite" className="public-status-answer">
        {error && <Alert type="error" showIcon message={error} />}
        {status && (
          <Descriptions column={1} bordered size="middle" title={status.trackingCode}>
            <Descriptions.Item label={t('status.state')}>
              <strong>{t(`states.${status.status}`)}</strong>
            </Descriptions.Item>
            <Descriptions.Item label={t('status.received')}>{status.receivedOn}</Descriptions.Item>
            <Descriptions.Item label={t('status.nextDue')}>{status.nextDueOn ?? t('status.noDue')}</Descriptions.Item>
            {status.extension && (
              <Descriptions.Item label={t('status.extension')}>{t('status.extensionText', status.extension)}</Descriptions.Item>
            )}
            {status.reply && (
              <Descriptions.Item label={t('status.reply')}>
                <div className="public-reply">{status.reply.text}</div>
                <Typography.Text type="secondary">
                  {t('status.repliedOn')}：{status.reply.on}
                </Typography.Text>
              </Descriptions.Item>
            )}
            {status.followedIn && (
              <Descriptions.Item label={t('status.followedCode')}>
                <div>{t('status.followed')}</div>
                <div>
                  {status.followedIn.trackingCode}：{t(`states.${status.followedIn.status}`)}
                  {status.followedIn.nextDueOn ? `（${t('status.nextDue')} ${status.followedIn.nextDueOn}）` : ''}
                </div>
              </Descriptions.Item>
            )}
          </Descriptions>
        )}
      </div>
    </Card>
  );
}
