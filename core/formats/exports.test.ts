import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocumentText } from '../model/document-file';
import type { PressroomDocument, ReleaseBlock } from '../model/types';
import { exportRelease, releaseToHtml, releaseToMarkdown } from './index';
import { renderBlock } from './release-content';
import type { BlockHandlers } from './release-content';
import { docxParagraphTexts, expectedTexts, htmlTexts, inOrder, markdownTexts } from './fixtures/texts-of';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const FIXTURE_NAMES = ['conference-almaty.ru', 'every-block.en', 'opening-speech.kk'] as const;

function loadFixture(name: string): PressroomDocument {
  const read = readDocumentText(readFileSync(join(FIXTURES, `${name}.pressroom`), 'utf8'));
  if (!read.ok) throw new Error(`${name}: ${read.problem.detail}`);
  return read.document;
}

const withoutFrontMatter = (markdown: string): string => markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
const parseMarkdown = (markdown: string) => fromMarkdown(withoutFrontMatter(markdown), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

/** Saved expected outputs; UPDATE_GOLDEN=1 rewrites them after a deliberate change. */
function golden(file: string, actual: string): void {
  const path = join(FIXTURES, 'expected', file);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    mkdirSync(join(FIXTURES, 'expected'), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden exports of the shared sample release', () => {
  const sample = loadFixture('conference-almaty.ru');

  it('Markdown matches the saved output', () => golden('conference-almaty.ru.md', releaseToMarkdown(sample)));
  it('standalone HTML matches the saved output', () => golden('conference-almaty.ru.html', releaseToHtml(sample)));
  it('fragment HTML matches the saved output', () => golden('conference-almaty.ru.fragment.html', releaseToHtml(sample, 'fragment')));

  it('sets the quote in the Russian convention from its fields, as the sample writes it', () => {
    const markdown = releaseToMarkdown(sample);
    expect(markdown).toContain('> –\u00a0Как подчеркивает Глава государства, наша главная цель – построение Справедливого Казахстана.');
    expect(markdown).toContain('литературные вечера и выставки, молодежные акции,\u00a0– заявил Азамат Калдыбеков.');
  });

  it('writes the dateline in Russian, the variable as its value and the placeholder as its hint', () => {
    const markdown = releaseToMarkdown(sample);
    expect(markdown).toContain('*Алматы, 29 августа 2025 года*');
    expect(markdown).toContain('конференции «Конституция – әділет пен тұрақтылықтың тірегі» обозначили');
    expect(markdown).toContain('\\[ФИО награждённого]');
  });

  it('writes Kazakh and English datelines and quotes in their conventions', () => {
    const kk = releaseToMarkdown(loadFixture('opening-speech.kk'));
    expect(kk).toContain('*Алматы, 2025 жылғы 29 тамыз*');
    expect(kk).toContain('> –\u00a0Біздің басты мақсатымыз – Әділетті Қазақстан құру,\u00a0– деді Алматы қаласы әкімінің орынбасары Азамат Қалдыбеков.');
    const en = releaseToMarkdown(loadFixture('every-block.en'));
    expect(en).toContain('*ALMATY, Kazakhstan, Aug. 29, 2025*');
    expect(en).toContain('> “Our main goal is to build a Just Kazakhstan,” said Azamat Kaldybekov, Deputy Mayor of Almaty.');
    expect(en).toContain('> “Will the dialogue continue?” asked Meirzhan Otynshiyev.');
  });
});

describe.each(FIXTURE_NAMES)('%s: every block survives each format', (name) => {
  const document = loadFixture(name);
  const expected = expectedTexts(document).filter((text) => text !== '');

  it('Markdown, parsed back by a CommonMark parser, holds every block text in order', () => {
    expect(inOrder(expected, markdownTexts(parseMarkdown(releaseToMarkdown(document))))).toEqual({ ok: true });
  });

  it('HTML, parsed back, holds every block text in order inside <article>', () => {
    const tree = fromHtml(releaseToHtml(document));
    expect(inOrder(expected, htmlTexts(tree))).toEqual({ ok: true });
    expect(inOrder(expected, htmlTexts(fromHtml(releaseToHtml(document, 'fragment'), { fragment: true })))).toEqual({ ok: true });
  });

  it('DOCX document.xml holds every block text in order', async () => {
    const bytes = await exportRelease(document, 'docx');
    expect(inOrder(expected, docxParagraphTexts(await documentXml(bytes)))).toEqual({ ok: true });
  });
});

describe('HTML structure', () => {
  const html = releaseToHtml(loadFixture('every-block.en'));

  it('is a standalone document with lang, semantic article parts, print CSS and NewsArticle JSON-LD', () => {
    expect(html.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(html).toMatch(/<article lang="en" class="press-release"><header><h1>/);
    expect(html).toContain('<section><h2>Opening speech</h2>');
    expect(html).toContain('<footer><p class="boilerplate">');
    expect(html).toContain('<figcaption>said <cite>Azamat Kaldybekov</cite>, <span class="position">Deputy Mayor of Almaty</span>.</figcaption>');
    expect(html).toContain('@media print');
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(jsonLd ?? '')).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'en', datePublished: '2025-08-29', dateline: 'ALMATY, Kazakhstan, Aug. 29, 2025' });
  });

  it('the fragment profile is the article alone, without styles or scripts', () => {
    const fragment = releaseToHtml(loadFixture('every-block.en'), 'fragment');
    expect(fragment.startsWith('<article')).toBe(true);
    expect(fragment).not.toMatch(/<style|<script|<html|<head[ >]/);
  });

  it('no user text can close the JSON-LD script', () => {
    const document = loadFixture('every-block.en');
    document.body[0] = { type: 'headline', children: [{ text: '</script><script>alert(1)</script>' }] };
    const out = releaseToHtml(document);
    expect(out.match(/<script/g)).toHaveLength(1);
    expect(out).toContain('\\u003c/script\\u003e');
  });
});

describe('DOCX settings', () => {
  it('tags runs with the language, names a font Word and LibreOffice both have, writes properties and A4 by default', async () => {
    const zip = await JSZip.loadAsync(await exportRelease(loadFixture('opening-speech.kk'), 'docx'));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('w:w="11906" w:h="16838"');
    const styles = await zip.file('word/styles.xml')!.async('string');
    // The document defaults and every style carry the language; runs inherit it.
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="kk-KZ"\/>/);
    expect(styles.match(/<w:lang w:val="kk-KZ"\/>/g)?.length).toBeGreaterThan(10);
    expect(styles).toContain('w:ascii="Times New Roman"');
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:language>kk-KZ</dc:language>');
    expect(core).toContain('<dc:title>Алматыда Конституцияның 30 жылдығына арналған конференция өтті</dc:title>');
    expect(core).toContain('<dc:creator>Алматы қаласы әкімдігі</dc:creator>');
  });

  it('US Letter on request; soft line breaks become <w:br/>, never a raw newline', async () => {
    const xml = await documentXml(await exportRelease(loadFixture('every-block.en'), 'docx', { paper: 'letter' }));
    expect(xml).toContain('w:w="12240" w:h="15840"');
    expect(xml).toMatch(/Press Office<\/w:t><\/w:r><w:r>.*?<w:br\/>/);
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*\n/);
  });
});

describe('formatters are total and strict', () => {
  it('a block of an unknown type throws instead of being skipped', async () => {
    const document = loadFixture('every-block.en');
    document.body.push({ type: 'sidebar', children: [{ text: 'x' }] } as unknown as ReleaseBlock);
    expect(() => releaseToMarkdown(document)).toThrow(/unknown type "sidebar"/);
    expect(() => releaseToHtml(document)).toThrow(/unknown type "sidebar"/);
    await expect(exportRelease(document, 'docx')).rejects.toThrow(/unknown type "sidebar"/);
  });

  it('an inline node of an unknown type throws', () => {
    const document = loadFixture('every-block.en');
    document.body.push({ type: 'paragraph', children: [{ type: 'footnote', children: [{ text: '' }] }] } as unknown as ReleaseBlock);
    expect(() => releaseToMarkdown(document)).toThrow(/unknown type "footnote"/);
  });

  it('a handler map missing a block type does not compile', () => {
    // @ts-expect-error -- 'end-mark' and the others are missing: the mapped type refuses the map.
    const partial: BlockHandlers<string> = { headline: () => 'h' };
    expect(() => renderBlock(partial, { type: 'end-mark', children: [{ text: '' }] }, {} as never)).toThrow();
  });
});
