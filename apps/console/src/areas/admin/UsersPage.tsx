import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, TreeSelect, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { useMe } from '../../auth/AuthProvider';
import { RefusalAlert } from '../../components/RefusalAlert';
import { graphql } from '../../gql';
import type { Role, UsersListQuery } from '../../gql/graphql';
import { usePlaces } from './usePlaces';

const Users = graphql(`
  query UsersList($search: String, $role: Role) {
    users(first: 100, search: $search, role: $role) {
      totalCount
      edges {
        node {
          id
          username
          displayName
          role
          active
          lockedUntil
          lastLoginAt
          version
          jurisdiction {
            id
            name
          }
        }
      }
    }
  }
`);

const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
      displayName
      role
      active
      lockedUntil
      version
      jurisdiction {
        id
        name
      }
    }
  }
`);

const UpdateUser = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      username
      displayName
      role
      active
      lockedUntil
      version
      jurisdiction {
        id
        name
      }
    }
  }
`);

type User = UsersListQuery['users']['edges'][number]['node'];

const ROLES: Role[] = ['ADMIN', 'ELECTION_OFFICE', 'ELECTION_COMMITTEE', 'SUPERVISOR', 'PETITION_HANDLER', 'INSPECTOR'] as Role[];
const USERNAME = /^[A-Za-z0-9._-]{3,64}$/;

/** Locked now: a lock after repeated failed sign-ins that has not yet run out. */
export const isLocked = (user: { lockedUntil?: string | null }, now = Date.now()): boolean =>
  Boolean(user.lockedUntil && new Date(user.lockedUntil).getTime() > now);

interface UserForm {
  username: string;
  displayName: string;
  role: Role;
  jurisdictionId: string;
  password: string;
}

/** Accounts of the admin's subtree: create, change role or home place, deactivate, unlock. */
export function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const { tree } = usePlaces();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [{ data, fetching }, reload] = useQuery({ query: Users, variables: { search: search || null, role: role ?? null } });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const [listRefusal, setListRefusal] = useState<CombinedError | null>(null);
  const [createState, create] = useMutation(CreateUser);
  const [updateState, update] = useMutation(UpdateUser);
  const [createForm] = Form.useForm<UserForm>();
  const [editForm] = Form.useForm<Omit<UserForm, 'username' | 'password'>>();
  const rows = data?.users.edges.map((e) => e.node) ?? [];
  const locked = rows.filter((u) => isLocked(u)).length;
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));

  const after = (done: string) => {
    void message.success(done);
    reload({ requestPolicy: 'network-only' });
  };

  const submitCreate = async (values: UserForm) => {
    setRefusal(null);
    const result = await create({ input: { ...values, username: values.username.trim(), displayName: values.displayName.trim() } });
    if (result.error) return setRefusal(result.error);
    setCreating(false);
    createForm.resetFields();
    after(t('admin.users.created', { username: values.username.trim() }));
  };

  const submitEdit = async (values: Omit<UserForm, 'username' | 'password'>) => {
    if (!editing) return;
    setRefusal(null);
    const result = await update({ input: { id: editing.id, expectedVersion: editing.version, ...values } });
    if (result.error) return setRefusal(result.error);
    setEditing(null);
    after(t('admin.users.saved'));
  };

  const setActive = async (user: User, active: boolean, done: string) => {
    setListRefusal(null);
    const result = await update({ input: { id: user.id, active } });
    if (result.error) return setListRefusal(result.error);
    after(done);
  };

  const jurisdictionPicker = () => (
    <TreeSelect treeData={tree} treeDefaultExpandAll showSearch treeNodeFilterProp="title" style={{ width: '100%' }} />
  );

  return (
    <div>
      <Typography.Title level={3}>{t('admin.users.title')}</Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            aria-label={t('admin.users.search')}
            placeholder={t('admin.users.search')}
            allowClear
            onSearch={(v) => setSearch(v.trim())}
            style={{ width: 240, maxWidth: '100%' }}
          />
          <Select
            aria-label={t('admin.users.role')}
            allowClear
            placeholder={t('admin.users.allRoles')}
            value={role}
            onChange={setRole}
            options={roleOptions}
            style={{ minWidth: 160 }}
          />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setRefusal(null);
              createForm.setFieldsValue({ jurisdictionId: me.jurisdiction.id });
              setCreating(true);
            }}
          >
            {t('admin.users.create')}
          </Button>
          {locked > 0 && (
            <Tag color="error" icon={<LockOutlined />} style={{ color: '#820014' }}>
              {t('admin.users.lockedCount', { count: locked })}
            </Tag>
          )}
        </Space>
        <RefusalAlert error={listRefusal} onClose={() => setListRefusal(null)} />
        <Table
          size="small"
          rowKey="id"
          loading={fetching}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 980 }}
          footer={() => t('common.total', { count: data?.users.totalCount ?? 0 })}
          columns={[
            { title: t('admin.users.username'), dataIndex: 'username', width: 150 },
            { title: t('admin.users.displayName'), dataIndex: 'displayName', width: 130 },
            { title: t('admin.users.role'), dataIndex: 'role', width: 120, render: (r: Role) => t(`roles.${r}`) },
            { title: t('admin.users.jurisdiction'), width: 110, render: (_, u) => u.jurisdiction.name },
            {
              title: t('admin.users.status'),
              width: 180,
              render: (_, u) => (
                <Space size={4} wrap>
                  {u.active ? (
                    <Tag color="success" style={{ color: '#135200' }}>
                      {t('admin.users.active')}
                    </Tag>
                  ) : (
                    <Tag>{t('admin.users.inactive')}</Tag>
                  )}
                  {isLocked(u) && (
                    <Tag color="error" icon={<LockOutlined />} style={{ color: '#820014' }}>
                      {t('admin.users.locked', { until: dayjs(u.lockedUntil).format('HH:mm') })}
                    </Tag>
                  )}
                </Space>
              ),
            },
            {
              title: t('admin.users.lastLogin'),
              dataIndex: 'lastLoginAt',
              width: 140,
              render: (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : t('admin.users.never')),
            },
            {
              title: t('admin.users.actions'),
              width: 200,
              render: (_, u) => (
                <Space size={0} wrap>
                  <Button
                    color="primary"
                    variant="link"
                    size="small"
                    onClick={() => {
                      setRefusal(null);
                      editForm.setFieldsValue({ displayName: u.displayName, role: u.role, jurisdictionId: u.jurisdiction.id });
                      setEditing(u);
                    }}
                  >
                    {t('admin.users.edit')}
                  </Button>
                  {isLocked(u) && (
                    <Button
                      color="primary"
                      variant="link"
                      size="small"
                      onClick={() => void setActive(u, true, t('admin.users.unlocked', { username: u.username }))}
                    >
                      {t('admin.users.unlock')}
                    </Button>
                  )}
                  {u.active ? (
                    <Popconfirm
                      title={t('admin.users.deactivateConfirm', { username: u.username })}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => setActive(u, false, t('admin.users.deactivated', { username: u.username }))}
                    >
                      <Button color="primary" variant="link" size="small">
                        {t('admin.users.deactivate')}
                      </Button>
                    </Popconfirm>
                  ) : (
                    <Button
                      color="primary"
                      variant="link"
                      size="small"
                      onClick={() => void setActive(u, true, t('admin.users.activated', { username: u.username }))}
                    >
                      {t('admin.users.activate')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>

      <Modal
        title={t('admin.users.create')}
        open={creating}
        onCancel={() => setCreating(false)}
        onOk={() => createForm.submit()}
        okText={t('common.submit')}
        cancelText={t('common.cancel')}
        confirmLoading={createState.fetching}
        destroyOnHidden
        forceRender
      >
        <RefusalAlert error={refusal} onClose={() => setRefusal(null)} />
        <Form form={createForm} name="create-user" layout="vertical" onFinish={(v) => void submitCreate(v)}>
          <Form.Item
            name="username"
            label={t('admin.users.username')}
            rules={[
              { required: true, message: t('admin.users.usernameRequired') },
              { pattern: USERNAME, message: t('admin.users.usernameFormat') },
            ]}
          >
            <Input autoComplete="off" maxLength={64} />
          </Form.Item>
          <Form.Item
            name="displayName"
            label={t('admin.users.displayName')}
            rules={[{ required: true, whitespace: true, message: t('admin.users.displayNameRequired') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="role" label={t('admin.users.role')} rules={[{ required: true, message: t('admin.users.roleRequired') }]}>
            <Select options={roleOptions} />
          </Form.Item>
          <Form.Item
            name="jurisdictionId"
            label={t('admin.users.jurisdiction')}
            rules={[{ required: true, message: t('admin.users.jurisdictionRequired') }]}
          >
            {jurisdictionPicker()}
          </Form.Item>
          <Form.Item
            name="password"
            label={t('admin.users.password')}
            extra={t('admin.users.passwordHint')}
            rules={[
              { required: true, message: t('admin.users.passwordTooShort') },
              { min: 10, message: t('admin.users.passwordTooShort') },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        title={editing ? t('admin.users.editTitle', { username: editing.username }) : ''}
        open={Boolean(editing)}
        onCancel={() => setEditing(null)}
        onOk={() => editForm.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={updateState.fetching}
        forceRender
      >
        <RefusalAlert error={refusal} onClose={() => setRefusal(null)} />
        <Form form={editForm} name="edit-user" layout="vertical" onFinish={(v) => void submitEdit(v)}>
          <Form.Item
            name="displayName"
            label={t('admin.users.displayName')}
            rules={[{ required: true, whitespace: true, message: t('admin.users.displayNameRequired') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="role" label={t('admin.users.role')} rules={[{ required: true, message: t('admin.users.roleRequired') }]}>
            <Select options={roleOptions} />
          </Form.Item>
          <Form.Item
            name="jurisdictionId"
            label={t('admin.users.jurisdiction')}
            rules={[{ required: true, message: t('admin.users.jurisdictionRequired') }]}
          >
            {jurisdictionPicker()}
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
