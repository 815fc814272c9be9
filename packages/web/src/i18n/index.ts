import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { cityEn, cityVi } from '../features/city/locale';
import { portalEn, portalVi } from '../features/portal/locale';
import { en } from './locales/en';
import { vi } from './locales/vi';

export type Language = 'vi' | 'en';
const STORAGE_KEY = 'cchc.lang';

/** Vietnamese unless the user chose English on this browser. */
export function initialLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
}

export function setLanguage(lang: Language): void {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

void i18n.use(initReactI18next).init({
  resources: {
    vi: { translation: { ...vi, city: cityVi, portal: portalVi } },
    en: { translation: { ...en, city: cityEn, portal: portalEn } },
  },
  lng: initialLanguage(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

export default i18n;
