import { App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { refusalOf } from '../../api/errors';
import { useAuth } from '../../auth/AuthProvider';
import { graphql } from '../../gql';

const ChangeMyPassword = graphql(`
  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {
    changeMyPassword(input: $input) {
      token
    }
  }
`);

interface Values {
  currentPassword: string;
  newPassword: string;
  again: string;
}

/** Change one's own password; the other sessions end, this one continues with the new token. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { signIn } = useAuth();
  const [{ fetching }, change] = useMutation(ChangeMyPassword);
  const [form] = Form.useForm<Values>();
  const onFinish = async (values: Values) => {
    const res = await change({ input: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
    if (res.error) {
      void message.error(refusalOf(res.error, t).title);
      return;
    }
    signIn(res.data!.changeMyPassword.token);
    form.resetFields();
    void message.success(t('password.changed'));
  };
  return (
    <Card title={t('nav.changePassword')} style={{ maxWidth: 480 }}>
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('password.next')} rules={[{ required: true }, { min: 10, message: t('password.tooShort') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="again"
          label={t('password.again')}
          dependencies={['newPassword']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={fetching}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
