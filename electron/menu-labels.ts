import { CATALOGUE } from '../core/i18n/catalogue';
import type { ShellWords } from '../core/i18n/catalogue';
import type { InterfaceLanguage } from '../core/i18n/interface-languages';

/** Every word of the native menu, by key; the words live in the catalogue (core/i18n/catalogue/shell.ts). */
export type MenuLabels = ShellWords['menu'];

export const MENU_LABELS: Readonly<Record<InterfaceLanguage, MenuLabels>> = {
  ru: CATALOGUE.shell.ru.menu,
  kk: CATALOGUE.shell.kk.menu,
  en: CATALOGUE.shell.en.menu,
};
