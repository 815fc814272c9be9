import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { cityEn, cityVi } from '../features/city/locale';
import { parEn, parVi } from '../features/par/locale';
import { portalEn, portalVi } from '../features/portal/locale';
import { vi } from './locales/vi';

export type Language = 'vi' | 'en';
const STORAGE_KEY = 'cchc.lang';

/** Vietnamese unless the user chose English on this browser. */
export function initialLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
}

/** English is its own chunk, fetched the first time it is chosen: most pages are read in Vietnamese. */
async function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'vi' || i18n.hasResourceBundle(lang, 'translation')) return;
  const { en } = await import('./locales/en');
  i18n.addResourceBundle('en', 'translation', { ...en, city: cityEn, par: parEn, portal: portalEn });
}

export async function setLanguage(lang: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  await loadLanguage(lang);
  await i18n.changeLanguage(lang);
}

/** The Vietnamese texts: the keys `t()` accepts are typed on them (a missing or misspelt key fails typecheck). */
const translation = { ...vi, city: cityVi, par: parVi, portal: portalVi };
export type Texts = typeof translation;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof translation };
  }
}

void i18n.use(initReactI18next).init({
  resources: { vi: { translation } },
  partialBundledLanguages: true,
  lng: 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = 'vi';
if (initialLanguage() === 'en') void setLanguage('en');

export default i18n;
