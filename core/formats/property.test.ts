import { fromHtml } from 'hast-util-from-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import JSZip from 'jszip';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../model/document-file';
import { RELEASE_BLOCK_TYPES, TEXT_BLOCK_TYPES } from '../model/block-specs';
import type { TextBlockType } from '../model/block-specs';
import type { FieldElement, FieldName, FormattedText, InlineNode, PressroomDocument, ReleaseBlock, ReleaseBlockType } from '../model/types';
import { CURRENT_VERSION, FORMAT_TAG } from '../model/types';
import { exportRelease, releaseToHtml, releaseToMarkdown } from './index';
import { ALL_PROFILES } from '../languages/index';
import { docxParagraphTexts, expectedTexts, htmlTexts, markdownTexts } from './fixtures/texts-of';

/**
 * Random releases full of what breaks printers — Markdown metacharacters, <script>, Kazakh letters, «», –, NBSP,
 * emoji, right-to-left marks — go through every formatter: none throws, and each format, read back by a parser,
 * carries exactly the text of every block (compared with the same text the formatters are given).
 */

const PIECES = [
  'a', 'Z', 'ж', 'Ә', 'ә', 'і', 'ң', 'ғ', 'ү', 'ұ', 'қ', 'ө', 'һ', 'Ұ', '«', '»', '–', '—', '“', '”', '\u00a0', '😀', '👩‍💻',
  '\u200f', '\u200e', '\u202e', 'مرحبا', '*', '**', '_', '__', '#', '# ', '`', '```', '[', ']', '](x)', '(', ')', '<', '>', '&', '&amp;',
  '&#x41;', '\\', '|', '~', '~~', '!', '![', '-', '- ', '+ ', '1. ', '1) ', '> ', '=', '---', '***', '.', ':', '"', "'", '1', '2025',
  '<script>alert(1)</script>', '</article>', '<!--', '-->', '<br>', 'http://example.com', 'www.example.com', 'a@b.kz', '$', '{', '}', '^', ' ', '  ', '\t',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((pieces) => pieces.join(''));
/** Text with soft line breaks (Shift+Enter) between lines, and sometimes before or after them. */
const lines = fc
  .tuple(fc.array(text.filter((line) => line.trim() !== ''), { minLength: 1, maxLength: 3 }), fc.constantFrom('', '', '', '\n'), fc.constantFrom('', '', '', '\n'))
  .map(([parts, before, after]) => `${before}${parts.join('\n')}${after}`);
const marks = fc.record({ bold: fc.boolean(), italic: fc.boolean() });
const formatted = fc.tuple(lines, marks).map(([value, mark]): FormattedText => ({ text: value, ...(mark.bold ? { bold: true } : {}), ...(mark.italic ? { italic: true } : {}) }));
const inline: fc.Arbitrary<InlineNode> = fc.oneof(
  { weight: 5, arbitrary: formatted },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('https://example.kz/a?b=1&c=«»', 'mailto:press@example.kz', 'http://пример.рф/путь'), formatted).map(([url, child]): InlineNode => ({ type: 'link', url, children: [child] })) },
  { weight: 1, arbitrary: text.map((hint): InlineNode => ({ type: 'placeholder', hint, children: [{ text: '' }] })) },
  { weight: 1, arbitrary: fc.constantFrom('event', 'city', 'missing').map((name): InlineNode => ({ type: 'variable', name, children: [{ text: '' }] })) },
);
const inlines = fc.array(inline, { minLength: 1, maxLength: 4 });
const fieldOf = <N extends FieldName>(name: N) => inlines.map((children): FieldElement<N> => ({ type: 'field', name, children }));
const textBlock = (type: TextBlockType) =>
  inlines.map((children): ReleaseBlock => ({ type, children }));

const list = (type: 'bulleted-list' | 'numbered-list') =>
  fc.array(inlines, { minLength: 1, maxLength: 3 }).map((items): ReleaseBlock => ({ type, children: items.map((children) => ({ type: 'list-item', children })) }));

/** A generator per block type (text blocks from BLOCK_SPECS): a new block type is generated, or this does not compile. */
const BLOCKS: Record<ReleaseBlockType, fc.Arbitrary<ReleaseBlock>> = {
  ...(Object.fromEntries(TEXT_BLOCK_TYPES.map((type) => [type, textBlock(type)])) as Record<TextBlockType, fc.Arbitrary<ReleaseBlock>>),
  dateline: fc.constant<ReleaseBlock>({ type: 'dateline', children: [{ text: '' }] }),
  quote: fc.tuple(fieldOf('text'), fieldOf('speaker'), fieldOf('position'), fieldOf('verb')).map((fields): ReleaseBlock => ({ type: 'quote', children: fields })),
  'bulleted-list': list('bulleted-list'),
  'numbered-list': list('numbered-list'),
  'award-ceremony': fc.tuple(fieldOf('award'), fc.array(fc.tuple(fieldOf('recipient'), fieldOf('position'), fieldOf('nomination')), { maxLength: 2 })).map(
    ([award, rows]): ReleaseBlock => ({ type: 'award-ceremony', children: [award, ...rows.map((cells) => ({ type: 'award-row' as const, children: cells }))] }),
  ),
  'end-mark': fc.constant<ReleaseBlock>({ type: 'end-mark', children: [{ text: '' }] }),
};
const block: fc.Arbitrary<ReleaseBlock> = fc.oneof(...RELEASE_BLOCK_TYPES.map((type) => (type === 'paragraph' ? { weight: 4, arbitrary: BLOCKS[type] } : BLOCKS[type])));

const cityName = fc.stringMatching(/^[A-Za-zА-Яа-яЁёӘәІіҢңҒғҮүҰұҚқӨөҺһ]+(?:[ -][A-Za-zА-Яа-яЁёӘәІіҢңҒғҮүҰұҚқӨөҺһ]+){0,2}$/);
const release: fc.Arbitrary<PressroomDocument> = fc
  // The city is a place name (the details' field; the dateline prints it): letters of the three languages, spaces,
  // hyphens. A web address typed as a city would be autolinked by GFM readers (noted, not tested here).
  .record({ language: fc.constantFrom('ru' as const, 'kk' as const, 'en' as const), title: text, city: cityName, value: text, body: fc.array(block, { maxLength: 8 }) })
  .map(({ language, title, city, value, body }) => ({
    format: FORMAT_TAG,
    version: CURRENT_VERSION,
    metadata: { language, title, city, date: '2025-08-29', organisation: city, variables: [{ name: 'event', label: 'Event', value }] },
    body,
  }));

const nonEmpty = (texts: string[]): string[] => texts.filter((value) => value !== '');
const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

describe('random releases through every format', () => {
  it('generated documents are valid .pressroom documents', () => {
    fc.assert(fc.property(release, (document) => validateDocument(document).ok), { numRuns: 50 });
  });

  it('Markdown: nothing throws, and a CommonMark parse gives back every block text and the front matter', () => {
    fc.assert(
      fc.property(release, (document) => {
        const markdown = releaseToMarkdown(document);
        const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
        expect(match).not.toBeNull();
        expect((parseYaml(match?.[1] ?? '') as { title: string }).title).toBe(document.metadata.title);
        const tree = fromMarkdown(markdown.slice(match?.[0].length ?? 0), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
        expect(nonEmpty(markdownTexts(tree))).toEqual(nonEmpty(expectedTexts(document, { trimTableCells: true })));
      }),
      { numRuns: RUNS },
    );
  }, 30_000 + RUNS * 100);

  it('HTML: nothing throws, and an HTML parse gives back every block text, with no element from the text', () => {
    fc.assert(
      fc.property(release, fc.constantFrom('standalone' as const, 'fragment' as const), (document, profile) => {
        const html = releaseToHtml(document, profile);
        const tree = fromHtml(html, { fragment: profile === 'fragment' });
        expect(nonEmpty(htmlTexts(tree))).toEqual(nonEmpty(expectedTexts(document)));
        const elements: string[] = [];
        const visit = (nodes: readonly { type: string; tagName?: string; children?: unknown[] }[]): void => {
          for (const node of nodes) {
            if (node.type === 'element') elements.push(node.tagName as string);
            if (node.children) visit(node.children as never);
          }
        };
        visit(tree.children as never);
        expect(elements.filter((name) => name === 'script')).toHaveLength(profile === 'standalone' ? 1 : 0);
        expect(elements.filter((name) => ['img', 'iframe', 'svg', 'object', 'embed', 'style'].includes(name)).length).toBe(profile === 'standalone' ? 1 : 0);
      }),
      { numRuns: RUNS },
    );
  }, 30_000 + RUNS * 100);

  it('DOCX: nothing throws, and document.xml carries every block text', async () => {
    await fc.assert(
      fc.asyncProperty(release, async (document) => {
        const zip = await JSZip.loadAsync(await exportRelease(document, 'docx'));
        const xml = await zip.file('word/document.xml')!.async('string');
        const headers = new Set(ALL_PROFILES.flatMap((profile) => profile.awardColumns));
        // The Word file leaves out a block with no words, spaces only included (a variable whose value is " ").
        const withWords = (texts: string[]): string[] => texts.filter((value) => value.trim() !== '');
        expect(withWords(docxParagraphTexts(xml)).filter((value) => !headers.has(value))).toEqual(withWords(expectedTexts(document)));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, 30_000 + RUNS * 300);
});
