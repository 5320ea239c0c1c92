import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogEn, catalogZhCN } from './catalog';
import { en } from './en';
import { zhCN } from './zh-CN';

/** Chinese first, English second; the choice is remembered in this browser. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const KEY = 'scrutineer.language';

export const storedLanguage = (): Language => (localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN');

export function setLanguage(language: Language): void {
  localStorage.setItem(KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});
// The shared catalogue (reasons, states, steps, vocabularies) joins the shell's texts under the same keys.
i18n.addResourceBundle('zh-CN', 'translation', catalogZhCN, true, true);
i18n.addResourceBundle('en', 'translation', catalogEn, true, true);
document.documentElement.lang = storedLanguage();

export default i18n;

/**
 * An area's own texts, merged into the shared catalogue (deep, so areas and the catalogue may both add
 * under one key such as `states`). Call it at the top of the area's `area.tsx` with both languages.
 */
export function registerMessages(zh: Record<string, unknown>, english: Record<string, unknown>): void {
  i18n.addResourceBundle('zh-CN', 'translation', zh, true, true);
  i18n.addResourceBundle('en', 'translation', english, true, true);
}
