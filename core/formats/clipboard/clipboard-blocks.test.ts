import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { typesetPasted } from '../../editing/with-typography';
import { editorWith, paragraph } from '../../editing/test-helpers';
import type { InlineNode, ReleaseBlock, ReleaseLanguage } from '../../model/types';
import { releaseBlockSchema } from '../../model/schema';
import { sampleText } from '../../../test/fixtures/sample';
import { htmlToBlocks, parseHtml } from '../html-import';
import { clipboardHtmlToBlocks, clipboardTextToBlocks } from './clipboard-blocks';
import { normaliseWord } from './word';

/**
 * What each clipboard fixture (as Word, Google Docs, LibreOffice and a web page put it on the clipboard, with
 * headings, bold and italic, links, lists, a table and an image) becomes, written as the press officer reads it:
 * `**bold**`, `_italic_`, `[link](url)`, list items in brackets.
 */

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

/** These tests are about structure: the press rules' no-break spaces (core/typography) are read as spaces here. */
const spaced = (text: string): string => text.replace(/\u00a0/g, ' ');
const inline = (node: InlineNode): string => {
  if ('type' in node) return node.type === 'link' ? `[${node.children.map(inline).join('')}](${node.url})` : '';
  const text = spaced(node.text);
  return node.bold ? `**${text}**` : node.italic ? `_${text}_` : text;
};
const show = (block: ReleaseBlock): string => {
  const children = block.children as { type?: string; children?: InlineNode[] }[];
  if (block.type === 'bulleted-list' || block.type === 'numbered-list') return `${block.type}: ${children.map((item) => `[${(item.children ?? []).map(inline).join('')}]`).join(' ')}`;
  return `${block.type}: ${(children as InlineNode[]).map(inline).join('')}`;
};

describe('clipboard HTML: what each program writes becomes release blocks', () => {
  it('Word (ru): mso-list paragraphs are lists again, numbered by their marks; heading without bold; the table is rows; the image goes', () => {
    expect(clipboardHtmlToBlocks(fixture('word.ru.html'), 'ru').map(show)).toEqual([
      'headline: Конституция – основа справедливого Казахстана',
      'paragraph: 29 августа в Алматы прошла научно-практическая конференция, посвящённая **30-летию Конституции** Республики Казахстан. Подробности – на [сайте акимата](https://almaty.gov.kz/ru/news).',
      'section-heading: Программа конференции',
      'numbered-list: [Приветственное слово заместителя акима города.] [Доклады учёных-правоведов и _политологов_.] [Церемония награждения.]',
      'paragraph: В конференции участвовали:',
      'bulleted-list: [депутаты маслихата;] [члены Общественного совета;] [активисты Ассамблеи народа Казахстана.]',
      'paragraph: Вторая часть программы продолжила нумерацию документа:',
      'numbered-list: [Выставка «Конституция в лицах» – в фойе.] [Концерт звёзд казахстанской эстрады.]',
      'paragraph: **Время** – **Событие**',
      'bulleted-list: [10:00 – Регистрация участников] [11:00 – Пленарное заседание]',
      'paragraph: _Фото: пресс-служба акимата города Алматы_',
    ]);
  });

  it('Google Docs (kk): the docs-internal-guid wrapper goes, styled spans give bold and italic, the heading loses its 700 weight', () => {
    expect(clipboardHtmlToBlocks(fixture('google-docs.kk.html'), 'kk').map(show)).toEqual([
      'headline: Алматыда Конституцияның 30 жылдығына арналған конференция өтті',
      'paragraph: Конференцияға қала басшылығы, **мәслихат депутаттары** және _қоғам қайраткерлері_ қатысты. Толығырақ: [әкімдіктің сайты](https://almaty.gov.kz/kk/news).',
      'section-heading: Бағдарлама',
      'numbered-list: [Қала әкімі орынбасарының құттықтау сөзі.] [Заңгер ғалымдардың баяндамалары.] [Марапаттау рәсімі.]',
      'paragraph: Қатысушылар:',
      'bulleted-list: [Қоғамдық кеңес мүшелері;] [саясаттанушылар;] [Қазақстан халқы Ассамблеясының белсенділері.]',
      'paragraph: **Уақыты** – **Іс-шара**',
      'bulleted-list: [10:00 – Қатысушыларды тіркеу] [11:00 – Пленарлық отырыс]',
      'paragraph: _Сурет: Алматы қаласы әкімдігінің баспасөз қызметі_',
    ]);
  });

  it('LibreOffice (en): English typography (“ ” ’ —), the list that starts at 3 is a numbered list', () => {
    expect(clipboardHtmlToBlocks(fixture('libreoffice.en.html'), 'en').map(show)).toEqual([
      'headline: Almaty marks 30 years of the Constitution',
      'paragraph: The city held a research conference on 29 August for the **30th anniversary** of the Constitution of the Republic of Kazakhstan. _Full programme_: [the akimat’s website](https://almaty.gov.kz/en/news).',
      'section-heading: Programme',
      'numbered-list: [Welcome address by the deputy akim.] [Papers by legal scholars and political scientists.] [Award ceremony.]',
      'paragraph: Among the participants:',
      'bulleted-list: [members of the city maslikhat;] [members of the Public Council;] [activists of the Assembly of the People of Kazakhstan.]',
      'paragraph: The day continued:',
      'numbered-list: [An exhibition, “The Constitution in Faces” — in the foyer.] [A concert.]',
      'paragraph: **Time** — **Event**',
      'bulleted-list: [10:00 — Registration] [11:00 — Plenary session]',
      'paragraph: _Photo: Almaty akimat press office_',
    ]);
  });

  it('a web page (ru, copied from Chromium with computed styles): <h2><strong> is a plain heading, the thead row a paragraph, the figure image goes and its caption stays', () => {
    expect(clipboardHtmlToBlocks(fixture('web-page.ru.html'), 'ru').map(show)).toEqual([
      'headline: В Алматы отметили 30-летие Конституции',
      'paragraph: 29 августа в городе прошла конференция «Конституция – әділет пен тұрақтылықтың тірегі». Её открыл **заместитель акима Азамат Калдыбеков**, _поздравивший участников_. Полная программа – на [странице события](https://almaty.gov.kz/ru/events/konstitutsiya-30).',
      'section-heading: Что обсудили участники',
      'numbered-list: [правовую культуру;] [конституционные права и обязанности граждан;] [диалог государства и общества.]',
      'paragraph: Среди выступивших:',
      'bulleted-list: [Меиржан Отыншиев, председатель маслихата;] [Бексултан Сарсеков, председатель президиума РОО «Совет генералов».]',
      'paragraph: Фото: пресс-служба акимата',
      'paragraph: Время – Мероприятие – Место',
      'bulleted-list: [10:00 – Вынос флага – Площадь Республики] [19:00 – Концерт – Площадь Республики]',
    ]);
  });

  it('every fixture gives blocks the release schema accepts, with no empty block and no "|" text', () => {
    for (const [name, language] of [['word.ru.html', 'ru'], ['google-docs.kk.html', 'kk'], ['libreoffice.en.html', 'en'], ['web-page.ru.html', 'ru']] as const) {
      const blocks = clipboardHtmlToBlocks(fixture(name), language);
      expect(blocks.filter((block) => !releaseBlockSchema.safeParse(block).success), name).toEqual([]);
      expect(blocks.map(show).filter((line) => /: $|\|/.test(line)), name).toEqual([]);
    }
  });
});

describe('Word lists', () => {
  const item = (list: string, mark: string, words: string, level = 1): string =>
    `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:${list} level${level} lfo${list.slice(1)}'><!--[if !supportLists]--><span style='mso-list:Ignore'>${mark}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><!--[endif]-->${words}<o:p></o:p></p>\n`;

  it('the first number is kept as the list start (3), which the release model then numbers from 1', () => {
    const tree = parseHtml(item('l2', '3.', 'Выставка') + item('l2', '4.', 'Концерт'));
    normaliseWord(tree);
    const list = tree.children.find((node) => node.type === 'element') as { tagName: string; properties: { start?: number } };
    expect([list.tagName, list.properties.start]).toEqual(['ol', 3]);
    expect(clipboardHtmlToBlocks(item('l2', '3.', 'Выставка') + item('l2', '4.', 'Концерт'), 'ru').map(show)).toEqual(['numbered-list: [Выставка] [Концерт]']);
  });

  it('Word bullets (·, o, §, –) make bulleted lists; letters, roman numerals and 1) numbered ones; two lists side by side stay two', () => {
    for (const mark of ['·', 'o', '§', '–', 'Ø']) expect(clipboardHtmlToBlocks(item('l0', mark, 'пункт'), 'ru').map(show), mark).toEqual(['bulleted-list: [пункт]']);
    for (const mark of ['a)', 'iv.', '1)', '(2)', 'б)']) expect(clipboardHtmlToBlocks(item('l0', mark, 'пункт'), 'ru').map(show), mark).toEqual(['numbered-list: [пункт]']);
    expect(clipboardHtmlToBlocks(item('l0', '·', 'бір') + item('l1', '1.', 'екі'), 'kk').map(show)).toEqual(['bulleted-list: [бір]', 'numbered-list: [екі]']);
  });

  it('a second level joins its list (a release list has one level); the marks never reach the text', () => {
    const html = item('l0', '1.', 'Первый') + item('l0', 'a.', 'вложенный', 2) + item('l0', '2.', 'Второй');
    expect(clipboardHtmlToBlocks(html, 'ru').map(show)).toEqual(['numbered-list: [Первый] [вложенный] [Второй]']);
  });

  it('the downlevel form <![if !supportLists]> is read the same', () => {
    const html = `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>1.&nbsp;</span><![endif]>Один</p>`;
    expect(clipboardHtmlToBlocks(html, 'ru').map(show)).toEqual(['numbered-list: [Один]']);
  });

  it('Title, Subtitle and Quote styles become headline, subheadline and quote', () => {
    const html = '<p class=MsoTitle>Заголовок</p><p class=MsoSubtitle>Подзаголовок</p><p class=MsoQuote>– Это важно, – заявил Азамат Калдыбеков, заместитель акима.</p>';
    const blocks = clipboardHtmlToBlocks(html, 'ru');
    expect(blocks.map((block) => block.type)).toEqual(['headline', 'subheadline', 'quote']);
  });
});

describe('tables, and what opened HTML files gain from the same walk', () => {
  it('an opened HTML file: a table is rows too, joined by the dash of the language its words are in', () => {
    const table = '<table><tr><th>Time</th><th>Event</th></tr><tr><td>10:00</td><td>Registration</td></tr></table>';
    expect(htmlToBlocks(table).map(show)).toEqual(['paragraph: Time — Event', 'bulleted-list: [10:00 — Registration]']);
    expect(htmlToBlocks(table.replace('Registration', 'Тіркеу').replace('Event', 'Іс-шара').replace('Time', 'Уақыты')).map(show)).toEqual([
      'paragraph: Уақыты – Іс-шара',
      'bulleted-list: [10:00 – Тіркеу]',
    ]);
  });

  it('a one-column (layout) table gives its cells’ blocks; empty cells and rows are left out', () => {
    expect(htmlToBlocks('<table><tr><td><h2>Итоги</h2><p>Текст</p></td></tr></table>').map(show)).toEqual(['section-heading: Итоги', 'paragraph: Текст']);
    expect(htmlToBlocks('<table><tr><td>а</td><td></td><td>б</td></tr><tr><td></td><td> </td></tr></table>', { language: 'ru' }).map(show)).toEqual(['bulleted-list: [а – б]']);
  });

  it('an award ceremony stays an award ceremony (the award paragraph and its three-column table)', () => {
    const html = '<p class="award-ceremony">Медаль «30 лет Конституции»</p><table><tr><th>Кто</th><th>Должность</th><th>Номинация</th></tr><tr><td>Б. Сарсеков</td><td>председатель</td><td>За вклад</td></tr></table>';
    expect(htmlToBlocks(html).map((block) => block.type)).toEqual(['award-ceremony']);
  });

  it('headings of every kind lose bold marks and keep italic', () => {
    expect(htmlToBlocks('<h2><b>Жирный</b> и <i>курсив</i></h2>').map(show)).toEqual(['section-heading: Жирный и _курсив_']);
  });
});

describe('plain text', () => {
  it('the sample with blank lines between paragraphs: one paragraph per block, none empty', () => {
    const sample = sampleText();
    const blocks = clipboardTextToBlocks(sample, 'ru');
    const parts = sample.split(/\n\s*\n/).map((part) => part.trim());
    expect(parts).toHaveLength(12);
    expect(blocks.map((block) => block.type)).toEqual(parts.map(() => 'paragraph'));
    expect(blocks.map(show)[2]).toBe('paragraph: – Как подчеркивает Глава государства, наша главная цель – построение Справедливого Казахстана. В Алматы в рамках популяризации данных ценностей проводится множество мероприятий. Регулярно проходят круглые столы, обсуждения, встречи со старшим поколением, литературные вечера и выставки, молодежные акции, – заявил Азамат Калдыбеков.');
  });

  it('Windows line ends, blank lines of spaces and several blank lines in a row make no empty paragraph; a single break inside a block stays a line break', () => {
    const text = 'Первый абзац.\r\n \r\n\r\n\r\nКонтакты:\r\nтел. +7 727 271 66 00\r\n\t\r\nКонец.\r\n';
    expect(clipboardTextToBlocks(text, 'ru').map(show)).toEqual(['paragraph: Первый абзац.', 'paragraph: Контакты:\nтел. +7 727 271 66 00', 'paragraph: Конец.']);
  });

  it('text without blank lines: each line is a paragraph', () => {
    expect(clipboardTextToBlocks('бір\nекі\nүш', 'kk').map(show)).toEqual(['paragraph: бір', 'paragraph: екі', 'paragraph: үш']);
    expect(clipboardTextToBlocks('  \n\n ', 'kk')).toEqual([]);
  });
});

describe('typesetPasted: pasted text is set as the same keys typed one by one would be', () => {
  const typed = (keys: string, language: ReleaseLanguage): string => {
    const editor = editorWith([paragraph()], language);
    Transforms.select(editor, Editor.start(editor, [1]));
    for (const key of keys) editor.insertText(key);
    return Editor.string(editor, [1]);
  };
  const cases: [string, ReleaseLanguage][] = [
    ['Конференция "Конституция - основа" прошла', 'ru'],
    ['"Қазақстан Республикасының Конституциясына 30 жыл"', 'kk'],
    ['- Как подчеркивает Глава государства', 'ru'],
    ['The mayor said "it\'s a milestone" - and left', 'en'],
    ["'quoted'", 'en'],
    ['научно-практическая -- конференция', 'ru'],
    ['e-mail и "цитата "внутри" цитаты"', 'ru'],
  ];
  for (const [keys, language] of cases) {
    // The quotes, apostrophes and dashes as typed; the no-break spaces typing adds at each space (a window of the last
    // sentences) and the press rules add to a pasted whole may stand in other places, so they are read as spaces.
    it(`${language}: ${keys}`, () => expect(spaced(typesetPasted(keys, language))).toBe(spaced(typed(keys, language))));
  }

  it('the text before decides whether a quote at the very start opens or closes; set text is left as it is', () => {
    expect(typesetPasted('" сказал он', 'ru', '«Слово')).toBe('» сказал он');
    expect(spaced(typesetPasted('«Конституция – основа»', 'ru'))).toBe('«Конституция – основа»');
  });

  it('sets pasted text by the press rules of its language: a no-break space before a dash and after an initial', () => {
    expect(typesetPasted('«Конституция - основа», - заявил М. Отыншиев.', 'ru')).toBe('«Конституция\u00a0– основа»,\u00a0– заявил М.\u00a0Отыншиев.');
  });
});

describe('paste sets the organisation’s house dash', () => {
  it('an em dash when the house says so, the language’s own otherwise', () => {
    const text = (blocks: ReturnType<typeof clipboardTextToBlocks>) => blocks.map((block) => ('children' in block ? block.children.map((child) => ('text' in child ? child.text : '')).join('') : '')).join('\n');
    expect(text(clipboardTextToBlocks('Конституция - основа государства', 'ru', 'em'))).toBe('Конституция\u00a0— основа государства');
    expect(text(clipboardTextToBlocks('Конституция - основа государства', 'ru'))).toBe('Конституция\u00a0– основа государства');
    // English's own dash is the em dash; an en-dash house sets – in English too.
    expect(text(clipboardHtmlToBlocks('<p>The Constitution - the basis</p>', 'en'))).toMatch(/Constitution\s—\sthe/u);
    expect(text(clipboardHtmlToBlocks('<p>The Constitution - the basis</p>', 'en', 'en'))).toMatch(/Constitution\s–\sthe/u);
  });
});

