import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n';
import { PublicApp } from './PublicApp';
import { nonceForInjectedStyles } from '../shared/style-nonce';
import './public.css';

/** The public pages (`/public`): their own entry, nothing of the staff console. */
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
if (nonce) nonceForInjectedStyles(nonce);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <PublicApp />
    </I18nextProvider>
  </StrictMode>,
);
