import type { PhrasingContent, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { parse as parseYaml } from 'yaml';
import type { DocumentVariable, InlineNode, PressroomDocument, ReleaseBlock, ReleaseMetadata } from '../model/types';
import { isReleaseLanguage } from '../languages/index';
import { parseDateline } from '../typography/dateline';
import { RELEASE_STATUSES } from '../model/types';
import type { ReleaseStatus } from '../model/types';
import { embargoLine } from './embargo';
import { awardBlock, datelineBlock, documentFromBlocks, InlineBuilder, inlinesText, quoteFromText, recoverReleaseStructure, textBlock } from './import-blocks';
import type { Marks } from './import-blocks';
import { htmlToBlocks } from './html-import';

/**
 * Markdown (CommonMark + GFM, YAML front matter) → a release. The reverse of markdown-export.ts:
 *   first # → headline; ## right after it → subheadline; other headings → section headings; an *emphasised*
 *   dateline paragraph → dateline; the first paragraph → lead; > quotes → quotes (fields read from the attribution
 *   «– …, – заявил X.» / “…,” said X, position.); lists; **award** + 3-column table → award ceremony; ### → end mark.
 * Raw HTML blocks go through htmlToBlocks' allow-list; inline raw HTML is dropped (its text stays), <br> is a break.
 */

const FRONT_MATTER = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function readFrontMatter(markdown: string): { metadata: Partial<ReleaseMetadata>; rest: string } {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) return { metadata: {}, rest: markdown.replace(/^\ufeff/, '') };
  const rest = markdown.slice(match[0].length);
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '', { maxAliasCount: 10 });
  } catch {
    return { metadata: {}, rest };
  }
  if (typeof data !== 'object' || data === null) return { metadata: {}, rest };
  const record = data as Record<string, unknown>;
  const metadata: Partial<ReleaseMetadata> = {};
  const text = (key: string): string | undefined => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
  const language = text('language');
  if (isReleaseLanguage(language)) metadata.language = language;
  for (const key of ['title', 'city', 'organisation', 'author'] as const) {
    const value = text(key);
    if (value !== undefined && value !== '') metadata[key] = value;
  }
  if ((RELEASE_STATUSES as readonly unknown[]).includes(record.status)) metadata.status = record.status as ReleaseStatus;
  const publication = record.publication as Record<string, unknown> | null | undefined;
  if (publication && typeof publication === 'object' && typeof publication.at === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(publication.at) && typeof publication.timeZone === 'string') {
    metadata.publication = { at: publication.at, timeZone: publication.timeZone.slice(0, 64) };
  }
  const date = record.date instanceof Date ? record.date.toISOString().slice(0, 10) : text('date');
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) metadata.date = date;
  if (Array.isArray(record.variables)) {
    const variables: DocumentVariable[] = [];
    for (const entry of record.variables as unknown[]) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { name, label, value } = entry as Record<string, unknown>;
      if (typeof name === 'string' && name !== '' && name.length <= 100) {
        variables.push({ name, label: typeof label === 'string' ? label.slice(0, 200) : name, value: typeof value === 'string' ? value.slice(0, 10_000) : '' });
      }
    }
    metadata.variables = variables;
  }
  return { metadata, rest };
}

function phrasing(nodes: readonly PhrasingContent[], builder = new InlineBuilder(), marks: Marks = {}): InlineBuilder {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        builder.text(node.value, marks);
        break;
      case 'strong':
        phrasing(node.children, builder, { ...marks, bold: true });
        break;
      case 'emphasis':
        phrasing(node.children, builder, { ...marks, italic: true });
        break;
      case 'delete':
        phrasing(node.children, builder, marks);
        break;
      case 'inlineCode':
        builder.text(node.value, marks);
        break;
      case 'break':
        builder.text('\n', marks);
        break;
      case 'html':
        if (/^<br\s*\/?>$/i.test(node.value.trim())) builder.text('\n', marks);
        break;
      case 'link': {
        const inner = phrasing(node.children, new InlineBuilder(), marks).build();
        builder.link(node.url, inner.flatMap((child) => ('type' in child ? (child.type === 'link' ? child.children : []) : [child])));
        break;
      }
      case 'linkReference':
        phrasing(node.children, builder, marks);
        break;
      default:
        // images, footnote references: nothing a release keeps
        break;
    }
  }
  return builder;
}

const inlines = (nodes: readonly PhrasingContent[]): InlineNode[] => phrasing(nodes).build();

/** A paragraph that is one emphasis or one strong: its children, else null. */
function wholly(children: readonly PhrasingContent[], type: 'emphasis' | 'strong'): PhrasingContent[] | null {
  const meaningful = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const only = meaningful[0];
  return meaningful.length === 1 && only && only.type === type ? only.children : null;
}

function tableRows(table: Table): InlineNode[][][] {
  return table.children.map((row) => row.children.map((cell) => inlines(cell.children)));
}

function blocksOf(nodes: readonly RootContent[]): ReleaseBlock[] {
  const blocks: ReleaseBlock[] = [];
  let sawHeadline = false;
  let sawBody = false;
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index] as RootContent;
    const previous = blocks[blocks.length - 1];
    switch (node.type) {
      case 'heading': {
        const children = inlines(node.children);
        if (node.depth === 1 && !sawHeadline) {
          sawHeadline = true;
          blocks.push(textBlock('headline', children));
        } else if (node.depth === 2 && previous?.type === 'headline') blocks.push(textBlock('subheadline', children));
        else {
          sawBody = true;
          blocks.push(textBlock('section-heading', children));
        }
        break;
      }
      case 'paragraph': {
        const text = inlinesText(inlines(node.children)).trim();
        if (text === '###') {
          blocks.push({ type: 'end-mark', children: [{ text: '' }] });
          break;
        }
        const emphasised = wholly(node.children, 'emphasis');
        if (!sawBody && emphasised && !blocks.some((block) => block.type === 'dateline')) {
          const dateline = parseDateline(text);
          if (dateline) {
            blocks.push(datelineBlock(dateline.city, dateline.date));
            break;
          }
        }
        const strong = wholly(node.children, 'strong');
        const next = nodes[index + 1];
        if (strong && next?.type === 'table' && next.children[0]?.children.length === 3) {
          blocks.push(awardBlock(inlines(strong), tableRows(next).slice(1)));
          index += 1;
          sawBody = true;
          break;
        }
        if (!sawBody && !blocks.some((block) => block.type === 'lead')) {
          blocks.push(textBlock('lead', inlines(strong ?? node.children)));
          sawBody = true;
          break;
        }
        sawBody = true;
        blocks.push(textBlock('paragraph', inlines(node.children)));
        break;
      }
      case 'blockquote': {
        sawBody = true;
        const parts = node.children.flatMap((child) => (child.type === 'paragraph' ? [inlines(child.children)] : []));
        const joined: InlineNode[] = parts.flatMap((part, partIndex) => (partIndex > 0 ? [{ text: '\n' }, ...part] : part));
        blocks.push(quoteFromText(inlinesText(joined).trim(), joined));
        break;
      }
      case 'list': {
        sawBody = true;
        const items = node.children.flatMap((item) => {
          const parts = item.children.flatMap((child) => (child.type === 'paragraph' || child.type === 'heading' ? [inlines(child.children)] : []));
          const nested = item.children.flatMap((child) => (child.type === 'list' ? blocksOf([child]) : []));
          const own = parts.flatMap((part, partIndex) => (partIndex > 0 ? [{ text: '\n' }, ...part] : part));
          const ownItem = inlinesText(own).trim() !== '' ? [{ type: 'list-item' as const, children: own }] : [];
          return [...ownItem, ...nested.flatMap((block) => (block.type === 'bulleted-list' || block.type === 'numbered-list' ? block.children : []))];
        });
        if (items.length > 0) blocks.push({ type: node.ordered ? 'numbered-list' : 'bulleted-list', children: items });
        break;
      }
      case 'table': {
        sawBody = true;
        for (const row of tableRows(node)) {
          const cells = row.filter((cell) => inlinesText(cell).trim() !== '');
          if (cells.length === 0) continue;
          blocks.push(textBlock('paragraph', cells.flatMap((cell, cellIndex) => (cellIndex > 0 ? [{ text: ' | ' }, ...cell] : cell))));
        }
        break;
      }
      case 'code':
        sawBody = true;
        blocks.push(textBlock('paragraph', node.value === '' ? [] : [{ text: node.value }]));
        break;
      case 'html':
        blocks.push(...htmlToBlocks(node.value));
        break;
      default:
        // thematic breaks, definitions, footnote definitions, front matter: nothing a release keeps
        break;
    }
  }
  return blocks;
}

/**
 * How deep a line's containers (indentation, `>` quote markers, list markers) may go before we refuse the file.
 * The Markdown parser's time grows much faster than the nesting (400 levels: seconds; 3,000: it never ends),
 * and no release nests lists or quotes more than a handful of levels.
 */
export const MAX_MARKDOWN_CONTAINER_PREFIX = 240;
const containerPrefix = /^(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;

export class MarkdownTooDeeplyNested extends Error {
  constructor(readonly line: number) {
    super(`lists or quotes nested too deeply at line ${line}`);
  }
}

/** Throws MarkdownTooDeeplyNested for a file that would stall the parser; every other text parses. */
export function markdownToBlocks(markdown: string): ReleaseBlock[] {
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    if ((containerPrefix.exec(lines[index]!)?.[0].length ?? 0) > MAX_MARKDOWN_CONTAINER_PREFIX) throw new MarkdownTooDeeplyNested(index + 1);
  }
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  trimAutolinkQuotes(tree);
  return blocksOf(tree.children);
}

/** Closing quotation marks GFM's autolink literal takes into a bare URL: «www.almaty.gov.kz» → …kz». */
const CLOSING_MARKS = /[»”’›"']+$/u;

/**
 * GFM links a bare www. or http(s) address up to the next space, so in «www.almaty.gov.kz» the closing guillemet
 * became part of the address (the link went to a punycode domain ending in "kz»"). A literal autolink — its text
 * the address itself — gives its closing quotation marks back to the text after it.
 */
function trimAutolinkQuotes(node: { children?: unknown[] }): void {
  const children = node.children as ({ type: string; url?: string; value?: string; children?: unknown[] }[] | undefined);
  if (!children) return;
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index]!;
    const only = child.type === 'link' && child.children?.length === 1 ? (child.children[0] as { type: string; value?: string }) : null;
    const value = only?.type === 'text' ? (only.value ?? '') : '';
    const marks = CLOSING_MARKS.exec(value)?.[0];
    if (only && marks && value.length > marks.length && (child.url === value || child.url === `http://${value}`)) {
      only.value = value.slice(0, -marks.length);
      child.url = (child.url as string).slice(0, -marks.length);
      children.splice(index + 1, 0, { type: 'text', value: marks });
      index += 1;
      continue;
    }
    trimAutolinkQuotes(child);
  }
}

/** A Markdown file as a new release; throws only MarkdownTooDeeplyNested. */
export function markdownToDocument(markdown: string): PressroomDocument {
  const { metadata, rest } = readFrontMatter(markdown);
  const document = documentFromBlocks(recoverReleaseStructure(markdownToBlocks(withoutEmbargoLine(rest, metadata))), metadata);
  const checked = metadata.publication ? embargoLine(document.metadata) : null;
  // A time zone this platform does not know cannot be kept (the schema refuses it): the embargo is dropped.
  if (metadata.publication && checked === null) delete document.metadata.publication;
  return document;
}

/** The embargo line our export prints first (**ДЛЯ ПУБЛИКАЦИИ НЕ РАНЕЕ …**) belongs to the front matter, not the body. */
function withoutEmbargoLine(rest: string, metadata: Partial<ReleaseMetadata>): string {
  if (!metadata.publication) return rest;
  const line = embargoLine({ language: metadata.language ?? 'ru', title: '', city: '', date: '', organisation: '', variables: [], publication: metadata.publication });
  if (!line) return rest;
  const start = rest.replace(/^\s*\n/, '');
  return start.startsWith(`**${line}**\n`) ? start.slice(line.length + 5) : rest;
}
