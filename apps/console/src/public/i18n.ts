import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, zhCN } from './texts';

export type Language = 'zh-CN' | 'en';

/** The same key as the console's switch: one choice per browser. */
const KEY = 'scrutineer.language';
const stored = (): Language => (localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN');

/** The public pages' own i18next instance, Chinese first. */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: stored(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = stored();

export function setLanguage(language: Language): void {
  localStorage.setItem(KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}
