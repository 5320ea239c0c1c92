import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
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
import { CONSOLE_THEME } from './theme';

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
  return (
    <ConfigProvider locale={english ? enUS : zhCN} csp={nonce ? { nonce } : undefined} theme={CONSOLE_THEME}>
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
