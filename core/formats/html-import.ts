import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { detectLanguage } from '../languages/detect-language';
import { profileOf } from '../languages/index';
import { isReleaseLanguage, withoutRedundantMarks } from '../editing/span-language';
import { BLOCK_SPECS, TEXT_BLOCK_TYPES } from '../model/block-specs';
import type { TextBlockType } from '../model/block-specs';
import type { FormattedText, InlineNode, ReleaseBlock, ReleaseBlockType, ReleaseLanguage } from '../model/types';
import { parseDateline } from '../typography/dateline';
import { allText, awardBlock, datelineBlock, InlineBuilder, inlinesText, normaliseInlines, quoteFromText, textBlock } from './import-blocks';
import type { Marks } from './import-blocks';

/**
 * HTML → release blocks, for opened .html files, DOCX (through mammoth's HTML) and paste from Word, Google Docs
 * and web pages. The HTML is parsed into an inert tree (hast-util-from-html: nothing loads, nothing runs) and walked
 * with an ALLOW-LIST of structure: headings, paragraphs, quotes, lists, tables, bold, italic, line breaks and
 * http/https/mailto links. Everything else — scripts, styles, event handlers, foreign attributes, images, SVG,
 * frames, forms, text hidden by CSS — is dropped; only text and the allowed structure come through.
 */

/** Elements dropped with everything inside them. */
const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param',
  'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track', 'img', 'picture', 'map', 'area', 'head', 'title',
  'meta', 'link', 'base', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'dialog',
  'xml', 'o:p', 'w:sdt', 'portal', 'slot',
]);
/** Elements whose content is walked as blocks. */
const CONTAINERS = new Set(['html', 'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'center', 'form', 'fieldset', 'details', 'summary', 'dl', 'dd', 'dt', 'hgroup', 'search']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKS = new Set([...CONTAINERS, ...HEADINGS, 'p', 'blockquote', 'figure', 'figcaption', 'ul', 'ol', 'li', 'table', 'address', 'pre', 'hr', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'legend']);

/** Deeper than this, structure is ignored and only the text is kept (deeply nested markup cannot exhaust the stack). */
const MAX_DEPTH = 200;

/** A block's HTML class (BLOCK_SPECS): what html-export.ts writes and DOCX import's style map makes. */
const classOf = (type: ReleaseBlockType): string | null => BLOCK_SPECS[type].html.className;
/** Text blocks a paragraph's class names, in BLOCK_SPECS order: <p class="lead"> is a lead. */
const TEXT_BLOCK_CLASSES = TEXT_BLOCK_TYPES.flatMap((type): [string, TextBlockType][] => {
  const className = classOf(type);
  return className ? [[className, type]] : [];
});
const textBlockOf = (kind: readonly string[]): TextBlockType | undefined => TEXT_BLOCK_CLASSES.find(([className]) => kind.includes(className))?.[1];
const hasClassOf = (kind: readonly string[], type: ReleaseBlockType): boolean => {
  const className = classOf(type);
  return className !== null && kind.includes(className);
};

const classes = (node: Element): string[] => {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? (value as string).split(/\s+/) : [];
};
const style = (node: Element): string => (typeof node.properties.style === 'string' ? node.properties.style.toLowerCase().replace(/\s+/g, '') : '');

/** Text a reader cannot see: hidden, aria-hidden, display:none, visibility:hidden, zero size or opacity, Word's list bullets. */
function isHidden(node: Element): boolean {
  if (node.properties.hidden !== undefined && node.properties.hidden !== false) return true;
  if (String(node.properties.ariaHidden) === 'true') return true;
  const css = style(node);
  if (!css) return false;
  return (
    /(^|;)display:none/.test(css) ||
    /(^|;)visibility:(hidden|collapse)/.test(css) ||
    /(^|;)opacity:0?\.?0*(;|$|!)/.test(css) ||
    /(^|;)font-size:0(\.0*)?(px|pt|em|rem|%)?(;|$|!)/.test(css) ||
    /(^|;)(max-)?(height|width):0(px)?(;|$|!)/.test(css) ||
    /mso-list:ignore/.test(css) ||
    /(^|;)color:transparent/.test(css)
  );
}

/** Bold and italic from tags and from the inline styles Google Docs and Word paste. */
function marksOf(node: Element, marks: Marks): Marks {
  const next: Marks = { ...marks };
  const tag = node.tagName;
  if (tag === 'strong' || tag === 'b') next.bold = true;
  if (tag === 'em' || tag === 'i' || tag === 'cite' || tag === 'dfn') next.italic = true;
  const css = style(node);
  const weight = /(?:^|;)font-weight:([a-z0-9]+)/.exec(css)?.[1];
  if (weight) {
    if (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600) next.bold = true;
    else delete next.bold;
  }
  const fontStyle = /(?:^|;)font-style:([a-z]+)/.exec(css)?.[1];
  if (fontStyle) {
    if (fontStyle === 'italic' || fontStyle === 'oblique') next.italic = true;
    else delete next.italic;
  }
  // `lang="kk"`, `lang="kk-KZ"`: the words are marked as that release language; a language of no release (de) ends a
  // mark. documentFromBlocks (or the editor's normaliser, on paste) drops a mark of the release's own language.
  const lang = languageTag(node);
  if (lang !== null) {
    if (lang) next.lang = lang;
    else delete next.lang;
  }
  return next;
}

/** An element's `lang` as a release language (kk-KZ, kk-Latn: kk); undefined for another language, null when it has none. */
function languageTag(node: Element): ReleaseLanguage | undefined | null {
  const lang = node.properties?.lang;
  if (typeof lang !== 'string' || lang.trim() === '') return null;
  const code = /^([a-z]{2,3})(?:-|$)/iu.exec(lang.trim())?.[1]?.toLowerCase();
  return isReleaseLanguage(code) ? code : undefined;
}

const collapse = (text: string): string => text.replace(/[ \t\n\r\f]+/g, ' ');

/** The text of a subtree without recursion, skipping what is dropped or hidden. */
function flatText(root: ElementContent): string {
  const parts: string[] = [];
  const stack: ElementContent[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as ElementContent;
    if (node.type === 'text') parts.push(node.value);
    else if (node.type === 'element' && !DROPPED.has(node.tagName) && !isHidden(node)) {
      for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index] as ElementContent);
    }
  }
  return parts.join('');
}

/** Inline content of an element; nested blocks are joined by line breaks. */
function inlineContent(node: Element, marks: Marks, depth: number, preformatted = false): InlineNode[] {
  const builder = new InlineBuilder();
  const walk = (current: ElementContent, currentMarks: Marks, level: number): void => {
    if (current.type === 'text') {
      builder.text(preformatted ? current.value : collapse(current.value), currentMarks);
      return;
    }
    if (current.type !== 'element' || DROPPED.has(current.tagName) || isHidden(current)) return;
    if (level > MAX_DEPTH) {
      builder.text(collapse(flatText(current)), currentMarks);
      return;
    }
    const tag = current.tagName;
    if (tag === 'br') {
      builder.text('\n', currentMarks);
      return;
    }
    const nextMarks = marksOf(current, currentMarks);
    if (tag === 'a') {
      const href = typeof current.properties.href === 'string' ? current.properties.href : '';
      const inner = inlineContent(current, nextMarks, level + 1, preformatted);
      const texts: FormattedText[] = inner.flatMap((child) => ('type' in child ? (child.type === 'link' ? child.children : []) : [child]));
      builder.link(href, texts);
      return;
    }
    const block = BLOCKS.has(tag) && current !== node;
    if (block && !builder.isEmpty) builder.text('\n', currentMarks);
    for (const child of current.children) walk(child, nextMarks, level + 1);
    if (block) builder.text('\n', currentMarks);
  };
  for (const child of node.children) walk(child, marksOf(node, marks), depth + 1);
  return builder.build(!preformatted);
}

/** Paragraphs that name an award (class "award-ceremony", from DOCX's Pressroom Award style); the table after one makes the ceremony. */
const awardNames = new WeakSet<ReleaseBlock>();

function listItems(list: Element, marks: Marks, depth: number): InlineNode[][] {
  const items: InlineNode[][] = [];
  for (const child of list.children) {
    if (child.type !== 'element' || DROPPED.has(child.tagName) || isHidden(child)) continue;
    if (child.tagName === 'ul' || child.tagName === 'ol') {
      items.push(...listItems(child, marks, depth + 1));
      continue;
    }
    const own: Element = { ...child, children: child.children.filter((grand) => !(grand.type === 'element' && (grand.tagName === 'ul' || grand.tagName === 'ol'))) };
    const content = inlineContent(own, marks, depth);
    if (inlinesText(content).trim() !== '') items.push(content);
    for (const grand of child.children) {
      if (grand.type === 'element' && (grand.tagName === 'ul' || grand.tagName === 'ol')) items.push(...listItems(grand, marks, depth + 1));
    }
  }
  return items;
}

/** Words, every one of them bold (a header cell as word processors write it). */
function allBold(cell: InlineNode[]): boolean {
  const leaves = cell.flatMap((node): FormattedText[] => ('type' in node ? (node.type === 'link' ? node.children : []) : [node])).filter((leaf) => leaf.text.trim() !== '');
  return leaves.length > 0 && leaves.every((leaf) => leaf.bold === true);
}

function tableRows(table: Element, marks: Marks, depth: number): { caption: InlineNode[] | null; rows: InlineNode[][][]; header: boolean } {
  const rows: InlineNode[][][] = [];
  let caption: InlineNode[] | null = null;
  let header = false;
  const visit = (node: Element, level: number): void => {
    for (const child of node.children) {
      if (child.type !== 'element' || DROPPED.has(child.tagName) || isHidden(child) || level > MAX_DEPTH) continue;
      if (child.tagName === 'caption') caption = inlineContent(child, marks, depth);
      else if (child.tagName === 'tr') {
        const cells = child.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th') && !isHidden(cell));
        const contents = cells.map((cell) => inlineContent(cell, marks, depth));
        // A header row: in <thead>, all <th>, or (Word, LibreOffice, Google Docs, which write neither) every cell all bold.
        if (rows.length === 0 && (node.tagName === 'thead' || cells.every((cell) => cell.tagName === 'th') || contents.every(allBold))) header = true;
        rows.push(contents);
      } else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) visit(child, level + 1);
    }
  };
  visit(table, depth);
  return { caption, rows, header };
}

/** The cell elements of a table's rows (thead, tbody, tfoot and bare rows), hidden ones left out. */
function tableCells(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (node: Element, level: number): void => {
    for (const child of node.children) {
      if (child.type !== 'element' || DROPPED.has(child.tagName) || isHidden(child) || level > MAX_DEPTH) continue;
      if (child.tagName === 'tr') rows.push(child.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th') && !isHidden(cell)));
      else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) visit(child, level + 1);
    }
  };
  visit(table, 0);
  return rows;
}

/** A cell's words on one line: its paragraphs and line breaks joined by spaces, the ends trimmed. */
function cellLine(cell: InlineNode[]): InlineNode[] {
  const builder = new InlineBuilder();
  for (const node of cell) {
    if ('type' in node) {
      if (node.type === 'link') builder.link(node.url, node.children.map((child) => ({ ...child, text: child.text.replace(/\n/g, ' ') })));
      continue;
    }
    builder.text(node.text.replace(/\n/g, ' '), node);
  }
  return builder.build(true);
}

/**
 * A table that is not an award ceremony, as the release model can hold it (docs/architecture.md, "Paste"): its
 * header row (th cells or thead) becomes a paragraph, each other row one item of a bulleted list; a row's cells
 * stay in their order, joined by the release language's dash between spaces («10:00 – Регистрация участников»).
 * Empty cells are left out; a row with no words is left out.
 */
function tableBlocks(rows: InlineNode[][][], header: boolean, language: ReleaseLanguage | undefined): ReleaseBlock[] {
  const words = rows.map((row) => row.map(cellLine).filter((cell) => inlinesText(cell).trim() !== ''));
  const dash = profileOf(language ?? detectLanguage(words.flat().map(inlinesText).join(' '))).typing.dash;
  const line = (cells: InlineNode[][]): InlineNode[] => {
    const joined: InlineNode[] = [];
    cells.forEach((cell, index) => {
      if (index > 0) joined.push({ text: ` ${dash} ` });
      joined.push(...cell);
    });
    return normaliseInlines(joined);
  };
  const blocks: ReleaseBlock[] = [];
  const [first, ...rest] = words;
  const body = header ? rest : words;
  if (header && first && first.length > 0) blocks.push(textBlock('paragraph', line(first)));
  const items = body.filter((cells) => cells.length > 0).map((cells) => ({ type: 'list-item' as const, children: line(cells) }));
  if (items.length > 0) blocks.push({ type: 'bulleted-list', children: items });
  return blocks;
}

/** Headings are set bold by every export: bold marks inside one would be written twice (`## **…**`). */
function withoutBold(children: InlineNode[]): InlineNode[] {
  const strip = (text: FormattedText): FormattedText => {
    const { bold: _bold, ...rest } = text;
    return rest;
  };
  return normaliseInlines(children.map((child): InlineNode => ('type' in child ? (child.type === 'link' ? { ...child, children: child.children.map(strip) } : child) : strip(child))));
}

function blocksOf(root: Element | Root, marks: Marks, depth: number, out: ReleaseBlock[], context: WalkContext): void {
  const pendingNodes: ElementContent[] = [];
  const flush = (): void => {
    if (pendingNodes.length === 0) return;
    const wrapper: Element = { type: 'element', tagName: 'span', properties: {}, children: pendingNodes.splice(0) };
    const content = inlineContent(wrapper, marks, depth);
    if (inlinesText(content).trim() !== '') out.push(textBlock('paragraph', content));
  };
  for (const child of root.children as RootContent[]) {
    if (child.type === 'text') {
      pendingNodes.push(child);
      continue;
    }
    if (child.type !== 'element') continue;
    if (DROPPED.has(child.tagName) || isHidden(child)) continue;
    if (!BLOCKS.has(child.tagName) && !holdsBlocks(child)) {
      pendingNodes.push(child);
      continue;
    }
    flush();
    if (depth > MAX_DEPTH) {
      const text = collapse(flatText(child)).trim();
      if (text) out.push(textBlock('paragraph', [{ text }]));
      continue;
    }
    blockOf(child, marksOf(child, marks), depth + 1, out, context);
  }
  flush();
}

function blockOf(node: Element, marks: Marks, depth: number, out: ReleaseBlock[], context: WalkContext): void {
  const tag = node.tagName;
  const kind = classes(node);
  const content = (): InlineNode[] => inlineContent(node, marks, depth, tag === 'pre');
  const nonEmpty = (children: InlineNode[]): boolean => inlinesText(children).trim() !== '';

  if (!BLOCKS.has(tag) || CONTAINERS.has(tag) || tag === 'tr' || tag === 'thead' || tag === 'tbody' || tag === 'tfoot' || tag === 'td' || tag === 'th' || tag === 'li' || tag === 'caption' || tag === 'legend') {
    blocksOf(node, marks, depth, out, context);
    return;
  }
  if (tag === 'hr') return;
  // The embargo line our export prints above the headline comes from the release's details, not its body.
  if (tag === 'p' && kind.includes('embargo')) return;
  if (HEADINGS.has(tag)) {
    const children = withoutBold(content());
    if (!nonEmpty(children)) return;
    out.push(textBlock(tag === 'h1' ? 'headline' : hasClassOf(kind, 'subheadline') ? 'subheadline' : 'section-heading', children));
    return;
  }
  if (tag === 'ul' || tag === 'ol') {
    const items = listItems(node, marks, depth);
    if (items.length > 0) out.push({ type: tag === 'ol' ? 'numbered-list' : 'bulleted-list', children: items.map((children) => ({ type: 'list-item', children })) });
    return;
  }
  if (tag === 'blockquote' || tag === 'figure') {
    const quote = tag === 'figure' ? node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'blockquote') : node;
    if (tag === 'figure' && !quote) {
      blocksOf(node, marks, depth, out, context);
      return;
    }
    const caption = tag === 'figure' ? node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'figcaption') : undefined;
    const body = inlineContent(quote as Element, marks, depth);
    const bodyText = inlinesText(body).trim();
    const captionText = caption ? inlinesText(inlineContent(caption, marks, depth)).trim() : '';
    if (!bodyText && !captionText) return;
    const quoteBlock = quoteFromText(captionText ? `${bodyText}\u00a0${captionText}` : bodyText.replace(/\n/g, ' '), captionText ? undefined : body);
    // The speech read back as plain text keeps a language mark its words all shared (a Kazakh quote in a Russian release).
    const leaves = body.filter((node): node is FormattedText => !('type' in node) && /\p{L}/u.test(node.text));
    const lang = leaves[0]?.lang;
    const speech = quoteBlock.type === 'quote' ? quoteBlock.children[0] : undefined;
    if (lang && leaves.every((leaf) => leaf.lang === lang) && speech) speech.children = speech.children.map((child) => ('type' in child || child.text === '' ? child : { ...child, lang }));
    out.push(quoteBlock);
    return;
  }
  if (tag === 'table') {
    const cells = tableCells(node);
    if (cells.every((row) => row.length <= 1)) {
      // A one-column table (a layout table, a framed note): its cells' content, as blocks.
      for (const row of cells) for (const cell of row) blocksOf(cell, marksOf(cell, marks), depth + 1, out, context);
      return;
    }
    const { caption, rows, header } = tableRows(node, marks, depth);
    const dataRows = header ? rows.slice(1) : rows;
    const previous = out[out.length - 1];
    const named = previous && previous.type === 'paragraph' && awardNames.has(previous) ? previous.children : null;
    const awardName = caption ?? named;
    if (awardName && rows.every((row) => row.length === 3)) {
      if (!caption && named) out.pop();
      out.push(awardBlock(awardName, dataRows));
      return;
    }
    if (caption && nonEmpty(caption)) out.push(textBlock('paragraph', caption));
    out.push(...tableBlocks(rows, header, context.language));
    return;
  }
  if (tag === 'address') {
    const children = content();
    if (nonEmpty(children)) out.push(textBlock('media-contact', children));
    return;
  }
  // p, pre, figcaption on its own
  const children = content();
  if (!nonEmpty(children)) return;
  const text = inlinesText(children).trim();
  if (hasClassOf(kind, 'end-mark') && text === '###') {
    out.push({ type: 'end-mark', children: [{ text: '' }] });
    return;
  }
  if (hasClassOf(kind, 'dateline')) {
    const dateline = parseDateline(text);
    out.push(dateline ? datelineBlock(dateline.city, dateline.date) : datelineBlock(text, ''));
    return;
  }
  if (hasClassOf(kind, 'award-ceremony')) {
    // The award's name; the table after it makes the ceremony.
    const paragraph = textBlock('paragraph', children);
    awardNames.add(paragraph);
    out.push(paragraph);
    return;
  }
  out.push(textBlock(textBlockOf(kind) ?? 'paragraph', children));
}

/** Nesting the parser may build; deeper tags are left out before parsing (the tree builder recurses per level). */
const MAX_PARSE_DEPTH = 500;
const VOID_OR_AUTO_CLOSED = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);

/**
 * Leaves out opening and closing tags nested deeper than MAX_PARSE_DEPTH (their text stays), so deeply nested markup
 * cannot exhaust the stack. Script, style and the like are never left out, so their content is still dropped whole.
 */
function limitNesting(html: string): string {
  let depth = 0;
  let deepest = 0;
  const tag = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/g;
  for (const match of html.matchAll(tag)) {
    const name = (match[2] ?? '').toLowerCase();
    if (VOID_OR_AUTO_CLOSED.has(name)) continue;
    depth = Math.max(0, depth + (match[1] ? -1 : 1));
    deepest = Math.max(deepest, depth);
  }
  if (deepest <= MAX_PARSE_DEPTH) return html;
  depth = 0;
  return html.replace(tag, (whole, closing: string, rawName: string) => {
    const name = rawName.toLowerCase();
    if (VOID_OR_AUTO_CLOSED.has(name) || DROPPED.has(name)) return whole;
    if (closing) {
      depth = Math.max(0, depth - 1);
      return depth >= MAX_PARSE_DEPTH ? '' : whole;
    }
    depth += 1;
    return depth > MAX_PARSE_DEPTH ? '' : whole;
  });
}

/** Does an inline element hold blocks (Google Docs wraps a whole paste in <b style="font-weight:normal">)? */
function holdsBlocks(node: Element): boolean {
  const stack: ElementContent[] = [...node.children];
  let seen = 0;
  while (stack.length > 0 && seen < 10_000) {
    const current = stack.pop() as ElementContent;
    seen += 1;
    if (current.type !== 'element') continue;
    if (BLOCKS.has(current.tagName) && current.tagName !== 'br') return true;
    stack.push(...current.children);
  }
  return false;
}

/** What the walk knows besides the markup. */
export interface WalkContext {
  /** The release language, whose dash joins a table's cells; unknown (an opened file): read from the table's own words. */
  language?: ReleaseLanguage;
}

/** HTML parsed into an inert tree, deep nesting limited first. Nothing in it loads or runs. */
export function parseHtml(html: string): Root {
  return fromHtml(limitNesting(html), { fragment: true });
}

/** An inert HTML tree (parseHtml, perhaps normalised by core/formats/clipboard) as clean release blocks. */
export function hastToBlocks(tree: Root, context: WalkContext = {}): ReleaseBlock[] {
  const blocks: ReleaseBlock[] = [];
  blocksOf(tree, {}, 0, blocks, context);
  // `lang` marks words in another language; a mark of the text's own language (Word writes lang=RU on every run of a
  // Russian document) says nothing. Its own: the release's on paste, else what the words are written in.
  if (!JSON.stringify(blocks).includes('"lang"')) return blocks;
  // Word tags every run with the language of the keyboard layout it was typed on (Kazakh typed on a Russian layout
  // is "RU"): its tags are not the writer's marks, so none is read.
  if (isWordHtml(tree)) return withoutRedundantMarks(blocks, 'every mark');
  return withoutRedundantMarks(blocks, context.language ?? declaredLanguage(tree) ?? languageOfUnmarked(blocks));
}

/**
 * The language of a fragment that says none: that of its unmarked words; when every word is marked (Word marks every
 * run), the mark most of its letters carry.
 */
function languageOfUnmarked(blocks: readonly ReleaseBlock[]): ReleaseLanguage {
  const unmarked: string[] = [];
  const byMark = new Map<ReleaseLanguage, number>();
  const visit = (nodes: readonly unknown[]): void => {
    for (const node of nodes as { text?: unknown; lang?: ReleaseLanguage; children?: unknown[] }[]) {
      if (typeof node.text === 'string') {
        if (node.lang) byMark.set(node.lang, (byMark.get(node.lang) ?? 0) + node.text.length);
        else unmarked.push(node.text);
      }
      if (Array.isArray(node.children)) visit(node.children);
    }
  };
  visit(blocks);
  const text = unmarked.join(' ');
  if (/\p{L}/u.test(text)) return detectLanguage(text);
  return [...byMark.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? detectLanguage(allText(blocks));
}

/** The language a page says it is written in: the `lang` of its outermost element that has one (<html>, <body>, <article>). */
function declaredLanguage(tree: Root): ReleaseLanguage | undefined {
  const queue: RootContent[] = [...tree.children];
  for (let seen = 0; queue.length > 0 && seen < 1000; seen += 1) {
    const node = queue.shift() as RootContent;
    if (node.type !== 'element' || PHRASING_LANG.has(node.tagName)) continue;
    const lang = languageTag(node);
    if (lang !== null) return lang;
    queue.push(...node.children);
  }
  return undefined;
}
/** HTML that Microsoft Word wrote (a saved page or its clipboard): Mso classes, mso- styles, Office namespaces. */
function isWordHtml(tree: Root): boolean {
  const stack: RootContent[] = [...tree.children];
  for (let seen = 0; stack.length > 0 && seen < 2000; seen += 1) {
    const node = stack.pop() as RootContent;
    if (node.type !== 'element') continue;
    const className = node.properties?.className;
    if (Array.isArray(className) && className.some((name) => String(name).startsWith('Mso'))) return true;
    if (typeof node.properties?.style === 'string' && /mso-/iu.test(node.properties.style)) return true;
    if (Object.keys(node.properties ?? {}).some((key) => /^xmlns:?[ow]$/iu.test(key) || key === 'xmlnsO' || key === 'xmlnsW')) return true;
    stack.push(...node.children);
  }
  return false;
}

/** Elements whose `lang` marks words inside a text, not the language of the page. */
const PHRASING_LANG: ReadonlySet<string> = new Set(['span', 'q', 'i', 'em', 'b', 'strong', 'cite', 'a', 'abbr', 'dfn', 'font']);

/** Pasted or opened HTML as clean release blocks. Never throws on any input; scripts and styles never get through. */
export function htmlToBlocks(html: string, context: WalkContext = {}): ReleaseBlock[] {
  return hastToBlocks(parseHtml(html), context);
}
