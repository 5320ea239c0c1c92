import { App as AntApp, ConfigProvider, Layout, Menu, Segmented } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Link, Outlet, RouterProvider, useLocation } from 'react-router';
import { FilePage } from './FilePage';
import { setLanguage, type Language } from './i18n';
import { ReceiptPage } from './ReceiptPage';
import { StatusPage } from './StatusPage';

/** The nonce the server put into this page: Ant Design's injected styles carry it (style-src 'nonce-…'). */
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;

/** The console's colours and its darker secondary texts: 4.5:1 contrast (WCAG AA). */
const theme = {
  token: {
    colorPrimary: '#b71c1c',
    colorLink: '#0958d9',
    colorError: '#cf1322',
    borderRadius: 4,
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextDescription: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  },
};

function Shell() {
  const { t, i18n } = useTranslation();
  const path = useLocation().pathname;
  return (
    <Layout className="public-layout">
      <a className="public-skip" href="#main">
        {t('skip')}
      </a>
      <Layout.Header className="public-header">
        <div className="public-brand">{t('brand')}</div>
        <Segmented<Language>
          aria-label={t('language')}
          size="small"
          value={i18n.language === 'en' ? 'en' : 'zh-CN'}
          options={[
            { label: '中文', value: 'zh-CN' },
            { label: 'EN', value: 'en' },
          ]}
          onChange={(value) => setLanguage(value)}
        />
      </Layout.Header>
      <nav aria-label={t('brand')} className="public-nav">
        <Menu
          mode="horizontal"
          selectedKeys={[path.startsWith('/public/status') ? 'status' : 'file']}
          items={[
            { key: 'file', label: <Link to="/public">{t('nav.file')}</Link> },
            { key: 'status', label: <Link to="/public/status">{t('nav.status')}</Link> },
          ]}
        />
      </nav>
      <Layout.Content id="main" className="public-content" tabIndex={-1}>
        <main>
          <Outlet />
        </main>
      </Layout.Content>
    </Layout>
  );
}

const router = createBrowserRouter([
  {
    path: '/public',
    element: <Shell />,
    children: [
      { index: true, element: <FilePage /> },
      { path: 'receipt', element: <ReceiptPage /> },
      { path: 'status', element: <StatusPage /> },
      { path: '*', element: <FilePage /> },
    ],
  },
]);

export function PublicApp() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} csp={nonce ? { nonce } : undefined} theme={theme}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}
