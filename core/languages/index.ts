import { RELEASE_LANGUAGES } from '../model/types';
import type { ReleaseLanguage } from '../model/types';
import { en } from './en';
import { kk } from './kk';
import type { LanguageProfile } from './profile';
import { ru } from './ru';

export type { LanguageProfile } from './profile';

/**
 * The language profile of every release language. Typed over ReleaseLanguage: add a language to
 * RELEASE_LANGUAGES (core/model/types.ts) and this table fails to compile until it has a profile whose code is that
 * language. Every place that writes or reads language-specific text asks profileOf(); nothing keeps a table of its own.
 */
export const LANGUAGE_PROFILES = { ru, kk, en } as const satisfies { readonly [L in ReleaseLanguage]: LanguageProfile<L> };

export function profileOf(language: ReleaseLanguage): LanguageProfile {
  return LANGUAGE_PROFILES[language];
}

/** Every profile, in RELEASE_LANGUAGES order (the order imports try them in). */
export const ALL_PROFILES: readonly LanguageProfile[] = RELEASE_LANGUAGES.map(profileOf);

export function isReleaseLanguage(value: unknown): value is ReleaseLanguage {
  return typeof value === 'string' && (RELEASE_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The release language assumed when nothing says which: an editor created without one (tests, the fuzzers),
 * imported text without a letter to go by, a template file that cannot be read and whose name names no language.
 * Never used for a language that is known but lacks something: every profile is complete (profiles.test.ts).
 */
export const DEFAULT_RELEASE_LANGUAGE: ReleaseLanguage = 'ru';

/** `characters` written for the inside of a RegExp character class ([…]): profiles' marks and letters, escaped. */
export function inCharacterClass(characters: string): string {
  return characters.replace(/[\\\]^-]/g, '\\$&');
}
