import type { InterfaceLanguage } from '../interface-languages';

/**
 * The types every area of the catalogue is written against. An area's Russian text is its source: its shape
 * (every key, nested) is the type the Kazakh and English texts must have, so a key missing in one language, or
 * one language's extra key, fails to compile.
 *
 * Plural forms follow i18next (`count_one`, `count_other`, and Russian's `count_few`, `count_many`): only the
 * forms some languages lack (zero, two, few, many) are optional, so Kazakh and English need not write Russian's.
 * catalogue.test.ts checks that each language has exactly the forms its plural rules use.
 */
type PluralFormOnlySomeHave = `${string}_${'zero' | 'two' | 'few' | 'many'}`;

export type Words<T> = T extends string
  ? string
  : { [K in keyof T as K extends PluralFormOnlySomeHave ? never : K]: Words<T[K]> } & {
      [K in keyof T as K extends PluralFormOnlySomeHave ? K : never]?: Words<T[K]>;
    };

/**
 * Words that include one for each key K, among others: Russian's `menu` is `satisfies WordsFor<ExportLabel>`, so
 * a new export format (core/api.ts) without its words fails to compile in the catalogue itself. Kazakh and English
 * follow Russian's shape.
 */
export type WordsFor<K extends string> = Readonly<Record<K, string>> & Readonly<Record<string, string>>;

/** An area's words in every interface language: adding a language to INTERFACE_LANGUAGES fails every area. */
export type InEveryLanguage<T> = { readonly [L in InterfaceLanguage]: T };

/**
 * Types an area written as `{ ru: {...}, kk: {...}, en: {...} }`: Russian's shape is inferred, and Kazakh and
 * English must have exactly its keys.
 */
export function inEveryLanguage<T extends object>(
  words: { readonly ru: T } & { readonly [L in Exclude<InterfaceLanguage, 'ru'>]: NoInfer<Words<T>> },
): InEveryLanguage<Words<T>> {
  return words as unknown as InEveryLanguage<Words<T>>;
}
