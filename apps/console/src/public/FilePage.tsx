import { Alert, Button, Card, Form, Input, Radio, Select, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, ELECTIONS, FILE, gql, type PublicPlace } from './api';
import { errorText } from './errors';
import { PhotoUploads, type Photo } from './PhotoUploads';
import { PlacePicker } from './PlacePicker';
import { solveProofOfWork } from './proof-of-work';
import { CATEGORIES, keepReceipt, KINDS, type Receipt } from './receipt';

interface Values {
  place: PublicPlace | null;
  electionId?: string;
  kind: string;
  category?: string;
  title: string;
  body: string;
  named: boolean;
  name?: string;
  phone?: string;
  idNumber?: string;
  address?: string;
}

type Verification = 'running' | 'done' | 'failed';

/** 反映问题: the complaint form. A proof of work is solved as soon as the page opens, while one writes. */
export function FilePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const place = Form.useWatch('place', form);
  const named = Form.useWatch('named', form);
  const [elections, setElections] = useState<{ id: string; name: string }[]>([]);
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [verification, setVerification] = useState<Verification>('running');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const proof = useRef<Promise<string> | null>(null);

  const solve = () => {
    setVerification('running');
    const solving = solveProofOfWork();
    proof.current = solving;
    solving.then(
      () => setVerification('done'),
      () => setVerification('failed'),
    );
    return solving;
  };
  useEffect(() => {
    void solve().catch(() => undefined);
  }, []);

  useEffect(() => {
    form.setFieldValue('electionId', undefined);
    if (!place) return setElections([]);
    void gql<{ publicElections: { id: string; name: string }[] }>(ELECTIONS, { id: place.id }).then((d) => setElections(d.publicElections));
  }, [place, form]);

  async function submit(values: Values) {
    setError(null);
    setSubmitting(true);
    const attempt = async (retry: boolean): Promise<void> => {
      const proofOfWork = await (proof.current ?? solve());
      try {
        const identity = values.named
          ? { name: values.name || null, phone: values.phone || null, idNumber: values.idNumber || null, address: values.address || null }
          : undefined;
        const { fileComplaint } = await gql<{ fileComplaint: Receipt }>(FILE, {
          input: {
            kind: values.kind,
            category: values.category,
            title: values.title,
            body: values.body,
            jurisdictionId: values.place!.id,
            electionId: values.electionId || undefined,
            identity,
            attachmentIds: photos.flatMap((p) => (p.id ? [p.id] : [])),
            proofOfWork,
          },
        });
        // The form is gone with this page: nothing of the identity stays behind.
        keepReceipt(fileComplaint);
        navigate('/public/receipt');
      } catch (e) {
        // A solution is spent once: solve a fresh one and try again once, for one that expired or was spent.
        proof.current = null;
        if (retry && e instanceof ApiError && e.code.startsWith('PROOF_OF_WORK')) return attempt(false);
        void solve().catch(() => undefined);
        throw e;
      }
    };
    try {
      await attempt(true);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setSubmitting(false);
    }
  }

  const uploading = photos.some((p) => !p.id && !p.failed);
  return (
    <Card>
      <Typography.Title level={1} className="public-title">
        {t('file.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('file.intro')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'REPORT', named: false, place: null }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="place" label={t('file.place')} rules={[{ required: true, message: t('file.placeRequired') }]}>
          <PlacePicker />
        </Form.Item>
        <Form.Item name="electionId" label={t('file.election')}>
          <Select
            allowClear
            disabled={elections.length === 0}
            placeholder={t('file.electionNone')}
            options={elections.map((e) => ({ value: e.id, label: e.name }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('file.kind')}>
          <Radio.Group options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="category" label={t('file.category')} rules={[{ required: true, message: t('file.categoryRequired') }]}>
          <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('file.titleLabel')}
          rules={[{ required: true, whitespace: true, max: 200, message: t('file.titleRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('file.body')}
          extra={t('file.bodyHelp')}
          rules={[{ required: true, whitespace: true, message: t('file.bodyRequired') }]}
        >
          <Input.TextArea rows={6} maxLength={20000} />
        </Form.Item>
        <Form.Item label={t('file.photos')} htmlFor="photos">
          <PhotoUploads photos={photos} onChange={setPhotos} />
        </Form.Item>
        <Form.Item name="named" label={t('file.identity')}>
          <Radio.Group
            options={[
              { value: false, label: t('file.anonymous') },
              { value: true, label: t('file.named') },
            ]}
          />
        </Form.Item>
        <Alert type="info" showIcon className="public-statement" message={t('file.identityStatement')} />
        {named && (
          <div className="public-identity">
            <Form.Item name="name" label={t('file.name')}>
              <Input maxLength={100} autoComplete="name" />
            </Form.Item>
            <Form.Item name="phone" label={t('file.phone')}>
              <Input maxLength={40} autoComplete="tel" inputMode="tel" />
            </Form.Item>
            <Form.Item name="idNumber" label={t('file.idNumber')}>
              <Input maxLength={40} autoComplete="off" />
            </Form.Item>
            <Form.Item name="address" label={t('file.address')}>
              <Input maxLength={200} autoComplete="street-address" />
            </Form.Item>
          </div>
        )}
        <p className="public-verification" role="status" aria-live="polite">
          {verification === 'running' ? t('file.verifying') : verification === 'done' ? t('file.verified') : t('file.verifyFailed')}
        </p>
        {error && <Alert type="error" showIcon role="alert" message={error} className="public-error" />}
        <Button type="primary" htmlType="submit" size="large" loading={submitting} disabled={uploading}>
          {submitting ? t('file.submitting') : t('file.submit')}
        </Button>
      </Form>
    </Card>
  );
}
