import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentText, validateDocument } from '../model/document-file';
import type { PressroomDocument, QuoteElement, ReleaseBlock } from '../model/types';
import { documentFromBlocks, inlinesText, recoverReleaseStructure } from './import-blocks';
import { htmlToBlocks } from './html-import';
import { releaseToHtml, releaseToMarkdown } from './index';
import { markdownToDocument } from './markdown-import';
import { plainTextToDocument } from './text-import';
import { sampleText } from '../../test/fixtures/sample';

const SAMPLE = sampleText();
const FIXTURES = join(import.meta.dirname, 'fixtures');
function loadFixture(name: string): PressroomDocument {
  const read = readDocumentText(readFileSync(join(FIXTURES, `${name}.pressroom`), 'utf8'));
  if (!read.ok) throw new Error(read.problem.detail);
  return read.document;
}

const quoteFields = (block: ReleaseBlock | undefined): Record<string, string> =>
  Object.fromEntries((block as QuoteElement).children.map((field) => [field.name, inlinesText(field.children)]));
/** Every paragraph-like text of a body, in order (what "its paragraphs intact" compares). */
const paragraphs = (body: ReleaseBlock[]): string[] =>
  body.filter((block) => ['lead', 'paragraph'].includes(block.type)).map((block) => inlinesText((block as unknown as { children: never }).children));

describe('the shared sample as plain text', () => {
  const document = plainTextToDocument(SAMPLE);
  const sourceParagraphs = SAMPLE.split(/\n\s*\n/).map((text) => text.trim()).filter(Boolean);

  it('reads the date, the lead, the quote with its speaker and verb, and every paragraph', () => {
    expect(validateDocument(document).ok).toBe(true);
    expect(document.metadata).toMatchObject({ language: 'ru', date: '2025-08-29' });
    expect(document.body.map((block) => block.type)).toEqual(['dateline', 'lead', 'paragraph', 'quote', ...Array(9).fill('paragraph')]);
    expect(inlinesText((document.body[1] as unknown as { children: never }).children)).toBe(sourceParagraphs[0]?.replace(/^date 2025-08-29 /, ''));
    expect(quoteFields(document.body[3])).toEqual({
      text: 'Как подчеркивает Глава государства, наша главная цель – построение Справедливого Казахстана. В Алматы в рамках популяризации данных ценностей проводится множество мероприятий. Регулярно проходят круглые столы, обсуждения, встречи со старшим поколением, литературные вечера и выставки, молодежные акции.',
      speaker: 'Азамат Калдыбеков',
      position: '',
      verb: 'заявил',
    });
  });

  it('exports to Markdown and HTML and imports back with its paragraphs and quote intact', () => {
    const viaMarkdown = markdownToDocument(releaseToMarkdown(document));
    expect(paragraphs(viaMarkdown.body)).toEqual(paragraphs(document.body));
    expect(quoteFields(viaMarkdown.body.find((block) => block.type === 'quote'))).toEqual(quoteFields(document.body[3]));
    expect(viaMarkdown.metadata.date).toBe('2025-08-29');

    const viaHtml = documentFromBlocks(recoverReleaseStructure(htmlToBlocks(releaseToHtml(document))));
    expect(paragraphs(viaHtml.body)).toEqual(paragraphs(document.body));
    expect(quoteFields(viaHtml.body.find((block) => block.type === 'quote'))).toEqual(quoteFields(document.body[3]));
  });

  it('the quote reads exactly as the sample wrote it, with an en dash and no-break spaces', () => {
    const markdown = releaseToMarkdown(document);
    const source = sourceParagraphs[2] as string;
    const written = markdown.split('\n').find((line) => line.startsWith('> '))?.slice(2);
    expect(written?.replace(/\u00a0/g, ' ').replace(/^– /, '- ')).toBe(source);
  });
});

describe.each(['every-block.en', 'opening-speech.kk', 'conference-almaty.ru'])('%s round trips', (name) => {
  const original = loadFixture(name);
  const types = original.body.map((block) => block.type);

  it('through HTML with every block type recovered', () => {
    const back = documentFromBlocks(recoverReleaseStructure(htmlToBlocks(releaseToHtml(original))));
    expect(validateDocument(back).ok).toBe(true);
    expect(back.body.map((block) => block.type)).toEqual(types);
    for (const [index, block] of original.body.entries()) {
      if (block.type === 'quote') expect(quoteFields(back.body[index]).verb).toBe(quoteFields(block).verb);
    }
  });

  it('through Markdown with the structure Markdown can carry', () => {
    const back = markdownToDocument(releaseToMarkdown(original));
    expect(validateDocument(back).ok).toBe(true);
    // Markdown has no boilerplate or media-contact mark: those come back as paragraphs.
    expect(back.body.map((block) => block.type)).toEqual(types.map((type) => (type === 'boilerplate' || type === 'media-contact' ? 'paragraph' : type)));
    expect(back.metadata.language).toBe(original.metadata.language);
    expect(back.metadata.variables).toEqual(original.metadata.variables);
    const quotes = back.body.filter((block) => block.type === 'quote');
    expect(quotes.map((quote) => quoteFields(quote).verb)).toEqual(original.body.filter((block) => block.type === 'quote').map((quote) => quoteFields(quote).verb));
  });
});

describe('Markdown import', () => {
  it('reads headline, dateline, lead, quotes, lists and headings from a hand-written file', () => {
    const document = markdownToDocument(`# Алматыда конференция өтті

*Алматы, 2025 жылғы 29 тамыз*

Конференцияға қала басшылығы қатысты.

## Құттықтау сөз

> – Біздің мақсатымыз – Әділетті Қазақстан, – деді Азамат Қалдыбеков.

> “We will continue,” said Jane Doe, director of the Centre.

- бірінші
- екінші
  1. ішкі

Қорытынды **маңызды** [сілтеме](https://example.kz) мен [қауіпті](javascript:alert(1)).
`);
    expect(document.metadata).toMatchObject({ language: 'kk', city: 'Алматы', date: '2025-08-29', title: 'Алматыда конференция өтті' });
    expect(document.body.map((block) => block.type)).toEqual(['headline', 'dateline', 'lead', 'section-heading', 'quote', 'quote', 'bulleted-list', 'paragraph']);
    expect(quoteFields(document.body[4])).toEqual({ text: 'Біздің мақсатымыз – Әділетті Қазақстан.', speaker: 'Азамат Қалдыбеков', position: '', verb: 'деді' });
    expect(quoteFields(document.body[5])).toEqual({ text: 'We will continue.', speaker: 'Jane Doe', position: 'director of the Centre', verb: 'said' });
    expect((document.body[6] as { children: unknown[] }).children).toHaveLength(3);
    expect(document.body[7]).toEqual({
      type: 'paragraph',
      children: [{ text: 'Қорытынды ' }, { text: 'маңызды', bold: true }, { text: ' ' }, { type: 'link', url: 'https://example.kz/', children: [{ text: 'сілтеме' }] }, { text: ' мен қауіпті.' }],
    });
  });

  it('a quote without a readable attribution keeps its whole text in the quote field', () => {
    const document = markdownToDocument('> Просто цитата без автора.\n');
    expect(quoteFields(document.body[0])).toEqual({ text: 'Просто цитата без автора.', speaker: '', position: '', verb: '' });
  });

  it('bad front matter is ignored, not fatal', () => {
    const document = markdownToDocument('---\n: : [\n---\n\nText\n');
    expect(validateDocument(document).ok).toBe(true);
    expect(inlinesText((document.body[0] as unknown as { children: never }).children)).toBe('Text');
  });
});

describe('Markdown nested beyond reason', () => {
  it('is refused at once with the line, instead of stalling the parser', () => {
    const deepList = Array.from({ length: 3000 }, (_, level) => `${'  '.repeat(level)}- пункт ${level}`).join('\n');
    expect(() => markdownToDocument(deepList)).toThrow(/nested too deeply at line \d+/);
    const deepQuote = `${'>'.repeat(10_000)} Ата Заң`;
    expect(() => markdownToDocument(deepQuote)).toThrow(/nested too deeply at line 1/);
  });

  it('still reads ordinary nesting', () => {
    const list = ['- Алматы', '  - Медеуский район', '    - Көк-Төбе'].join('\n');
    expect(() => markdownToDocument(list)).not.toThrow();
  });
});
