import { Editor, Node } from 'slate';
import type { Descendant } from 'slate';
import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import type { DocumentVariable } from '../model/types';
import { sampleText } from '../../test/fixtures/sample';
import {
  DEFAULT_FIND_OPTIONS,
  findInRelease,
  findInText,
  foldText,
  matchAtOrAfter,
  matchedText,
  replaceAllMatches,
  replaceInVariable,
  replaceMatch,
  variablesWithMatches,
  type FindMatch,
  type FindOptions,
  type TextMatch,
} from './find-in-release';
import { awardRow, dateline, editorWith, field, headline, paragraph, quote, t } from './test-helpers';

const options = (overrides: Partial<FindOptions> = {}): FindOptions => ({ ...DEFAULT_FIND_OPTIONS, ...overrides });

/** What each match covers, as the user sees it highlighted. */
function shown(editor: Editor, matches: readonly FindMatch[], variables: readonly DocumentVariable[] = []): string[] {
  return matches.map((match) =>
    match.kind === 'text' ? matchedText(editor, match) : `[${match.name}] ${(variables.find((v) => v.name === match.name)?.value ?? '').slice(match.start, match.end)}`,
  );
}

const sampleParagraphs = () =>
  sampleText()
    .replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/u, '')
    .split(/\n\s*\n/u)
    .map((text) => text.trim())
    .filter(Boolean);

/** The Almaty release in its natural structure, with the event as a variable chip in the subheadline. */
function almaty() {
  const [lead = '', ...rest] = sampleParagraphs();
  const body = [
    headline('В Алматы прошла конференция к 30-летию Конституции'),
    { type: 'subheadline', children: [t('Тема: '), { type: 'variable', name: 'event', children: [{ text: '' }] }, t('')] },
    dateline(),
    { type: 'lead', children: [t(lead)] },
    ...rest.map((text) => paragraph(text)),
    quote('Как подчеркивает Глава государства, наша главная цель – построение Справедливого Казахстана', 'Азамат Калдыбеков', 'заместитель акима города Алматы', 'заявил'),
    {
      type: 'award-ceremony',
      children: [field('award', 'Медаль «Қазақстан Республикасының Конституциясына 30 жыл»'), awardRow('Бексултан Сарсеков', 'председатель президиума РОО «Совет генералов»', 'За вклад')],
    },
    { type: 'boilerplate', children: [t('Аппарат акима города Алматы — пресс-служба.')] },
    { type: 'media-contact', children: [t('Пресс-служба акимата Алматы\n+7 727 000 00 00')] },
    { type: 'end-mark', children: [{ text: '' }] },
  ];
  const variables: DocumentVariable[] = [{ name: 'event', label: 'Мероприятие', value: 'Конференция в Алматы' }];
  return { editor: editorWith(body), variables };
}

describe('folding keeps every character in its place', () => {
  const cases: [string, string, Partial<FindOptions>][] = [
    ['ҚАЗАҚСТАН ӘДІЛЕТ ӨҢІР ҮЙ ҰЛЫ ҒЫЛЫМ ҺАУА', 'қазақстан әділет өңір үй ұлы ғылым һауа', {}],
    ['Ёлка ЁЖ', 'елка еж', {}],
    ['Ёлка ЁЖ', 'Елка ЕЖ', { matchCase: true }],
    ['Ёлка', 'ёлка', { yoAsYe: false }],
    ['İstanbul', 'istanbul', {}],
    ['ΟΔΟΣ', 'οδοσ', {}],
    ['INDIA', 'india', {}],
  ];
  for (const [text, folded, overrides] of cases) {
    it(`${text} → ${folded} ${JSON.stringify(overrides)}`, () => {
      const result = foldText(text, options(overrides));
      expect(result).toBe(folded);
      expect(result.length).toBe(text.length);
    });
  }

  it('Kazakh І/і is U+0406/U+0456 and folds to itself, not to Latin i (the Turkish-I trap)', () => {
    expect(foldText('\u0406', options())).toBe('\u0456');
    expect(foldText('I', options())).toBe('i');
    // toLocaleLowerCase('tr') would give dotless ı for Latin I: the fold must not depend on a locale.
    expect('I'.toLocaleLowerCase('tr')).toBe('ı');
    expect(findInText('ІСКЕ АСЫРУ', 'іске', options())).toEqual([0]);
    expect(findInText('ISKE', 'іске', options())).toEqual([]);
    expect(findInText('іске', 'ISKE', options())).toEqual([]);
  });
});

describe('finding in text (table: text, query, options, starts)', () => {
  const cases: [string, string, string, Partial<FindOptions>, number[]][] = [
    ['ru: case-insensitive', 'Алматы и АЛМАТЫ, алматы!', 'алматы', {}, [0, 9, 17]],
    ['ru: match case', 'Алматы и АЛМАТЫ', 'Алматы', { matchCase: true }, [0]],
    ['ru: whole word skips алматыцы', 'Алматы и алматыцы', 'алматы', { wholeWord: true }, [0]],
    ['ru: ё = е both ways', 'всё и все, Всё', 'все', {}, [0, 6, 11]],
    ['ru: ё written finds е', 'все', 'всё', {}, [0]],
    ['ru: ё ≠ е when switched off', 'всё и все', 'все', { yoAsYe: false }, [6]],
    ['kk: case-insensitive Kazakh letters', 'Қазақстан ҚАЗАҚСТАН қазақстан', 'ҚАЗАҚСТАН', {}, [0, 10, 20]],
    ['kk: Ә Ө Ү Ұ Ғ Ң Һ', 'ӘДІЛЕТ ӨҢІР ҮЙ ҰЛЫ ҒЫЛЫМ ҺАУА', 'әділет өңір үй ұлы ғылым һауа', {}, [0]],
    ['kk: whole word in Kazakh', 'жыл жылы жыл', 'жыл', { wholeWord: true }, [0, 9]],
    ['kk: whole word sees Kazakh letters as letters', 'тұрақтылық', 'тұрақ', { wholeWord: true }, []],
    ['en: case-insensitive', 'The Constitution, the constitution', 'CONSTITUTION', {}, [4, 22]],
    ['en: whole word', 'state statement state', 'state', { wholeWord: true }, [0, 16]],
    ['en: no overlaps', 'aaaa', 'aa', {}, [0, 2]],
    ['empty query finds nothing', 'текст', '', {}, []],
  ];
  for (const [name, text, query, overrides, starts] of cases) {
    it(name, () => expect(findInText(text, query, options(overrides))).toEqual(starts));
  }
});

describe('finding across the release', () => {
  it('finds in every field: headline, lead, quote speaker and position, award rows, boilerplate, media contact (the dateline is the details’)', () => {
    const { editor, variables } = almaty();
    const matches = findInRelease(editor.children, variables, 'алматы');
    const blocks = matches.map((match) => (Node.get(editor, [match.range.anchor.path[0] as number]) as { type: string }).type);
    expect(new Set(blocks)).toEqual(new Set(['headline', 'subheadline', 'paragraph', 'quote', 'boilerplate', 'media-contact']));
    expect(findInRelease(editor.children, variables, 'руководство города').map((match) => match.range.anchor.path[0])).toEqual([3]);
    expect(matches.filter((match) => match.kind === 'variable')).toHaveLength(1);
    expect(findInRelease(editor.children, variables, 'Калдыбеков').some((match) => match.range.anchor.path.length === 3)).toBe(true);
    const award = findInRelease(editor.children, variables, 'сарсеков');
    const awardBlock = editor.children.findIndex((block) => 'type' in block && block.type === 'award-ceremony');
    expect(award.map((match) => match.range.anchor.path.slice(0, 2))).toContainEqual([awardBlock, 1]);
    expect(shown(editor, findInRelease(editor.children, variables, 'генералов'))).toEqual(['генералов', 'генералов']);
  });

  it('finds a word whose middle is bold, and one half inside a link', () => {
    const editor = editorWith([
      { type: 'paragraph', children: [t('В Ал'), t('ма', { bold: true }), t('ты прошла встреча')] },
      { type: 'paragraph', children: [t('См. Конститу'), { type: 'link', url: 'https://adilet.zan.kz', children: [t('цию')] }, t(' РК')] },
    ]);
    const matches = findInRelease(editor.children, [], 'алматы');
    expect(matches).toHaveLength(1);
    expect((matches[0] as TextMatch).segments).toHaveLength(3);
    expect(shown(editor, matches)).toEqual(['Алматы']);
    expect(shown(editor, findInRelease(editor.children, [], 'конституцию'))).toEqual(['Конституцию']);
  });

  it('never matches across two fields, a chip or a blank, and never in a blank’s hint', () => {
    const editor = editorWith([
      quote('Текст', 'Азамат', 'Калдыбеков', ''),
      { type: 'paragraph', children: [t('до '), { type: 'placeholder', hint: 'ФИО спикера', children: [{ text: '' }] }, t(' после')] },
    ]);
    expect(findInRelease(editor.children, [], 'АзаматКалдыбеков')).toEqual([]);
    expect(findInRelease(editor.children, [], 'ФИО')).toEqual([]);
    expect(findInRelease(editor.children, [], 'до  после')).toEqual([]);
  });

  it('finds in the values variable chips show, once per chip', () => {
    const variables = [{ name: 'city', label: 'Город', value: 'Алматы' }];
    const chip = { type: 'variable', name: 'city', children: [{ text: '' }] };
    const editor = editorWith([paragraph('В городе '), { type: 'paragraph', children: [t('Город '), chip, t(' и снова '), chip, t('')] }]);
    const matches = findInRelease(editor.children, variables, 'алмат');
    expect(matches.map((match) => match.kind)).toEqual(['variable', 'variable']);
    expect(variablesWithMatches(matches)).toEqual(['city']);
  });

  it('the next match after the caret, wrapping round', () => {
    const editor = editorWith([headline('Заголовок'), paragraph('один два один'), paragraph('один')]);
    const matches = findInRelease(editor.children, [], 'один');
    expect(matchAtOrAfter(matches, { path: [1, 0], offset: 1 })).toBe(1);
    expect(matchAtOrAfter(matches, { path: [2, 0], offset: 2 })).toBe(0);
    expect(matchAtOrAfter(matches, null)).toBe(0);
    expect(matchAtOrAfter([], null)).toBe(-1);
  });
});

describe('replacing', () => {
  it('replace one writes the replacement with the marks where the match began, and undoes in one step', () => {
    const editor = editorWith([{ type: 'paragraph', children: [t('В Ал'), t('ма', { bold: true }), t('ты прошла')] }]);
    const before = JSON.stringify(editor.children);
    const [match] = findInRelease(editor.children, [], 'алматы');
    expect(replaceMatch(editor, match as TextMatch, 'Астане')).toBe(true);
    expect(Node.string(editor)).toBe('В Астане прошла');
    HistoryEditor.undo(editor);
    expect(JSON.stringify(editor.children)).toBe(before);
  });

  it('replace all changes every text match in every field as ONE undo step; chips are left to the variable', () => {
    const { editor, variables } = almaty();
    const before = JSON.stringify(editor.children);
    const steps = editor.history.undos.length;
    const matches = findInRelease(editor.children, variables, 'Алматы');
    const textCount = matches.filter((match) => match.kind === 'text').length;
    // Every text match but the dateline's: the dateline is written from the details' city (one source).
    expect(textCount).toBeGreaterThanOrEqual(8);
    expect(replaceAllMatches(editor, matches, 'Астана')).toBe(textCount);
    Editor.normalize(editor, { force: true });
    const after = findInRelease(editor.children, variables, 'Алматы');
    expect(after.map((match) => match.kind)).toEqual(['variable']);
    expect(findInRelease(editor.children, variables, 'Астана', options({ matchCase: true, wholeWord: true })).filter((m) => m.kind === 'text')).toHaveLength(textCount);
    expect(editor.history.undos).toHaveLength(steps + 1);
    HistoryEditor.undo(editor);
    expect(JSON.stringify(editor.children)).toBe(before);
  });

  it('replace all in Kazakh, case-insensitive, keeps the structure', () => {
    const editor = editorWith([
      headline('ҚАЗАҚСТАН жаңалықтары'),
      quote('Қазақстан – біздің үйіміз', 'Әлия Қасымова', 'Қазақстан халқы Ассамблеясының мүшесі', 'деді'),
      paragraph('қазақстандық'),
    ], 'kk');
    const matches = findInRelease(editor.children, [], 'қазақстан', options({ wholeWord: true }));
    expect(matches).toHaveLength(3);
    replaceAllMatches(editor, matches, 'ҚР');
    expect(editor.children.map((block) => Node.string(block))).toEqual(['ҚР жаңалықтары', 'ҚР – біздің үйімізӘлия ҚасымоваҚР халқы Ассамблеясының мүшесідеді', 'қазақстандық']);
    expect((editor.children[1] as { children: unknown[] }).children).toHaveLength(4);
  });

  it('replace all with nothing deletes the words, and a stale match is skipped, not misplaced', () => {
    const editor = editorWith([paragraph('очень очень важно')]);
    const matches = findInRelease(editor.children, [], 'очень ');
    expect(replaceAllMatches(editor, matches, '')).toBe(2);
    expect(Node.string(editor)).toBe('важно');
    expect(replaceMatch(editor, matches[1] as TextMatch, 'x')).toBe(false);
    expect(Node.string(editor)).toBe('важно');
  });

  it('replace in the variable changes the value every chip shows, not the chip', () => {
    const variables = [{ name: 'event', label: 'Мероприятие', value: 'Конференция в Алматы' }];
    const chip = { type: 'variable', name: 'event', children: [{ text: '' }] };
    const editor = editorWith([{ type: 'paragraph', children: [t(''), chip, t('')] }]);
    const [match] = findInRelease(editor.children, variables, 'алматы');
    if (match?.kind !== 'variable') throw new Error('expected a variable match');
    expect(replaceInVariable(variables, match, 'Астане')).toEqual([{ name: 'event', label: 'Мероприятие', value: 'Конференция в Астане' }]);
    expect(replaceAllMatches(editor, [match], 'Астане')).toBe(0);
    expect(JSON.stringify(editor.children)).toContain('"type":"variable"');
  });

  it('typing after Replace all is a step of its own', async () => {
    const editor = editorWith([headline('Title'), paragraph('alpha beta alpha')]);
    replaceAllMatches(editor, findInRelease(editor.children, [], 'alpha'), 'gamma');
    const steps = editor.history.undos.length;
    await new Promise((resolve) => setTimeout(resolve, 0));
    editor.select(Editor.end(editor, []));
    editor.insertText('!');
    expect(editor.history.undos).toHaveLength(steps + 1);
    HistoryEditor.undo(editor);
    expect(Node.string(editor.children[1] as Descendant)).toBe('gamma beta gamma');
  });
});

describe('read once per block', () => {
  it('an edit to one block leaves the other blocks as they were read (same objects)', () => {
    const editor = editorWith([headline('Заголовок'), paragraph('один'), paragraph('два один')]);
    const first = findInRelease(editor.children, [], 'один');
    editor.select({ path: [2, 0], offset: 0 });
    editor.insertText('ещё ');
    const second = findInRelease(editor.children, [], 'один');
    expect(second).toHaveLength(2);
    expect(second[0]).toEqual(first[0]);
    expect((second[1] as TextMatch).segments[0]?.start).toBe(8);
  });
});
