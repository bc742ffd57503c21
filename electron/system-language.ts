import { isInterfaceLanguage } from '../core/i18n/interface-languages';
import type { InterfaceLanguage } from '../core/i18n/interface-languages';

/**
 * Maps the OS's preferred languages (BCP 47 tags, most preferred first, e.g. ["kk-KZ", "ru-RU", "en-US"])
 * to the first interface language Pressroom speaks; English when there is none.
 */
export function systemLanguageFrom(preferred: readonly string[]): InterfaceLanguage {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isInterfaceLanguage(primary)) return primary;
    // Some systems report Kazakh by its ISO 639-2 code.
    if (primary === 'kaz') return 'kk';
    if (primary === 'rus') return 'ru';
  }
  return 'en';
}

