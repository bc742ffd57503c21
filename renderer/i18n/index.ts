import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGUE_AREAS, wordsIn } from '../../core/i18n/catalogue';
import { INTERFACE_LANGUAGES, interfaceLanguageOf } from '../../core/i18n/interface-languages';
import type { InterfaceLanguage } from '../../core/i18n/interface-languages';

/**
 * The localisation layer: every piece of interface text goes through i18next, and every word comes from the
 * one catalogue the shell reads too (core/i18n/catalogue): each catalogue area is a namespace — 'app' (the
 * window and the editor, the default), 'templates', 'publishing', 'problems' (file problems), 'shell' (menu
 * and native dialog words).
 */
const resources = Object.fromEntries(INTERFACE_LANGUAGES.map((language) => [language, wordsIn(language)]));

export { interfaceLanguageOf };

export async function initI18n(language: InterfaceLanguage): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    ns: CATALOGUE_AREAS,
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function setInterfaceLanguage(language: InterfaceLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
