import { Alert, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { shownReceipt } from './receipt';

/**
 * The receipt after filing: tracking code and PIN, printable (print CSS leaves out everything but the
 * receipt). It lives in this page's memory only (receipt.ts): a reload shows no PIN again.
 */
export function ReceiptPage() {
  const { t } = useTranslation();
  const receipt = shownReceipt();
  if (!receipt?.trackingCode) {
    return (
      <Card>
        <Typography.Paragraph>{t('receipt.none')}</Typography.Paragraph>
        <Link to="/public/status">{t('receipt.check')}</Link>
      </Card>
    );
  }
  return (
    <Card className="public-receipt">
      <Typography.Title level={1} className="public-title">
        {t('receipt.title')}
      </Typography.Title>
      <Alert type="warning" showIcon message={t('receipt.keep')} className="public-keep" />
      <Descriptions column={1} bordered size="middle" className="public-receipt-table">
        <Descriptions.Item label={t('receipt.code')}>
          <span className="public-code" data-testid="tracking-code">
            {receipt.trackingCode}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('receipt.pin')}>
          <span className="public-code" data-testid="pin">
            {receipt.pin}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('receipt.filedOn')}>{receipt.status.receivedOn}</Descriptions.Item>
        <Descriptions.Item label={t('receipt.status')}>{t(`states.${receipt.status.status}`)}</Descriptions.Item>
        {receipt.status.nextDueOn && <Descriptions.Item label={t('receipt.nextDue')}>{receipt.status.nextDueOn}</Descriptions.Item>}
      </Descriptions>
      <Space wrap className="public-actions">
        <Button type="primary" onClick={() => window.print()}>
          {t('receipt.print')}
        </Button>
        <Link to="/public/status">{t('receipt.check')}</Link>
        <Link to="/public">{t('receipt.another')}</Link>
      </Space>
    </Card>
  );
}
