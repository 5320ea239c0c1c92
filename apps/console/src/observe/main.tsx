import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { Provider as UrqlProvider } from 'urql';
import { createClient } from '../api/client';
import { nonceForInjectedStyles } from '../shared/style-nonce';
import { CONSOLE_THEME } from '../app/theme';
import { registerMessages } from '../i18n';
import '../styles.css';
import { observeEn, observeZhCN } from './messages';
import { ObserverApp } from './ObserverApp';
import './observe.css';
import { registerWorker } from './register-worker';

/** The observer app's entry (observe.html, served at /observe): the console's client, texts and colours. */
registerMessages(observeZhCN, observeEn);
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
if (nonce) nonceForInjectedStyles(nonce);
const client = createClient();

function Root() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} csp={nonce ? { nonce } : undefined} theme={CONSOLE_THEME}>
      <AntApp>
        <UrqlProvider value={client}>
          <ObserverApp />
        </UrqlProvider>
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
registerWorker();
