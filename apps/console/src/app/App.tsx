import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { createClient } from '../api/client';
import { AuthProvider } from '../auth/AuthProvider';
import { LoginPage } from '../auth/LoginPage';
import { AppLayout } from '../layout/AppLayout';
import { ErrorPage } from '../layout/ErrorPage';
import { AREAS } from './areas';
import { nonceForInjectedStyles } from '../shared/style-nonce';

/** The nonce the server put into this page: Ant Design's injected styles carry it (style-src 'nonce-…'). */
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
if (nonce) nonceForInjectedStyles(nonce);

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <ErrorPage />,
    hydrateFallbackElement: <Spin fullscreen />,
    children: AREAS.flatMap((area) => area.routes),
  },
]);

const client = createClient();

export function App() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  dayjs.locale(english ? 'en' : 'zh-cn');
  // Secondary texts darker than Ant Design's defaults: 4.5:1 contrast on grey backgrounds (WCAG AA).
  const theme = useMemo(
    () => ({
      token: {
        colorPrimary: '#b71c1c',
        // Links (e.g. a table's first column) in a blue dark enough for 4.5:1 on white and on a hovered row.
        colorLink: '#0958d9',
        // Errors, overdue days and conflicts in a red with 5.5:1 on white (Ant Design's default is 3.3:1).
        colorError: '#cf1322',
        borderRadius: 4,
        colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
        colorTextDescription: 'rgba(0, 0, 0, 0.68)',
        colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
        colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
      },
    }),
    [],
  );
  return (
    <ConfigProvider locale={english ? enUS : zhCN} csp={nonce ? { nonce } : undefined} theme={theme}>
      <AntApp>
        <UrqlProvider value={client}>
          <AuthProvider>
            <RouterProvider router={router} />
          </AuthProvider>
        </UrqlProvider>
      </AntApp>
    </ConfigProvider>
  );
}
