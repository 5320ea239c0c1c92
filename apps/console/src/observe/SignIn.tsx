import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { session } from '../auth/session';
import { ObserverLoginMutation } from './queries';

/** Sign in (the console's account and token): needs the network, once; after that the app works offline. */
export function SignIn({ online, onSignedIn }: { online: boolean; onSignedIn(): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setFailure(null);
    const result = await client.mutation(ObserverLoginMutation, { input: values }).toPromise();
    setBusy(false);
    if (result.error || !result.data)
      return setFailure(result.error?.graphQLErrors.length ? t('observe.signIn.failed') : t('errors.network'));
    session.save(result.data.login.token);
    onSignedIn();
  };
  return (
    <Form layout="vertical" onFinish={(values: { username: string; password: string }) => void submit(values)} requiredMark={false}>
      {!online && <Alert type="info" showIcon title={t('observe.signIn.needNetwork')} style={{ marginBottom: 16 }} />}
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Form.Item name="username" label={t('observe.signIn.username')} rules={[{ required: true, message: t('observe.signIn.username') }]}>
        <Input prefix={<UserOutlined />} autoComplete="username" />
      </Form.Item>
      <Form.Item name="password" label={t('observe.signIn.password')} rules={[{ required: true, message: t('observe.signIn.password') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy} disabled={!online}>
        {t('observe.signIn.submit')}
      </Button>
    </Form>
  );
}
