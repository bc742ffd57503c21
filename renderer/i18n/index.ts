import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { InterfaceLanguageSetting } from '../../core/api';
import type { Language } from '../../core/model/types';
import { app } from './app';
import { publishing } from './publishing';
import { templates } from './templates';

/**
 * The localisation layer: every piece of interface text goes through i18next. One namespace per area, each in
 * its own file exporting `{ ru, kk, en }`: 'app' (shell and editor, the default), 'templates', 'publishing'.
 * To add an area, add its file here.
 */
export const NAMESPACES = { app, templates, publishing } as const;
export const INTERFACE_LANGUAGES: readonly Language[] = ['ru', 'kk', 'en'];

const resources = Object.fromEntries(
  INTERFACE_LANGUAGES.map((language) => [
    language,
    Object.fromEntries(Object.entries(NAMESPACES).map(([namespace, texts]) => [namespace, texts[language]])),
  ]),
);

/** The language the interface shows for a setting: the OS language unless the user chose one. */
export const interfaceLanguageOf = (setting: InterfaceLanguageSetting, systemLanguage: Language): Language =>
  setting === 'system' ? systemLanguage : setting;

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    ns: Object.keys(NAMESPACES),
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function setInterfaceLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
