import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { useAuth } from './AuthProvider';

const Login = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
    }
  }
`);

/** Sign in; then back to the page that asked for it. */
export function LoginPage() {
  const { t } = useTranslation();
  const { me, signIn } = useAuth();
  const location = useLocation();
  const [{ fetching }, login] = useMutation(Login);
  const [failure, setFailure] = useState<string | null>(null);
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (me) return <Navigate to={from} replace />;
  const onFinish = async (values: { username: string; password: string }) => {
    setFailure(null);
    const res = await login({ input: values });
    if (res.error) {
      const code = res.error.graphQLErrors[0]?.extensions?.code;
      setFailure(code === 'RATE_LIMITED' ? t('login.rateLimited') : code ? t('login.failed') : t('errors.network'));
      return;
    }
    signIn(res.data!.login.token);
  };
  return (
    <main className="login-page">
      <Card className="login-card">
        <div className="login-header">
          <Typography.Title level={3}>{t('app.title')}</Typography.Title>
          <LanguageSwitch />
        </div>
        <Typography.Title level={4}>{t('login.title')}</Typography.Title>
        {failure && <Alert type="error" message={failure} showIcon style={{ marginBottom: 16 }} />}
        <Form layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.username') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.password') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={fetching}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
