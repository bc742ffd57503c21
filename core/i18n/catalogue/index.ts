import type { InterfaceLanguage } from '../interface-languages';
import { app } from './app';
import { checklist } from './checklist';
import { find } from './find';
import { language } from './language';
import { problems } from './problems';
import { publishing } from './publishing';
import { shell } from './shell';
import { settings } from './settings';
import { spelling } from './spelling';
import { templates } from './templates';

/**
 * The one catalogue of interface words, for the shell (electron/: menu, native dialogs) and the renderer (whose
 * i18next resources are built from it, one namespace per area). Platform-free data: every area is written in
 * every interface language, and the compiler refuses a language that lacks a key of Russian, the source
 * (words.ts). To add an area, write its file beside this one and list it here; to add an interface language,
 * add it to INTERFACE_LANGUAGES and write it in every area (the compiler names each one).
 */
export const CATALOGUE = { app, templates, publishing, problems, shell, checklist, find, spelling, language, settings } as const;

export type CatalogueArea = keyof typeof CATALOGUE;
export const CATALOGUE_AREAS = Object.keys(CATALOGUE) as CatalogueArea[];

/** Every area's words in one language: `wordsIn('kk').shell.dialog.open`. */
export type LanguageWords = { readonly [Area in CatalogueArea]: (typeof CATALOGUE)[Area][InterfaceLanguage] };

export function wordsIn(language: InterfaceLanguage): LanguageWords {
  return Object.fromEntries(CATALOGUE_AREAS.map((area) => [area, CATALOGUE[area][language]])) as unknown as LanguageWords;
}

export type { AppWords } from './app';
export type { ChecklistWords } from './checklist';
export type { FindWords } from './find';
export type { ProblemsWords } from './problems';
export type { PublishingWords } from './publishing';
export type { ShellWords } from './shell';
export type { SpellingWords } from './spelling';
export type { TemplatesWords } from './templates';
export type { LanguageWords as LanguageAreaWords } from './language';
