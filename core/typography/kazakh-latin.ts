import type { LanguageProfile } from '../languages/profile';
import type { PressroomDocument } from '../model/types';

/**
 * Kazakh in the Latin script of the 2021 alphabet (presented on 28 January 2021: 31 letters, one letter per
 * sound, the diacritics ä ö ü ū ğ ş ñ and the dotless ı): an export option for Kazakh releases. The table is
 * the alphabet's, letter for letter:
 *
 *   а a   ә ä   б b   в v   г g   ғ ğ   д d   е e   ж j   з z   и i   й i   к k   қ q   л l   м m   н n   ң ñ
 *   о o   ө ö   п p   р r   с s   т t   у u   ұ ū   ү ü   ф f   х h   һ h   ш ş   ы y   і ı
 *
 * Capitals follow their letters (І → I, И and Й → İ, Ы → Y). The alphabet has no letters for the sounds found only
 * in Russian loanwords; our rule for them, written here and in docs/architecture.md:
 *
 *   ё io   ц ts   ч ch   щ şş   ъ (dropped)   ь (dropped)   э e   ю iu   я ia
 *
 * (в, ф, х and һ have letters of their own: V, F and H.) A two-letter replacement of a capital is capitalised on
 * its first letter (Цесна → Tsesna) and written in capitals inside a word in capitals (ЦОН → TSON). Everything
 * that is not a Kazakh Cyrillic letter (Latin text, digits, marks, URLs) is kept as it is.
 */

const LOWER: Readonly<Record<string, string>> = {
  а: 'a', ә: 'ä', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ё: 'io', ж: 'j', з: 'z', и: 'i', й: 'i',
  к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ñ', о: 'o', ө: 'ö', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ұ: 'ū', ү: 'ü', ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'ch', ш: 'ş', щ: 'şş', ъ: '', ы: 'y', і: 'ı', ь: '',
  э: 'e', ю: 'iu', я: 'ia',
};

/** Capitals whose Latin capital is not the plain upper case of the small letter (ı → I, i → İ). */
const UPPER_SPECIAL: Readonly<Record<string, string>> = { І: 'I', И: 'İ', Й: 'İ' };

const isUpper = (character: string | undefined): boolean => character !== undefined && character !== character.toLowerCase();

/** Latin capitals as the alphabet writes them: i → İ (dotted), ı → I (dotless), the rest as usual. */
const latinUpper = (latin: string): string => latin.replace(/[iı]/gu, (letter) => (letter === 'i' ? 'İ' : 'I')).toUpperCase();

function upperOf(character: string, latin: string, inCapitals: boolean): string {
  const special = UPPER_SPECIAL[character];
  if (special) return special;
  if (latin.length <= 1) return latinUpper(latin);
  return inCapitals ? latinUpper(latin) : latinUpper(latin.charAt(0)) + latin.slice(1);
}

/** A text in Kazakh Cyrillic written in the 2021 Latin alphabet. */
export function toKazakhLatin(text: string): string {
  let result = '';
  const characters = [...text];
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index] as string;
    const lower = character.toLowerCase();
    const latin = LOWER[lower];
    if (latin === undefined) {
      result += character;
      continue;
    }
    if (character === lower) {
      result += latin;
      continue;
    }
    // A capital: in a word in capitals when a neighbouring letter is a capital too (ЦОН, АЛМАТЫ).
    const inCapitals = isUpper(characters[index + 1]) || (isUpper(characters[index - 1]) && !/\s/u.test(characters[index - 1] ?? ''));
    result += upperOf(character, latin, inCapitals);
  }
  return result;
}

/** The profile's words a Latin export prints (dates, award columns, variable labels), and its language tags. */
export function kazakhLatinProfile(profile: LanguageProfile): LanguageProfile {
  const twelve = (months: LanguageProfile['dates']['months']) => months.map(toKazakhLatin) as unknown as LanguageProfile['dates']['months'];
  return {
    ...profile,
    tags: { html: 'kk-Latn', docx: 'kk-Latn-KZ' },
    dates: {
      ...profile.dates,
      months: twelve(profile.dates.months),
      pattern: toKazakhLatin(profile.dates.pattern),
      wire: { ...profile.dates.wire, months: twelve(profile.dates.wire.months), pattern: toKazakhLatin(profile.dates.wire.pattern), ...(profile.dates.wire.daySuffix ? { daySuffix: (day: number) => toKazakhLatin(profile.dates.wire.daySuffix?.(day) ?? '') } : {}) },
    },
    awardColumns: profile.awardColumns.map(toKazakhLatin) as unknown as LanguageProfile['awardColumns'],
    variableLabels: Object.fromEntries(Object.entries(profile.variableLabels).map(([name, label]) => [name, toKazakhLatin(label)])) as unknown as LanguageProfile['variableLabels'],
  };
}

/** Documents made by kazakhLatinDocument: the formatters write their profile's words in Latin too (release-content.ts). */
const LATIN_METADATA = new WeakSet<object>();
export const isKazakhLatin = (metadata: object): boolean => LATIN_METADATA.has(metadata);

function latinNodes(nodes: readonly unknown[]): unknown[] {
  return nodes.map((node) => {
    if (typeof node !== 'object' || node === null) return node;
    const record = node as Record<string, unknown>;
    const copy: Record<string, unknown> = { ...record };
    if (typeof record.text === 'string') copy.text = toKazakhLatin(record.text);
    if (typeof record.hint === 'string') copy.hint = toKazakhLatin(record.hint);
    if (Array.isArray(record.children)) copy.children = latinNodes(record.children);
    return copy;
  });
}

/** The document written in Kazakh Latin: every word of its body and details (links' addresses are kept). */
export function kazakhLatinDocument(document: PressroomDocument): PressroomDocument {
  const { metadata } = document;
  const latin = {
    ...metadata,
    title: toKazakhLatin(metadata.title),
    city: toKazakhLatin(metadata.city),
    organisation: toKazakhLatin(metadata.organisation),
    ...(metadata.author !== undefined ? { author: toKazakhLatin(metadata.author) } : {}),
    variables: metadata.variables.map((variable) => ({ ...variable, label: toKazakhLatin(variable.label), value: toKazakhLatin(variable.value) })),
  };
  LATIN_METADATA.add(latin);
  return { ...document, metadata: latin, body: latinNodes(document.body) as PressroomDocument['body'] };
}
