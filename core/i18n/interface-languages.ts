/**
 * The languages the interface (menus, dialogs, messages) is offered in. An interface language needs only a
 * catalogue of words, no templates or typography: that is a release language's business (ReleaseLanguage in
 * core/model/types.ts). Today both lists hold ru, kk and en, but they are separate types so one can grow alone.
 */
export const INTERFACE_LANGUAGES = ['ru', 'kk', 'en'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return typeof value === 'string' && (INTERFACE_LANGUAGES as readonly string[]).includes(value);
}

/** The language the interface shows for a setting: the OS's language unless the user chose one. */
export function interfaceLanguageOf(setting: InterfaceLanguage | 'system', systemLanguage: InterfaceLanguage): InterfaceLanguage {
  return setting === 'system' ? systemLanguage : setting;
}
