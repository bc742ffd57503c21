import type { TextBlockType } from '../model/block-specs';
import type {
  AwardRowElement,
  FieldElement,
  FieldName,
  FormattedText,
  InlineNode,
  PressroomDocument,
  ReleaseBlock,
  ReleaseLanguage,
  ReleaseMetadata,
} from '../model/types';
import { CURRENT_VERSION, FORMAT_TAG } from '../model/types';
import { safeUrl } from '../model/safe-url';
import { parseDateline } from '../typography/dateline';
import { readQuote } from '../typography/quote-layout';
import { detectLanguage } from '../languages/detect-language';
import { withoutRedundantMarks } from '../editing/span-language';

/**
 * Building release blocks from what an importer reads (Markdown, HTML, DOCX via HTML, plain text), and recovering a
 * release's structure from a plain run of blocks: the headline, the dateline, the lead.
 */

export interface Marks {
  bold?: true;
  italic?: true;
  /** Words marked as another language (HTML `lang`); a mark of the release's own language is dropped at the end. */
  lang?: ReleaseLanguage;
}

/** Collects inline content; merges neighbours with the same marks; keeps Slate's text-around-inlines rule. */
export class InlineBuilder {
  private readonly nodes: InlineNode[] = [];

  text(text: string, marks: Marks = {}): void {
    if (text === '') return;
    const last = this.nodes[this.nodes.length - 1];
    if (last && !('type' in last) && last.bold === marks.bold && last.italic === marks.italic && last.lang === marks.lang) {
      last.text += text;
      return;
    }
    this.nodes.push({ text, ...(marks.bold ? { bold: true } : {}), ...(marks.italic ? { italic: true } : {}), ...(marks.lang ? { lang: marks.lang } : {}) });
  }

  link(url: string, children: FormattedText[]): void {
    const safe = safeUrl(url);
    const texts = children.filter((child) => child.text !== '');
    if (texts.length === 0) return;
    if (!safe) {
      for (const child of texts) this.text(child.text, child);
      return;
    }
    this.nodes.push({ type: 'link', url: safe, children: texts });
  }

  get isEmpty(): boolean {
    return this.nodes.length === 0;
  }

  /** The inline nodes, with white space tidied when `collapse` (HTML): no double spaces, none at the ends or around breaks. */
  build(collapse = false): InlineNode[] {
    let nodes = this.nodes.map((node): InlineNode => ('type' in node ? (node.type === 'link' ? { ...node, children: node.children.map((child) => ({ ...child })) } : { ...node }) : { ...node }));
    if (collapse) nodes = collapseWhiteSpace(nodes);
    return normaliseInlines(nodes);
  }
}

function textLeaves(nodes: InlineNode[]): FormattedText[] {
  return nodes.flatMap((node) => ('type' in node ? (node.type === 'link' ? node.children : []) : [node]));
}

function collapseWhiteSpace(nodes: InlineNode[]): InlineNode[] {
  const leaves = textLeaves(nodes);
  let previousEndsInSpace = true;
  for (const leaf of leaves) {
    let text = leaf.text.replace(/ *\n */g, '\n');
    if (previousEndsInSpace) text = text.replace(/^ +/, '');
    if (text !== '') previousEndsInSpace = / $|\n$/.test(text);
    leaf.text = text;
  }
  for (let index = leaves.length - 1; index >= 0; index -= 1) {
    const leaf = leaves[index] as FormattedText;
    leaf.text = leaf.text.replace(/[ \n]+$/, '');
    if (leaf.text !== '') break;
  }
  return nodes.filter((node) => ('type' in node ? node.type !== 'link' || node.children.some((child) => child.text !== '') : node.text !== ''));
}

/** Merges equal neighbours, drops empty texts, and puts a text node before and after every inline element. */
export function normaliseInlines(nodes: InlineNode[]): InlineNode[] {
  const result: InlineNode[] = [];
  for (const node of nodes) {
    if ('type' in node) {
      if (node.type === 'link') node.children = node.children.filter((child) => child.text !== '');
      if (node.type === 'link' && node.children.length === 0) continue;
      const last = result[result.length - 1];
      if (!last || 'type' in last) result.push({ text: '' });
      result.push(node);
      continue;
    }
    if (node.text === '') continue;
    const last = result[result.length - 1];
    if (last && !('type' in last) && last.bold === node.bold && last.italic === node.italic && last.lang === node.lang) last.text += node.text;
    else result.push(node);
  }
  const last = result[result.length - 1];
  if (!last || 'type' in last) result.push({ text: '' });
  return result;
}

export function plainInlines(text: string): InlineNode[] {
  return [{ text }];
}

export function inlinesText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => ('type' in node ? (node.type === 'link' ? node.children.map((child) => child.text).join('') : '') : node.text)).join('');
}

export const field = <N extends FieldName>(name: N, children: InlineNode[]): FieldElement<N> => ({ type: 'field', name, children: children.length > 0 ? children : [{ text: '' }] });

export function textBlock(type: TextBlockType, children: InlineNode[]): ReleaseBlock {
  return { type, children: children.length > 0 ? children : [{ text: '' }] };
}

/**
 * The city and date an imported dateline was read from. A dateline block holds no words (its words are the
 * release's details), so documentFromBlocks takes them from here into metadata.city and metadata.date.
 */
const IMPORTED_DATELINES = new WeakMap<object, { city: string; date: string }>();

export function datelineBlock(city: string, date: string): ReleaseBlock {
  const block: ReleaseBlock = { type: 'dateline', children: [{ text: '' }] };
  IMPORTED_DATELINES.set(block, { city: city.trim(), date: date.trim() });
  return block;
}

/** What an imported dateline block said (city, and an ISO date or the date as written), if it was made by datelineBlock. */
export function importedDateline(block: object): { city: string; date: string } | undefined {
  return IMPORTED_DATELINES.get(block);
}

/** A quote from written text: its fields when the attribution can be read, else the whole text as the quote. */
export function quoteFromText(text: string, inlines?: InlineNode[]): ReleaseBlock {
  const read = readQuote(text);
  if (read) {
    return {
      type: 'quote',
      children: [field('text', plainInlines(read.text)), field('speaker', plainInlines(read.speaker)), field('position', plainInlines(read.position)), field('verb', plainInlines(read.verb))],
    };
  }
  return {
    type: 'quote',
    children: [field('text', inlines ?? plainInlines(text)), field('speaker', plainInlines('')), field('position', plainInlines('')), field('verb', plainInlines(''))],
  };
}

export function awardBlock(award: InlineNode[], rows: InlineNode[][][]): ReleaseBlock {
  return {
    type: 'award-ceremony',
    children: [
      field('award', award),
      ...rows.map(
        (cells): AwardRowElement => ({
          type: 'award-row',
          children: [field('recipient', cells[0] ?? []), field('position', cells[1] ?? []), field('nomination', cells[2] ?? [])],
        }),
      ),
    ],
  };
}

const blockText = (block: ReleaseBlock): string => ('children' in block && block.children.every((child) => !('type' in child) || child.type !== 'field') ? inlinesText(block.children as InlineNode[]) : '');

/**
 * Recovers a release's opening from a plain run of blocks: a leading section heading becomes the headline when there
 * is none, an early paragraph that reads as a dateline becomes one, and the first paragraph before any other content
 * becomes the lead.
 */
export function recoverReleaseStructure(blocks: ReleaseBlock[]): ReleaseBlock[] {
  const result = [...blocks];
  if (!result.some((block) => block.type === 'headline')) {
    const first = result.findIndex((block) => blockText(block).trim() !== '' || block.type !== 'paragraph');
    const candidate = result[first];
    if (candidate && candidate.type === 'section-heading') result[first] = textBlock('headline', candidate.children);
  }
  let index = 0;
  while (index < result.length && ['headline', 'subheadline'].includes((result[index] as ReleaseBlock).type)) index += 1;
  if (!result.some((block) => block.type === 'dateline')) {
    const candidate = result[index];
    if (candidate && candidate.type === 'paragraph') {
      const dateline = parseDateline(inlinesText(candidate.children).trim());
      if (dateline) result[index] = datelineBlock(dateline.city, dateline.date);
    }
  }
  while (index < result.length && ['headline', 'subheadline', 'dateline'].includes((result[index] as ReleaseBlock).type)) index += 1;
  if (!result.some((block) => block.type === 'lead')) {
    const candidate = result[index];
    if (candidate && candidate.type === 'paragraph' && inlinesText(candidate.children).trim() !== '') result[index] = textBlock('lead', candidate.children);
  }
  return result;
}

/** The release language of imported text, by its letters and the profiles' `detection` (core/languages). */
export { detectLanguage };

export function allText(blocks: readonly ReleaseBlock[]): string {
  const parts: string[] = [];
  const visit = (nodes: readonly unknown[]): void => {
    for (const node of nodes as { text?: string; children?: unknown[] }[]) {
      if (typeof node.text === 'string') parts.push(node.text);
      if (Array.isArray(node.children)) visit(node.children);
    }
  };
  visit(blocks);
  return parts.join(' ');
}

/** A new, unsaved release from imported blocks; metadata read from the blocks where `known` does not say. */
export function documentFromBlocks(blocks: ReleaseBlock[], known: Partial<ReleaseMetadata> = {}): PressroomDocument {
  const body = blocks.length > 0 ? blocks : [textBlock('paragraph', [])];
  const headline = body.find((block) => block.type === 'headline');
  const dateline = body.find((block) => block.type === 'dateline');
  const read = dateline ? importedDateline(dateline) : undefined;
  const datelineField = (name: 'city' | 'date'): string => read?.[name] ?? '';
  const metadata: ReleaseMetadata = {
    language: known.language ?? detectLanguage(allText(body)),
    title: known.title ?? (headline ? inlinesText(headline.children).trim() : ''),
    city: known.city ?? datelineField('city'),
    date: known.date ?? (/^\d{4}-\d{2}-\d{2}$/.test(datelineField('date')) ? datelineField('date') : ''),
    organisation: known.organisation ?? '',
    variables: known.variables ?? [],
    ...(known.author ? { author: known.author } : {}),
    ...(known.publication ? { publication: known.publication } : {}),
    ...(known.status ? { status: known.status } : {}),
  };
  // Words marked (HTML `lang`) as the release's own language say nothing: the mark goes.
  return { format: FORMAT_TAG, version: CURRENT_VERSION, metadata, body: withoutRedundantMarks(body, metadata.language) };
}
