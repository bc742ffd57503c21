import i18next from 'i18next';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileProblem } from '../../core/api';
import { CATALOGUE_AREAS, wordsIn } from '../../core/i18n/catalogue';
import { INTERFACE_LANGUAGES } from '../../core/i18n/interface-languages';
import type { InterfaceLanguage } from '../../core/i18n/interface-languages';
import { readDocumentText } from '../../core/model/document-file';
import { damagedReleases } from '../../test/fixtures/damaged-releases';
import { describeFileProblem as describeProblem, problemText } from './file-problems';
import { catalogueTranslate, describeFileProblem } from '../../core/i18n/file-problem-words';
import type { InputLimitDamage } from '../../core/model/document-damage';
import { reasonOfDamage } from '../../core/formats/input-limits';

/** The renderer's i18next, set up as renderer/i18n/index.ts does (without the DOM). */
const translators = new Map<InterfaceLanguage, TFunction>();
beforeAll(async () => {
  for (const language of INTERFACE_LANGUAGES) {
    const instance = i18next.createInstance();
    await instance.init({
      resources: Object.fromEntries(INTERFACE_LANGUAGES.map((each) => [each, wordsIn(each)])),
      lng: language,
      fallbackLng: 'en',
      ns: CATALOGUE_AREAS,
      defaultNS: 'app',
      interpolation: { escapeValue: false },
    });
    translators.set(language, instance.t);
  }
});
const t = (language: InterfaceLanguage) => translators.get(language) as TFunction;

const PATH = '/home/aigerim/Документы/Конференция.pressroom';
const problemOf = (text: string): FileProblem => {
  const read = readDocumentText(text);
  if (read.ok) throw new Error('a damaged file was read');
  return { ...read.problem, path: PATH };
};
/** Latin words a Russian or Kazakh message may hold: names, formats and what was quoted from the file. */
const NOT_ENGLISH = new Set(['Pressroom', 'JSON', 'UTF', 'http', 'https', 'mailto', 'video', 'colour', 'two', 'home', 'aigerim', 'pressroom']);

describe('the damaged-file message', () => {
  for (const damaged of damagedReleases()) {
    it(`${damaged.name}: in the interface language, with none of the parser's English`, () => {
      const problem = problemOf(damaged.text);
      const seen = new Set<string>();
      for (const language of INTERFACE_LANGUAGES) {
        const text = describeProblem(t(language), problem);
        const all = [text.title, text.body, ...text.lines].join('\n');
        expect(all).not.toContain(problem.detail);
        expect(all).not.toMatch(/Unexpected|position|Invalid|expected|received|Unrecognized|undefined|\{\{|problems:|reason\./u);
        expect(text.lines).toEqual([wordsIn(language).problems.file.replace('{{path}}', PATH)]);
        if (language !== 'en') {
          const latinWords = all.match(/[A-Za-z]{2,}/gu) ?? [];
          expect(latinWords.filter((word) => !NOT_ENGLISH.has(word)), language).toEqual([]);
        }
        seen.add(text.body);
      }
      expect(seen.size, 'ru, kk and en bodies differ').toBe(3);
    });
  }

  it('says what exactly is wrong, with the block, the line or the field', () => {
    const [cutOff, comma, , unknownType, , quote, , noCity] = damagedReleases().map((damaged) => problemOf(damaged.text));
    const body = (language: InterfaceLanguage, problem: FileProblem | undefined) => describeProblem(t(language), problem as FileProblem).body;
    expect(body('kk', cutOff)).toMatch(/^Файл мәтіні үзіліп қалған/u);
    expect(body('ru', comma)).toMatch(/^Запись JSON нарушена в строке \d+, позиция \d+\./u);
    expect(body('en', comma)).toMatch(/^The JSON is broken at line \d+, column \d+\./u);
    expect(body('kk', unknownType)).toContain('3-блоктың түрі белгісіз: «video».');
    expect(body('ru', quote)).toContain('Блок 4 («Цитата») записан неправильно.');
    expect(body('kk', quote)).toContain('4-блок («Дәйексөз») қате жазылған.');
    expect(body('ru', noCity)).toContain('В сведениях о релизе нет поля «Город».');
    expect(body('en', noCity)).toContain('The release details lack the field “City”.');
    // Then what it means for the user, as before.
    expect(body('ru', noCity)).toMatch(/Файл не изменён\.$/u);
  });

  it('shows a system error by its code, never by the system’s English message', () => {
    const problem: FileProblem = { reason: 'io', path: PATH, code: 'EIO', detail: 'EIO: i/o error, open \'/home/aigerim/x\'' };
    const text = describeProblem(t('kk'), problem);
    expect(text).toEqual({ title: 'Файлмен жұмыс кезінде қате шықты', body: 'Жүйе қате туралы хабарлады. Қайталап көріңіз.', lines: [`Файл: ${PATH}`, 'Қате коды: EIO'] });
  });
});

describe('the short form, for lists (the template gallery, template import)', () => {
  it('names the reason in a few words of the interface language, without the parser’s English', () => {
    const [cutOff] = damagedReleases().map((damaged) => problemOf(damaged.text));
    expect(problemText(t('ru'), cutOff as FileProblem)).toBe('файл повреждён – это не JSON');
    expect(problemText(t('kk'), cutOff as FileProblem)).toBe('файл бүлінген – бұл JSON емес');
    expect(problemText(t('en'), { reason: 'newer-version', version: 99 })).toBe('the file was made by a newer version of Pressroom (version 99)');
  });

  it('works with the templates namespace’s t too: one vocabulary for every dialog', async () => {
    const instance = i18next.createInstance();
    await instance.init({ resources: { kk: wordsIn('kk') }, lng: 'kk', ns: CATALOGUE_AREAS, defaultNS: 'app' });
    const templatesT = instance.getFixedT('kk', 'templates');
    expect(problemText(templatesT, { reason: 'not-found' })).toBe('файл табылмады');
    expect(describeProblem(templatesT, { reason: 'not-found' }).title).toBe('Файл табылмады');
  });
});

/**
 * The command and the app say the same about the same refused file (issue 13): the command words problems with
 * catalogueTranslate (a plain lookup in the catalogue), the renderer with i18next; both through
 * core/i18n/file-problem-words.ts. Every kind of size refusal, in every interface language.
 */
const MB = 1024 * 1024;
const REFUSALS: InputLimitDamage[] = [
  { kind: 'file-too-large', bytes: 60 * MB, limit: 50 * MB },
  { kind: 'text-too-long', bytes: 50 * MB, limit: 2 * MB },
  { kind: 'line-too-long', line: 3, chars: 600_000, limit: 524_288 },
  { kind: 'nested-too-deeply', line: 12 },
  { kind: 'too-many-blocks', blocks: 200_000, limit: 50_000 },
  { kind: 'not-docx' },
  { kind: 'docx-part-too-large', part: 'word/document.xml', bytes: 300 * MB, limit: 8 * MB },
  { kind: 'docx-too-large', bytes: 300 * MB, limit: 256 * MB },
  { kind: 'docx-packed-too-tightly', part: 'word/document.xml', ratio: 160, limit: 100 },
  { kind: 'docx-part-lies', part: 'word/document.xml', declared: 1024 },
  { kind: 'out-of-memory', limit: 1024 * MB },
  { kind: 'took-too-long', seconds: 60 },
  { kind: 'reader-stopped' },
];

describe('size refusals are worded alike by the command and the app', () => {
  for (const language of INTERFACE_LANGUAGES) {
    it.each(REFUSALS.map((damage) => [damage.kind, damage] as const))(`${language}: %s`, (_kind, damage) => {
      const problem: FileProblem = { reason: reasonOfDamage(damage), path: '/home/aigerim/Пресс-релиз.docx', damage };
      const app = describeProblem(t(language), problem);
      const command = describeFileProblem(catalogueTranslate(language), problem);
      expect(command).toEqual(app);
      expect(app.body).not.toMatch(/\{\{|damage\.|size\./);
    });
  }

  it('sizes and counts are written as each language writes them', () => {
    const problem: FileProblem = { reason: 'too-large', damage: { kind: 'docx-part-too-large', part: 'word/document.xml', bytes: 1100 * MB, limit: 8 * MB } };
    expect(describeFileProblem(catalogueTranslate('ru'), problem).body).toContain('1\u00a0100 МБ');
    expect(describeFileProblem(catalogueTranslate('kk'), problem).body).toContain('1\u00a0100 МБ');
    expect(describeFileProblem(catalogueTranslate('en'), problem).body).toContain('1,100 MB');
    const small: FileProblem = { reason: 'too-large', damage: { kind: 'out-of-memory', limit: 1.5 * MB } };
    expect(describeFileProblem(catalogueTranslate('ru'), small).body).toContain('(1,5 МБ)');
    expect(describeFileProblem(catalogueTranslate('en'), small).body).toContain('(1.5 MB)');
  });
});
