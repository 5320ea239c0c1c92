import { KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Grid, Layout, Menu, Space, Spin, Typography } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import type { NavItem } from '../app/area';
import { AREAS } from '../app/areas';
import { useAuth } from '../auth/AuthProvider';
import { LanguageSwitch } from './LanguageSwitch';

const toMenu = (items: NavItem[]): NonNullable<Parameters<typeof Menu>[0]['items']> =>
  items.map((item) => ({
    key: item.path,
    icon: item.icon,
    label: item.label,
    children: item.children ? toMenu(item.children) : undefined,
  }));

/** The menu entry the current path falls under (the longest matching path). */
function selected(items: NavItem[], path: string): string[] {
  const all = items.flatMap((i) => [i, ...(i.children ?? [])]);
  const match = all
    .filter((i) => i.path === path || (i.path !== '/' && path.startsWith(`${i.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match ? [match.path] : path === '/' ? ['/'] : [];
}

/** The frame of every signed-in page: side menu by role, header with place, language and account. */
export function AppLayout() {
  const { t } = useTranslation();
  const { me, loading, signOut } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [collapsed, setCollapsed] = useState(false);
  const nav = useMemo(() => (me ? AREAS.flatMap((a) => a.nav?.(me, t) ?? []) : []), [me, t]);
  if (loading) return <Spin fullscreen />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  const narrow = !screens.lg;
  return (
    <Layout className="app-layout">
      <Layout.Sider
        breakpoint="lg"
        collapsedWidth={narrow ? 0 : 64}
        collapsible
        // On a phone the menu opens from a button in the header: Ant Design's floating trigger would cover the page's title.
        trigger={narrow ? null : undefined}
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={220}
        theme="light"
      >
        <div className="app-brand">{collapsed ? t('app.short') : t('app.title')}</div>
        <Menu
          mode="inline"
          items={toMenu(nav)}
          selectedKeys={selected(nav, location.pathname)}
          onClick={({ key }) => {
            navigate(key);
            if (narrow) setCollapsed(true);
          }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          {narrow && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('nav.menu')}
              aria-expanded={!collapsed}
              onClick={() => setCollapsed(!collapsed)}
            />
          )}
          <Typography.Text className="app-place" ellipsis>
            {me.jurisdiction.name} · {t(`roles.${me.role}`)}
          </Typography.Text>
          <Space size="middle">
            <LanguageSwitch />
            <Dropdown
              menu={{
                items: [
                  { key: 'password', icon: <KeyOutlined />, label: t('nav.changePassword'), onClick: () => navigate('/account/password') },
                  { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout'), onClick: signOut },
                ],
              }}
            >
              <Button type="text" icon={<UserOutlined />} aria-label={narrow ? t('nav.account') : undefined}>
                {narrow ? null : me.displayName}
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content">
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
