import { describe, expect, it } from 'vitest';
import { CATALOGUE, CATALOGUE_AREAS, wordsIn } from './catalogue';
import type { AppWords, ShellWords } from './catalogue';
import { inEveryLanguage } from './catalogue/words';
import { INTERFACE_LANGUAGES } from './interface-languages';
import type { InterfaceLanguage } from './interface-languages';

type Tree = { [key: string]: string | Tree };

const PLURAL = /_(zero|one|two|few|many|other)$/u;
/** Every text of a tree by its key path. */
function entries(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : entries(value, `${prefix}${key}.`),
  );
}
const treeOf = (area: (typeof CATALOGUE_AREAS)[number], language: InterfaceLanguage) => CATALOGUE[area][language] as unknown as Tree;
const folded = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/gu)].map((match) => match[1] as string).sort();

describe('the catalogue', () => {
  for (const area of CATALOGUE_AREAS) {
    it(`'${area}' has every key in every interface language, and no empty text`, () => {
      const keysIn = (language: InterfaceLanguage) => [...new Set(entries(treeOf(area, language)).map(([key]) => folded(key)))].sort();
      const russian = keysIn('ru');
      expect(russian.length).toBeGreaterThan(0);
      for (const language of INTERFACE_LANGUAGES) {
        expect(keysIn(language), language).toEqual(russian);
        for (const [key, text] of entries(treeOf(area, language))) expect(text.trim(), `${area}.${language}.${key}`).not.toBe('');
      }
    });

    it(`'${area}' uses the same placeholders for a key in every language`, () => {
      const byKey = (language: InterfaceLanguage) => {
        const found = new Map<string, string[]>();
        for (const [key, text] of entries(treeOf(area, language))) found.set(folded(key), placeholders(text));
        return found;
      };
      const russian = byKey('ru');
      for (const language of INTERFACE_LANGUAGES) {
        for (const [key, names] of byKey(language)) expect(names, `${area}.${language}.${key}`).toEqual(russian.get(key));
      }
    });

    it(`'${area}' writes each plural with exactly the forms the language's plural rules use`, () => {
      for (const language of INTERFACE_LANGUAGES) {
        const forms = new Map<string, string[]>();
        for (const [key] of entries(treeOf(area, language))) {
          const match = PLURAL.exec(key);
          if (match) forms.set(folded(key), [...(forms.get(folded(key)) ?? []), match[1] as string]);
        }
        const wanted = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
        for (const [key, written] of forms) expect(written.sort(), `${area}.${language}.${key}`).toEqual(wanted);
      }
    });

    it(`'${area}': in Russian a number counted at run time never stands before a noun outside a plural form`, () => {
      // «91 знаков», «2 слов», «102 раз» read wrong (91 знак, 2 слова, 102 раза): such a text takes its plural
      // forms (_one, _few, _many) or puts the number where it need not agree («знаков: 91»). A limit after «до» or
      // «не больше» is a fixed setting the words were written for, and a size carries its own unit.
      const counted = /\{\{(count|chars|ratio|blocks|errors|warnings|replaced|matches|words|found)\}\}\s+\p{Script=Cyrillic}/u;
      for (const [key, text] of entries(treeOf(area, 'ru'))) if (!PLURAL.test(key)) expect(text, `${area}.ru.${key}`).not.toMatch(counted);
    });

    it(`'${area}': in Kazakh «дейін» never follows a bare number or size (it asks for the dative: «8 МБ-қа дейін»)`, () => {
      for (const [key, text] of entries(treeOf(area, 'kk'))) expect(text, `${area}.kk.${key}`).not.toMatch(/\}\}\s+дейін/u);
    });

    it(`'${area}' follows each language's typography`, () => {
      for (const language of INTERFACE_LANGUAGES) {
        for (const [key, text] of entries(treeOf(area, language))) {
          // Russian and Kazakh: «» and –; English: “ ” and —. Never straight quotes or a hyphen between spaces.
          if (language === 'en') expect(text, `${area}.en.${key}`).not.toMatch(/["«»–]| - /u);
          else expect(text, `${area}.${language}.${key}`).not.toMatch(/["“”—]| - /u);
        }
      }
    });
  }

  it('Kazakh is written in Kazakh letters and is not Russian in disguise', () => {
    const kazakh = CATALOGUE_AREAS.flatMap((area) => entries(treeOf(area, 'kk')).map(([, text]) => text)).join('\n');
    expect(kazakh).toMatch(/[әіңғүұқө]/u);
    for (const russian of ['Сохранить', 'Открыть', 'Отмена', 'не найден', 'Загрузка', 'Экспортировать', 'Шаблон', 'Папка']) expect(kazakh).not.toContain(russian);
  });

  it('gives the shell and the renderer the same words: wordsIn(language) is the catalogue itself', () => {
    for (const language of INTERFACE_LANGUAGES) {
      const words = wordsIn(language);
      expect(Object.keys(words).sort()).toEqual([...CATALOGUE_AREAS].sort());
      for (const area of CATALOGUE_AREAS) expect(words[area]).toBe(CATALOGUE[area][language]);
    }
    expect(wordsIn('kk').shell.dialog.open).toBe('Ашу');
  });

  it('a language missing a key, or with a key Russian lacks, does not compile', () => {
    const kazakhMenu: ShellWords['menu'] = CATALOGUE.shell.kk.menu;
    // @ts-expect-error Kazakh without `save`: the compiler names the missing key.
    const withoutSave: ShellWords['menu'] = { ...kazakhMenu, save: undefined };
    // @ts-expect-error a key Russian does not have.
    const withExtra: AppWords['common'] = { ok: 'ОК', cancel: 'Бас тарту', close: 'Жабу', later: 'Кейін' };
    inEveryLanguage({
      ru: { hello: 'Привет', count_one: '{{count}} файл', count_few: '{{count}} файла', count_many: '{{count}} файлов', count_other: '{{count}} файла' },
      // Kazakh and English need not write Russian's few and many…
      kk: { hello: 'Сәлем', count_one: '{{count}} файл', count_other: '{{count}} файл' },
      // @ts-expect-error …but no language may leave out a key.
      en: { count_one: '{{count}} file', count_other: '{{count}} files' },
    });
    expect([withoutSave, withExtra]).toHaveLength(2);
  });

});
